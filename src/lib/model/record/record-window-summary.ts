import type { DayWindow } from '../day-number';
import type { RecordMeasure } from './record-measures';
import type { RecordSeries } from './record-series';
import type { TabulationId } from './record-tabulations';

/** One tabulation's figures of one measure over a window, against its baselines. */
export interface MeasureWindowSummary {
  /** Days of the window with a figure. */
  readonly days: number;
  readonly total: number;
  /** `total / days`; NaN without a day. */
  readonly mean: number;
  /** The trailing medians of the 30 and 90 days before the window (NaN: too few days). */
  readonly baseline30: number;
  readonly baseline90: number;
}

export interface RecordWindowSummary {
  /** The window, cut to the record's span (`from >= to` when they do not meet). */
  readonly window: DayWindow;
  /** Calendar days of that window. */
  readonly days: number;
  /** Days of the window where the tabulations disagree. */
  readonly disagreementDays: number;
  readonly tabulations: readonly {
    readonly tabulation: TabulationId;
    readonly measures: Readonly<Partial<Record<RecordMeasure, MeasureWindowSummary>>>;
  }[];
}

/**
 * A time window of the record (half-open day numbers, as the timeline's `DayWindow`): per
 * tabulation and measure, the days with a figure, the total and the daily mean, against the
 * trailing 30- and 90-day medians of the days before the window. Constant time, from the prefix
 * sums of `recordSeries`: a window change costs the same at any size.
 *
 * @example
 * recordWindowSummary(series, { from: dayNumber('2023-04-08'), to: dayNumber('2023-04-12') })
 * // → { days: 4, tabulations: [{ tabulation: 'eskim19', measures: { 'aircraft-detected': { total: 245, mean: 61.25, … } } }], … }
 */
export function recordWindowSummary(series: RecordSeries, window: DayWindow): RecordWindowSummary {
  const lo = clamp(window.from - series.firstDay, 0, series.length);
  const hi = clamp(window.to - series.firstDay, lo, series.length);
  return {
    window: { from: series.firstDay + lo, to: series.firstDay + hi },
    days: hi - lo,
    disagreementDays: series.disagreementPrefix[hi]! - series.disagreementPrefix[lo]!,
    tabulations: series.tabulations.map(({ tabulation, measures }) => ({
      tabulation,
      measures: Object.fromEntries(
        Object.entries(measures).map(([measure, s]) => {
          const days = s.prefixDays[hi]! - s.prefixDays[lo]!;
          const total = s.prefixSum[hi]! - s.prefixSum[lo]!;
          // The baselines at the window's first day: the days before the window. A window that
          // does not meet the record has none.
          const inside = lo < series.length && hi > lo;
          return [
            measure,
            {
              days,
              total,
              mean: days === 0 ? NaN : total / days,
              baseline30: inside ? s.median30[lo]! : NaN,
              baseline90: inside ? s.median90[lo]! : NaN,
            },
          ];
        }),
      ),
    })),
  };
}

function clamp(x: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, x));
}
