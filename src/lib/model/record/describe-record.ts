import { formatDateReading } from '../format-date-reading';
import { isoDay } from '../day-number';
import type { RecordDay } from './mnd-record';
import { recordDayFigures } from './record-day-figures';
import type { RecordMeasure } from './record-measures';
import type { RecordWindowSummary } from './record-window-summary';

const long = (date: string) => formatDateReading({ value: date, precision: 'day' });
const fileName = (file: string) => file.replace(/^geodata\/record\//, '');
const figure = (x: number, digits = 0) =>
  Number.isNaN(x) ? 'n/a' : x.toLocaleString('en', { maximumFractionDigits: digits });

/** The measures in a few words, for one line of a day. */
const SHORT: Readonly<Record<RecordMeasure, string>> = {
  'aircraft-detected': 'aircraft',
  'aircraft-median-or-adiz': 'median line/ADIZ',
  'aircraft-entered-adiz': "entered ADIZ (madeye's reading)",
  'navy-vessels': 'PLAN vessels',
  'official-ships': 'official ships',
};

/**
 * A record day in one line for a reader (the chart's day cursor, read aloud): each measure's
 * figure, then the row of each tabulation it comes from; where the tabulations disagree, both
 * readings with "≠". A figure no tabulation gives is left out (absent, not zero).
 *
 * @example
 * describeRecordDay(record.byDate.get('2023-04-11'))
 * // → 'Report of 11 April 2023: 91 aircraft, 54 median line/ADIZ, 9 PLAN vessels, 1 official ships (eskim19-taiwan-strait-tracker.csv:147).'
 */
export function describeRecordDay(day: RecordDay): string {
  const figures = recordDayFigures(day).filter((f) => f.measure !== 'regions');
  const parts: string[] = [];
  for (const measure of new Set(figures.map((f) => f.measure as RecordMeasure))) {
    const readings = figures.filter((f) => f.measure === measure);
    const values = new Set(readings.map((f) => f.value));
    parts.push(
      values.size === 1
        ? `${figure(readings[0]!.value as number)} ${SHORT[measure]}`
        : `${SHORT[measure]} ${readings.map((f) => `${f.tabulation} ${figure(f.value as number)}`).join(' ≠ ')}`,
    );
  }
  const rows = day.readings.map((r) => `${fileName(r.file)}:${r.line}`).join(', ');
  const flag = day.disagreements.length > 0 ? ' The tabulations disagree.' : '';
  return `Report of ${long(day.date)}: ${parts.join(', ') || 'no figures'} (${rows}).${flag}`;
}

/**
 * One measure of a time window against its baselines, per tabulation with days in the window:
 * the total, the daily mean and the trailing 30- and 90-day medians before the window.
 *
 * @example
 * describeWindowMeasure(summary, 'aircraft-detected')
 * // → 'eskim19: 245 in 4 days, 61.3 a day (30-day median before: 26, 90-day: 24)'
 */
export function describeWindowMeasure(
  summary: RecordWindowSummary,
  measure: RecordMeasure,
): string {
  const parts = summary.tabulations.flatMap(({ tabulation, measures }) => {
    const s = measures[measure];
    if (!s || s.days === 0) return [];
    return [
      `${tabulation}: ${figure(s.total)} in ${s.days} day${s.days === 1 ? '' : 's'}, ${figure(s.mean, 1)} a day (30-day median before: ${figure(s.baseline30)}, 90-day: ${figure(s.baseline90)})`,
    ];
  });
  return parts.join('; ') || 'no figures in the window';
}

/**
 * The window's span in words.
 *
 * @example
 * describeWindowSpan(summary) // → '8 April 2023 – 11 April 2023 (4 days, 1 with a disagreement)'
 */
export function describeWindowSpan(summary: RecordWindowSummary): string {
  const { from, to } = summary.window;
  if (to <= from) return 'the window is outside the record';
  const d = summary.disagreementDays;
  return `${long(isoDay(from))} – ${long(isoDay(to - 1))} (${summary.days.toLocaleString('en')} day${summary.days === 1 ? '' : 's'}${d > 0 ? `, ${d} with a disagreement` : ''})`;
}
