import { lowerBound } from '../day-number';
import type { MndRecord } from './mnd-record';
import { RECORD_MEASURES, type RecordMeasure } from './record-measures';
import type { TabulationId } from './record-tabulations';

/** The trailing baselines, in days: the median of a tabulation's readings over the days before. */
export const BASELINE_DAYS = [30, 90] as const;

/** One tabulation's daily figures of one measure over the record's whole span. */
export interface MeasureSeries {
  /** `values[i]` is the figure of day `firstDay + i`; NaN where the tabulation has none. */
  readonly values: Float64Array;
  /** `prefixSum[i]`: the sum of the figures before day `i` (length + 1 entries). */
  readonly prefixSum: Float64Array;
  /** `prefixDays[i]`: how many days before day `i` have a figure (length + 1 entries). */
  readonly prefixDays: Uint32Array;
  /**
   * `median30[i]`, `median90[i]`: the median of this tabulation's figures over the 30 (90) days
   * before day `i` (not including it), days without a figure left out; NaN when fewer than half
   * of those days have one.
   */
  readonly median30: Float64Array;
  readonly median90: Float64Array;
}

/** The record as series for a chart, with what a time window needs in constant time. */
export interface RecordSeries {
  /** The day number (days since 1970-01-01) of index 0, the record's first report date. */
  readonly firstDay: number;
  /** Days from the first report date to the last, both included. */
  readonly length: number;
  readonly tabulations: readonly {
    readonly tabulation: TabulationId;
    readonly measures: Readonly<Partial<Record<RecordMeasure, MeasureSeries>>>;
  }[];
  /** Day numbers of the days where the tabulations disagree, in order. */
  readonly disagreementDays: readonly number[];
  /** `disagreementPrefix[i]`: days with a disagreement before day `i` (length + 1 entries). */
  readonly disagreementPrefix: Uint32Array;
}

/**
 * The record as daily series, one per tabulation and measure, over the record's whole span, with
 * prefix sums (a window's total and mean in constant time, not a scan per render) and trailing
 * 30- and 90-day median baselines. A baseline is per tabulation, over that tabulation's own
 * figures: a day it has no row for is left out of the median (never read as 0), and a day the
 * tabulations disagree on enters each tabulation's baseline with its own reading, so nothing is
 * picked or averaged. Built once per record (~1,300 days).
 *
 * @example
 * const series = recordSeries(record);
 * series.tabulations[0].measures['aircraft-detected'].values[dayNumber('2023-04-11') - series.firstDay] // → 91
 */
export function recordSeries(record: MndRecord): RecordSeries {
  const days = record.days;
  const firstDay = days[0]?.day ?? 0;
  const length = days.length === 0 ? 0 : days[days.length - 1]!.day - firstDay + 1;
  // Each tabulation's figures by measure, filled in one pass over the readings.
  const columns = record.tabulations.map((t) => {
    const values = new Map<RecordMeasure, Float64Array>();
    for (const measure of RECORD_MEASURES)
      if (t.figureColumns[measure] !== undefined)
        values.set(measure, new Float64Array(length).fill(NaN));
    return { id: t.id, values };
  });
  for (const day of days)
    for (const reading of day.readings) {
      const values = columns.find((c) => c.id === reading.tabulation)?.values;
      for (const [measure, value] of Object.entries(reading.figures))
        values?.get(measure as RecordMeasure)?.set([value], day.day - firstDay);
    }
  const tabulations = columns.map(({ id, values }) => ({
    tabulation: id,
    measures: Object.fromEntries(
      [...values].map(([measure, v]) => [measure, measureSeries(v)]),
    ) as Partial<Record<RecordMeasure, MeasureSeries>>,
  }));
  const disagreementDays = days.filter((d) => d.disagreements.length > 0).map((d) => d.day);
  const disagreementPrefix = new Uint32Array(length + 1);
  const marked = new Uint8Array(length);
  for (const day of disagreementDays) marked[day - firstDay] = 1;
  for (let i = 0; i < length; i++) disagreementPrefix[i + 1] = disagreementPrefix[i]! + marked[i]!;
  return { firstDay, length, tabulations, disagreementDays, disagreementPrefix };
}

function measureSeries(values: Float64Array): MeasureSeries {
  const n = values.length;
  const prefixSum = new Float64Array(n + 1);
  const prefixDays = new Uint32Array(n + 1);
  for (let i = 0; i < n; i++) {
    const value = values[i]!;
    const has = !Number.isNaN(value);
    prefixSum[i + 1] = prefixSum[i]! + (has ? value : 0);
    prefixDays[i + 1] = prefixDays[i]! + (has ? 1 : 0);
  }
  const [short, long] = BASELINE_DAYS;
  return {
    values,
    prefixSum,
    prefixDays,
    median30: trailingMedian(values, short),
    median90: trailingMedian(values, long),
  };
}

/**
 * The median of the figures of the `span` days before each day; NaN with fewer than span / 2.
 * The window's figures are kept sorted as it slides (one insertion and one removal a day).
 */
function trailingMedian(values: Float64Array, span: number): Float64Array {
  const out = new Float64Array(values.length).fill(NaN);
  const sorted: number[] = [];
  for (let i = 0; i < values.length; i++) {
    // The window of day i is days [i - span, i): day i - 1 comes in, day i - span - 1 goes out.
    const incoming = i >= 1 ? values[i - 1]! : NaN;
    if (!Number.isNaN(incoming)) sorted.splice(lowerBound(sorted, incoming), 0, incoming);
    const outgoing = i - span - 1 >= 0 ? values[i - span - 1]! : NaN;
    if (!Number.isNaN(outgoing)) sorted.splice(lowerBound(sorted, outgoing), 1);
    if (sorted.length * 2 < span) continue;
    const mid = sorted.length >> 1;
    out[i] = sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
  }
  return out;
}
