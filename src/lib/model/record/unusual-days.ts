import { isoDay, lowerBound } from '../day-number';
import { exerciseOfReport } from './exercise-of-report';
import type { NamedExercise } from './parse-named-exercises';
import type { ComparedMeasure } from './record-measures';
import type { RecordSeries } from './record-series';
import type { TabulationId } from './record-tabulations';
import { UNUSUAL_MEASURES, UNUSUAL_RULE, type UnusualRule } from './unusual-rule';

/** One tabulation's reading that stands out, with the baseline it stands out from. */
export interface UnusualReading {
  readonly tabulation: TabulationId;
  readonly figure: number;
  /** The median of the tabulation's figures over the window before the report. */
  readonly median: number;
  /** Their median absolute deviation (unscaled). */
  readonly mad: number;
  /** What the figure had to exceed: max(median + k · 1.4826 · MAD, median + floor). */
  readonly threshold: number;
  /** How many days of the window had a figure. */
  readonly days: number;
}

/** A report with a measure that stands out: every tabulation that flags it, and the exercise. */
export interface UnusualDay {
  readonly date: string;
  readonly measure: ComparedMeasure;
  /** In `series.tabulations` order; one or both tabulations. */
  readonly readings: readonly UnusualReading[];
  /** The named exercise the report falls in (`exerciseOfReport`), if any. */
  readonly exercise?: NamedExercise;
}

const MAD_SCALE = 1.4826;

/**
 * The reports whose figures stand out from their own trailing baseline, by `rule` (see
 * `UnusualRule`), for each tabulation and measure separately: each tabulation is held against
 * its own past, so a day the tabulations disagree on is judged on each reading. Where both
 * tabulations flag the same report and measure, one entry holds both readings. Sorted by date,
 * then measure. One pass per series with the window kept sorted (≈ 1,400 days × 8 series).
 *
 * @example
 * unusualDays(series, exercises).filter((u) => u.exercise?.name === 'Joint Sword-2024B')
 * // → [{ date: '2024-10-15', measure: 'aircraft-detected', readings: [{ tabulation: 'eskim19', figure: 153, median: 21, … }], exercise: { name: 'Joint Sword-2024B', … } }, …]
 */
export function unusualDays(
  series: RecordSeries,
  exercises: readonly NamedExercise[] = [],
  rule: UnusualRule = UNUSUAL_RULE,
): UnusualDay[] {
  const byKey = new Map<
    string,
    { date: string; measure: ComparedMeasure; readings: UnusualReading[] }
  >();
  for (const { tabulation, measures } of series.tabulations)
    for (const measure of UNUSUAL_MEASURES) {
      const values = measures[measure]?.values;
      if (!values) continue;
      for (const found of standOut(values, rule, rule.floor[measure])) {
        const date = isoDay(series.firstDay + found.index);
        const key = `${date} ${measure}`;
        let entry = byKey.get(key);
        if (!entry) byKey.set(key, (entry = { date, measure, readings: [] }));
        entry.readings.push({ tabulation, ...found.reading });
      }
    }
  const order = (m: ComparedMeasure) => UNUSUAL_MEASURES.indexOf(m);
  return [...byKey.values()]
    .sort((a, b) =>
      a.date < b.date ? -1 : a.date > b.date ? 1 : order(a.measure) - order(b.measure),
    )
    .map((entry) => {
      const exercise = exerciseOfReport(exercises, entry.date);
      return exercise ? { ...entry, exercise } : entry;
    });
}

/** The days of one series that stand out, with their baselines. */
function standOut(
  values: Float64Array,
  rule: UnusualRule,
  floor: number,
): { index: number; reading: Omit<UnusualReading, 'tabulation'> }[] {
  const found: { index: number; reading: Omit<UnusualReading, 'tabulation'> }[] = [];
  const sorted: number[] = [];
  const deviations: number[] = [];
  for (let i = 0; i < values.length; i++) {
    // The window of day i is days [i - window, i): day i - 1 comes in, day i - window - 1 goes out.
    const incoming = i >= 1 ? values[i - 1]! : NaN;
    if (!Number.isNaN(incoming)) sorted.splice(lowerBound(sorted, incoming), 0, incoming);
    const outgoing = i - rule.window - 1 >= 0 ? values[i - rule.window - 1]! : NaN;
    if (!Number.isNaN(outgoing)) sorted.splice(lowerBound(sorted, outgoing), 1);
    const figure = values[i]!;
    if (Number.isNaN(figure) || sorted.length < rule.minDays) continue;
    const median = middle(sorted);
    // Cheap test first: most days are under median + floor, and need no MAD.
    if (figure <= median + floor) continue;
    deviations.length = 0;
    for (const x of sorted) deviations.push(Math.abs(x - median));
    deviations.sort((a, b) => a - b);
    const mad = middle(deviations);
    const threshold = Math.max(median + rule.k * MAD_SCALE * mad, median + floor);
    if (figure > threshold)
      found.push({ index: i, reading: { figure, median, mad, threshold, days: sorted.length } });
  }
  return found;
}

function middle(sorted: readonly number[]): number {
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}
