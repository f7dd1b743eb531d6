import type { EntryCount, IncidentEntry } from './incident-entry';
import type { CountUnit } from './vocabulary';

/** One group of bars in the counts chart: the figures one incident reports. */
export interface CountsBar {
  readonly incidentId: string;
  readonly title: string;
  /** The incident's date as ISO (day, week start or month). */
  readonly date: string;
  readonly counts: Readonly<Partial<Record<CountUnit, EntryCount>>>;
}

/**
 * The chart's series: every incident that reports aircraft or ships, in date order, with those
 * counts (other units, such as troops, are left to the incident's own view). Incidents that
 * report neither are not in the chart: "not reported" is not zero.
 *
 * @example
 * countsSeries(incidents, ['aircraft', 'ships'])
 * // → [{ incidentId: 'dm-…-54-aircraft', date: '2023-04-10', counts: { aircraft: { value: 54, … } } }, …]
 */
export function countsSeries(
  incidents: readonly IncidentEntry[],
  units: readonly CountUnit[] = ['aircraft', 'ships'],
): CountsBar[] {
  const bars: CountsBar[] = [];
  for (const incident of incidents) {
    const counts: Partial<Record<CountUnit, EntryCount>> = {};
    for (const count of incident.properties.counts ?? []) {
      if (units.includes(count.unit) && counts[count.unit] === undefined)
        counts[count.unit] = count;
    }
    if (Object.keys(counts).length > 0) {
      bars.push({
        incidentId: incident.id,
        title: incident.properties.title,
        date: incident.properties.date.value,
        counts,
      });
    }
  }
  return bars.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}
