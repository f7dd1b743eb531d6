/**
 * Days counted from 1970-01-01 (UTC), as synthetic data and the incident columns count them, in
 * words for readers.
 */
import { MONTH_NAMES, WEEKDAY_NAMES } from '../model/calendar-names';
import { isoDay, weekdayOf } from '../model/day-number';

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
