import type { IncidentEntry } from './incident-entry';

/**
 * Whether an incident's quotes disagree: two quotes give different dates (a reading in
 * `otherDates` from another quote than the first reading, with another value), or two quotes
 * give different figures for the same unit. Readings from one quote are not a contest (a
 * sentence may date both the event and the day it was reported, or break a figure down), and a
 * second quote that says the same thing corroborates.
 *
 * @example
 * incidentContested(incident) // → true when quote 0 says "13 aircraft" and quote 1 "15 aircraft"
 */
export function incidentContested(incident: Pick<IncidentEntry, 'properties'>): boolean {
  const p = incident.properties;
  const readings = [p.date, ...(p.otherDates ?? [])];
  const counts = p.counts ?? [];
  return (
    readings.some((a) => readings.some((b) => a.quote !== b.quote && a.value !== b.value)) ||
    counts.some((a) =>
      counts.some((b) => a.unit === b.unit && a.quote !== b.quote && a.value !== b.value),
    )
  );
}
