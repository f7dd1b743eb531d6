import type { MndRecord, RecordDay } from './mnd-record';
import { COMPARED_MEASURES, type ComparedMeasure } from './record-measures';

/** Where the tabulations disagree, over the days more than one of them covers. */
export interface RecordDisagreements {
  /** Report dates with a reading from more than one tabulation. */
  readonly daysInCommon: number;
  /** The days, among those, with a disagreement on at least one measure. */
  readonly days: readonly RecordDay[];
  /** Days with a disagreement on each measure. */
  readonly byMeasure: Readonly<Record<ComparedMeasure, number>>;
}

/**
 * Count the days the tabulations disagree on, by measure.
 *
 * @example
 * recordDisagreements(record) // → { daysInCommon: 313, days: [39 days], byMeasure: { 'aircraft-detected': 17, … } }
 */
export function recordDisagreements(record: MndRecord): RecordDisagreements {
  const common = record.days.filter((d) => d.readings.length > 1);
  const byMeasure = Object.fromEntries(COMPARED_MEASURES.map((m) => [m, 0])) as Record<
    ComparedMeasure,
    number
  >;
  for (const day of common) for (const m of day.disagreements) byMeasure[m] += 1;
  return {
    daysInCommon: common.length,
    days: common.filter((d) => d.disagreements.length > 0),
    byMeasure,
  };
}
