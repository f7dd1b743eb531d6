import type { DayWindow } from '../day-number';
import { ADIZ_REGIONS, type AdizRegion } from '../vocabulary';
import type { MndRecord } from './mnd-record';
import type { TabulationId } from './record-tabulations';

/** How many reports of a span name each ADIZ region, as the tabulations that list regions read them. */
export interface RegionReports {
  /** The tabulations that list the regions a report names (madeye; eskim19 does not). */
  readonly tabulations: readonly TabulationId[];
  /** Reports of those tabulations in the span: the whole the counts are of. */
  readonly reports: number;
  /** Of them, how many name at least one region. */
  readonly named: number;
  /** Of them, how many name each region (a report naming three regions counts for each). */
  readonly byRegion: Readonly<Record<AdizRegion, number>>;
  /** The largest of `byRegion` (0 when none is named). */
  readonly max: number;
}

/**
 * Count, for each ADIZ region, the reports in `span` (days since 1970, half-open: one record day
 * is `{ from: day, to: day + 1 }`) that name it, over the readings of every tabulation that lists
 * regions; and how many such reports the span has at all. Where both tabulated regions (none
 * does now), a report would count once per tabulation.
 *
 * @example
 * regionReports(record, { from: dayNumber('2026-03-15'), to: dayNumber('2026-03-16') })
 * // → { tabulations: ['madeye'], reports: 1, named: 1, byRegion: { north: 1, central: 1, southwest: 1, … }, max: 1 }
 */
export function regionReports(record: MndRecord, span: DayWindow): RegionReports {
  const tabulations = record.tabulations.filter((t) => t.regionsColumn).map((t) => t.id);
  const byRegion = Object.fromEntries(ADIZ_REGIONS.map((r) => [r, 0])) as Record<
    AdizRegion,
    number
  >;
  let reports = 0;
  let named = 0;
  for (const day of record.days) {
    if (day.day < span.from || day.day >= span.to) continue;
    for (const reading of day.readings) {
      if (!tabulations.includes(reading.tabulation)) continue;
      reports++;
      if (reading.regions?.length) named++;
      for (const region of reading.regions ?? []) byRegion[region]++;
    }
  }
  return { tabulations, reports, named, byRegion, max: Math.max(0, ...Object.values(byRegion)) };
}
