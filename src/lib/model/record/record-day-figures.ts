import type { AdizRegion } from '../vocabulary';
import type { RecordDay } from './mnd-record';
import { RECORD_MEASURES, type RecordMeasure } from './record-measures';
import type { TabulationId } from './record-tabulations';

/** One figure of a record day, with its measure and where it comes from. */
export interface RecordDayFigure {
  readonly tabulation: TabulationId;
  readonly measure: RecordMeasure | 'regions';
  readonly value: number | readonly AdizRegion[];
  /** The tabulations disagree on this measure that day (both readings are listed). */
  readonly disagreement: boolean;
  readonly file: string;
  readonly line: number;
  /** The report's address, where the tabulation gives one. */
  readonly url?: string;
}

/**
 * Every figure of a record day, measure by measure (in `RECORD_MEASURES` order, then the
 * regions), each tabulation's reading in turn: what a day's tooltip, a table row or a CSV line
 * shows, with provenance. A figure a tabulation does not have is not listed (absent, not zero).
 *
 * @example
 * recordDayFigures(record.byDate.get('2026-03-15')).filter((f) => f.disagreement)
 * // → [{ tabulation: 'eskim19', measure: 'aircraft-median-or-adiz', value: 0, … }, { tabulation: 'madeye', …, value: 16, url: 'https://www.mnd.gov.tw/…' }]
 */
export function recordDayFigures(day: RecordDay): RecordDayFigure[] {
  const figures: RecordDayFigure[] = [];
  const provenance = (r: RecordDay['readings'][number]) => ({
    tabulation: r.tabulation,
    file: r.file,
    line: r.line,
    ...(r.url ? { url: r.url } : {}),
  });
  for (const measure of RECORD_MEASURES)
    for (const reading of day.readings) {
      const value = reading.figures[measure];
      if (value === undefined) continue;
      const disagreement = (day.disagreements as readonly string[]).includes(measure);
      figures.push({ ...provenance(reading), measure, value, disagreement });
    }
  for (const reading of day.readings)
    if (reading.regions)
      figures.push({
        ...provenance(reading),
        measure: 'regions',
        value: reading.regions,
        disagreement: false,
      });
  return figures;
}
