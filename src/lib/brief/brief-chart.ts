import { type DayWindow, dayNumber, isoDay } from '../model/day-number';
import type { RecordMeasure } from '../model/record/record-measures';
import type { RecordSeries } from '../model/record/record-series';
import type { TabulationId } from '../model/record/record-tabulations';

/** The measures the brief's chart draws, as the record panel's chart does, in its order. */
export const BRIEF_CHART_MEASURES = [
  { measure: 'aircraft-detected', label: 'Aircraft detected' },
  { measure: 'aircraft-median-or-adiz', label: 'Crossed median line or entered ADIZ' },
  { measure: 'navy-vessels', label: 'PLA Navy vessels' },
] as const satisfies readonly { measure: RecordMeasure; label: string }[];

/** Each tabulation's line colour (the record panel's). */
export const TABULATION_COLORS: Readonly<Record<TabulationId, string>> = {
  eskim19: '#c2410c',
  madeye: '#1d4ed8',
};

/** Days shown either side of a window, so a window of a day or two still has a shape. */
export const CHART_CONTEXT_DAYS = 30;

const WIDTH = 640;
const ROW = 70;
const GAP = 26;
const LEFT = 34;

/** A source's figure, drawn ◆ at its report's date. */
export interface ChartMark {
  readonly date: string;
  readonly measure: RecordMeasure;
  readonly value: number;
}

/** The record's chart for a window, as SVG geometry (numbers only; the renderer writes it). */
export interface BriefChart {
  /** The days drawn, `YYYY-MM-DD`, first and last. */
  readonly first: string;
  readonly last: string;
  readonly width: number;
  readonly height: number;
  /** The window, shaded (absent for all time). */
  readonly shade?: { readonly x: number; readonly width: number };
  readonly rows: readonly {
    readonly measure: RecordMeasure;
    readonly label: string;
    readonly top: number;
    readonly height: number;
    /** The highest figure of the row: the top of its scale (the bottom is 0). */
    readonly max: number;
    readonly lines: readonly { readonly tabulation: TabulationId; readonly d: string }[];
    readonly marks: readonly { readonly cx: number; readonly cy: number; readonly value: number }[];
  }[];
}

/**
 * The record's daily figures over a window as small multiples, one row a measure, one line a
 * tabulation (a day without a figure is a gap, never zero), the window shaded and the sources'
 * own figures ◆ at their report's date. The days drawn are the window with
 * `CHART_CONTEXT_DAYS` either side, cut to the record; the whole record without a window.
 * Undefined when the record has no day there.
 *
 * @example
 * briefChart(series, { from: dayNumber('2023-04-10'), to: dayNumber('2023-04-11') }, [])
 * // → { first: '2023-03-11', last: '2023-05-10', rows: [{ measure: 'aircraft-detected', lines: [{ tabulation: 'eskim19', d: 'M34.0 …' }], … }], … }
 */
export function briefChart(
  series: RecordSeries,
  window: DayWindow | undefined,
  marks: readonly ChartMark[],
): BriefChart | undefined {
  const recordEnd = series.firstDay + series.length;
  const from = Math.max(series.firstDay, window ? window.from - CHART_CONTEXT_DAYS : -Infinity);
  const to = Math.min(recordEnd, window ? window.to + CHART_CONTEXT_DAYS : Infinity);
  if (to <= from) return undefined;
  const days = to - from;
  const plot = WIDTH - LEFT - 4;
  const x = (day: number) => LEFT + (days > 1 ? ((day - from) / (days - 1)) * plot : plot / 2);
  const rows = BRIEF_CHART_MEASURES.map(({ measure, label }, k) => {
    const top = k * (ROW + GAP) + 16;
    const lines = series.tabulations.flatMap((t) => {
      const m = t.measures[measure];
      return m ? [{ tabulation: t.tabulation, values: m.values }] : [];
    });
    let max = 1;
    for (const { values } of lines)
      for (let day = from; day < to; day++) {
        const v = values[day - series.firstDay]!;
        if (v > max) max = v;
      }
    const own = marks.filter((m) => m.measure === measure && inSpan(m.date, from, to));
    for (const m of own) if (m.value > max) max = m.value;
    const y = (v: number) => top + ROW - (v / max) * ROW;
    return {
      measure,
      label,
      top,
      height: ROW,
      max,
      lines: lines.map(({ tabulation, values }) => {
        let d = '';
        let pen = false;
        for (let day = from; day < to; day++) {
          const v = values[day - series.firstDay]!;
          if (Number.isNaN(v)) {
            pen = false;
            continue;
          }
          d += `${pen ? 'L' : 'M'}${x(day).toFixed(1)} ${y(v).toFixed(1)}`;
          pen = true;
        }
        return { tabulation, d };
      }),
      marks: own.map((m) => ({
        cx: round(x(dayNumber(m.date))),
        cy: round(y(m.value)),
        value: m.value,
      })),
    };
  });
  const shown = window && { from: Math.max(window.from, from), to: Math.min(window.to, to) };
  const step = days > 1 ? plot / (days - 1) : plot;
  return {
    first: isoDay(from),
    last: isoDay(to - 1),
    width: WIDTH,
    height: rows.length * (ROW + GAP) + 4,
    ...(shown && shown.to > shown.from
      ? {
          shade: {
            x: round(x(shown.from) - step / 2),
            width: round((shown.to - shown.from) * step),
          },
        }
      : {}),
    rows,
  };
}

function inSpan(date: string, from: number, to: number): boolean {
  const day = dayNumber(date);
  return day >= from && day < to;
}

function round(n: number): number {
  return Math.round(n * 10) / 10;
}
