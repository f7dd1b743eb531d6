import { MONTH_NAMES } from './calendar-names';

/**
 * An ISO day (`YYYY-MM-DD`) as a reader reads it in a short line: day, the month's first three
 * letters, year. Anything else is returned as it is.
 *
 * @example
 * shortDay('2026-08-22') // → '22 Aug 2026'
 */
export function shortDay(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  const month = m ? MONTH_NAMES[Number(m[2]) - 1] : undefined;
  return m && month ? `${Number(m[3])} ${month.slice(0, 3)} ${m[1]}` : iso;
}
