import { isoDay } from '../day-number';
import type { MndRecord, RecordDay } from './mnd-record';
import { COMPARED_MEASURES, type ComparedMeasure } from './record-measures';
import type { RecordSeries } from './record-series';
import type { TabulationId } from './record-tabulations';

/**
 * Where a figure stands among its tabulation's earlier reports: the last earlier report with
 * a figure at least as high (`most-since`), or at most as low (`fewest-since`) when it is
 * lower than the report before; `as-before` when it equals the report before; `most-ever` /
 * `fewest-ever` when no earlier report reaches it; `first` when there is no earlier report.
 */
export type FigureRank =
  | { readonly kind: 'most-since' | 'fewest-since'; readonly since: string }
  | { readonly kind: 'as-before'; readonly since: string }
  | { readonly kind: 'most-ever' | 'fewest-ever' | 'first' };

/** One tabulation's figure of one measure in the newest report, against its own past. */
export interface LatestFigure {
  readonly tabulation: TabulationId;
  readonly measure: ComparedMeasure;
  readonly figure: number;
  /** The trailing medians of the tabulation's own reports before (NaN: too few days). */
  readonly median30: number;
  readonly median90: number;
  /** figure / median; undefined when the median is NaN or 0 (no ratio to give). */
  readonly ratio30?: number;
  readonly ratio90?: number;
  readonly rank: FigureRank;
}

/** The newest report of the record, read against the record. */
export interface LatestReport {
  readonly day: RecordDay;
  /** By measure (in `COMPARED_MEASURES` order), each tabulation's reading in turn. */
  readonly figures: readonly LatestFigure[];
  /** The measures the tabulations read differently that day (both figures are listed). */
  readonly disagreements: readonly ComparedMeasure[];
}

/**
 * The newest report date of the record with, per measure and tabulation, the figure, its
 * ratio to that tabulation's trailing 30- and 90-day medians (over its own earlier reports,
 * missing days left out; a 0 or missing median gives no ratio), and its rank among the
 * tabulation's earlier reports (`FigureRank`). A tabulation without that report gives nothing
 * (absent, not zero). Undefined for an empty record.
 *
 * @example
 * const latest = latestReport(record, series);
 * latest.day.date // → '2026-08-22'
 * latest.figures[0] // → { tabulation: 'madeye', measure: 'aircraft-detected', figure: 23, median30: 12, ratio30: 1.92, rank: { kind: 'most-since', since: '2026-08-02' }, … }
 */
export function latestReport(record: MndRecord, series: RecordSeries): LatestReport | undefined {
  const day = record.days[record.days.length - 1];
  if (!day) return undefined;
  const index = day.day - series.firstDay;
  const figures: LatestFigure[] = [];
  for (const measure of COMPARED_MEASURES)
    for (const { tabulation, measures } of series.tabulations) {
      const s = measures[measure];
      const figure = s?.values[index];
      if (!s || figure === undefined || Number.isNaN(figure)) continue;
      const median30 = s.median30[index]!;
      const median90 = s.median90[index]!;
      const ratio = (median: number) => (median > 0 ? { value: figure / median } : undefined);
      const r30 = ratio(median30);
      const r90 = ratio(median90);
      figures.push({
        tabulation,
        measure,
        figure,
        median30,
        median90,
        ...(r30 ? { ratio30: r30.value } : {}),
        ...(r90 ? { ratio90: r90.value } : {}),
        rank: rankOf(s.values, index, series.firstDay),
      });
    }
  return { day, figures, disagreements: day.disagreements };
}

function rankOf(values: Float64Array, index: number, firstDay: number): FigureRank {
  const figure = values[index]!;
  let previous = -1;
  for (let i = index - 1; i >= 0 && previous < 0; i--) if (!Number.isNaN(values[i]!)) previous = i;
  if (previous < 0) return { kind: 'first' };
  const before = values[previous]!;
  const date = (i: number) => isoDay(firstDay + i);
  if (before === figure) return { kind: 'as-before', since: date(previous) };
  const higher = figure > before;
  for (let i = previous - 1; i >= 0; i--) {
    const v = values[i]!;
    if (Number.isNaN(v)) continue;
    if (higher ? v >= figure : v <= figure)
      return { kind: higher ? 'most-since' : 'fewest-since', since: date(i) };
  }
  return { kind: higher ? 'most-ever' : 'fewest-ever' };
}
