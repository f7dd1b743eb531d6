import { formatDateReading } from '../format-date-reading';
import { dayNumber, isoDay } from '../day-number';
import type { DateReading } from '../schema';
import type { CountDated } from '../vocabulary';
import { formatReportWindow, type ReportWindow, reportWindow } from './report-window';

/** MND's report that covers a count, and how the count's date leads to it. */
export type CountReport =
  | {
      readonly ok: true;
      /** The report's date, `YYYY-MM-DD`. */
      readonly date: string;
      readonly window: ReportWindow;
      /** How the count's date leads to the report, for a reader. */
      readonly how: string;
    }
  | { readonly ok: false; readonly reason: string };

/**
 * The report of MND's that covers a count dated `date`: for activity on a day, the report of the
 * next day (its window, 06:00 that day to 06:00 the next, UTC+8, covers most of it); for a count
 * dated by MND's report, that report. A date less precise than a day has no one report.
 *
 * @example
 * countReport({ value: '2023-04-10', precision: 'day' }, 'activity')
 * // → { ok: true, date: '2023-04-11', window: { start: '2023-04-10T06:00:00+08:00', … }, how: 'activity on 10 April 2023 → …' }
 */
export function countReport(
  date: Pick<DateReading, 'value' | 'precision'>,
  dated: CountDated,
): CountReport {
  if (date.precision !== 'day' || date.value.length !== 10)
    return {
      ok: false,
      reason: `the count's date is ${formatDateReading(date)}, not a single day, so no one report covers it`,
    };
  const day = formatDateReading(date);
  const reportDate = dated === 'activity' ? isoDay(dayNumber(date.value) + 1) : date.value;
  const window = reportWindow(reportDate);
  const report = `MND's report of ${formatDateReading({ value: reportDate, precision: 'day' })}`;
  return {
    ok: true,
    date: reportDate,
    window,
    how:
      dated === 'activity'
        ? `activity on ${day} → ${report}, whose window, ${formatReportWindow(window)}, covers most of that day`
        : `${report}, whose window is ${formatReportWindow(window)}`,
  };
}
