/**
 * Month and weekday names in English, as the sources write them and as the dashboard writes
 * dates for readers: one list of each for the formatter, the date rules, the extractor and the
 * generator.
 */

/** January first: `MONTH_NAMES[m - 1]` is month `m` of an ISO date. */
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

/** Sunday first, as `Date.prototype.getUTCDay` and `weekdayOf` count. */
export const WEEKDAY_NAMES = [
  'Sunday',
  'Monday',
  'Tuesday',
  'Wednesday',
  'Thursday',
  'Friday',
  'Saturday',
] as const;
