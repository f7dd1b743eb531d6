/**
 * Days counted from 1970-01-01 (UTC), as synthetic data and `IncidentIndex` count them, in
 * words: weekdays and days written out for readers.
 */
import { isoDay } from '../model/incident-index';

export const MONTH_NAMES = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;
export const WEEKDAY_NAMES = [
  'Sunday',
  'Monday',
  'Tuesday',
  'Wednesday',
  'Thursday',
  'Friday',
  'Saturday',
] as const;

/**
 * The weekday of a day, 0 = Sunday (1970-01-01 was a Thursday).
 *
 * @example
 * weekdayOf(18783) // → 6 (Saturday 5 June 2021)
 */
export function weekdayOf(day: number): number {
  return (((day + 4) % 7) + 7) % 7;
}

/**
 * A day written out for readers, as the resolutions of dates in geodata/ write it.
 *
 * @example
 * longDay(18783) // → 'Saturday 5 June 2021'
 */
export function longDay(day: number): string {
  const [year, month, date] = isoDay(day).split('-').map(Number) as [number, number, number];
  return `${WEEKDAY_NAMES[weekdayOf(day)]} ${date} ${MONTH_NAMES[month - 1]} ${year}`;
}
