import { formatDateReading } from '../format-date-reading';
import { dayNumber, isoDay } from '../day-number';

/** The 24 hours an MND daily report covers, as ISO date-times in Taiwan time (UTC+8). */
export interface ReportWindow {
  readonly start: string;
  readonly end: string;
}

/**
 * The window of MND's report of `date`: from 06:00 (UTC+8) the day before to 06:00 that day.
 *
 * @example
 * reportWindow('2023-04-11') // → { start: '2023-04-10T06:00:00+08:00', end: '2023-04-11T06:00:00+08:00' }
 */
export function reportWindow(date: string): ReportWindow {
  return {
    start: `${isoDay(dayNumber(date) - 1)}T06:00:00+08:00`,
    end: `${date}T06:00:00+08:00`,
  };
}

/**
 * Whether a window given as date-times (in any offset) is the rule's window of `date`: the
 * same two instants.
 *
 * @example
 * isReportWindow('2025-10-01', '2025-09-30T06:00:00+08:00', '2025-10-01T06:00:00+08:00') // → true
 * isReportWindow('2025-10-01', '2025-09-29T22:00:00Z', '2025-10-01T06:00:00+08:00') // → true
 */
export function isReportWindow(date: string, start: string, end: string): boolean {
  const rule = reportWindow(date);
  return Date.parse(start) === Date.parse(rule.start) && Date.parse(end) === Date.parse(rule.end);
}

/**
 * A window for a reader, in Taiwan time.
 *
 * @example
 * formatReportWindow(reportWindow('2023-04-11')) // → '10 April 2023 06:00 → 11 April 2023 06:00 (UTC+8)'
 */
export function formatReportWindow(window: ReportWindow): string {
  const at = (iso: string) =>
    `${formatDateReading({ value: iso.slice(0, 10), precision: 'day' })} ${iso.slice(11, 16)}`;
  return `${at(window.start)} → ${at(window.end)} (UTC+8)`;
}
