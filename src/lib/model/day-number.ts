/**
 * Day numbers: days since 1970-01-01 (UTC), the one way the app counts days. The incident
 * columns' `day`, a time window, the link's `from` and `to`, the date rules and the generator's
 * calendar all count in them, and turn them back into ISO days here.
 */

/** A time window in days since 1970-01-01, half-open: `from <= day < to`. */
export interface DayWindow {
  readonly from: number;
  readonly to: number;
}

const DAY_MS = 86_400_000;

/**
 * Days since 1970-01-01 (UTC) of an ISO date's first day (`YYYY`, `YYYY-MM` or `YYYY-MM-DD`).
 *
 * @example
 * dayNumber('2023-04-16') // → 19463
 * dayNumber('2023-04') // → 19448 (1 April)
 */
export function dayNumber(iso: string): number {
  const y = Number(iso.slice(0, 4));
  const m = iso.length >= 7 ? Number(iso.slice(5, 7)) - 1 : 0;
  const d = iso.length >= 10 ? Number(iso.slice(8, 10)) : 1;
  return Math.round(Date.UTC(y, m, d) / DAY_MS);
}

/**
 * The ISO day (`YYYY-MM-DD`) of a day number.
 *
 * @example
 * isoDay(19463) // → '2023-04-16'
 */
export function isoDay(day: number): string {
  const date = new Date(day * DAY_MS);
  const year = date.getUTCFullYear();
  // Written out for speed (the date rules run for every dated incident at load); toISOString is
  // kept for what it does differently: signed six-digit years, and throwing on an invalid day.
  if (!(year >= 0 && year <= 9999)) return date.toISOString().slice(0, 10);
  return `${String(year).padStart(4, '0')}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`;
}

/**
 * The ISO day `days` after (or, negative, before) an ISO day.
 *
 * @example
 * shiftDay('2023-04-17', -1) // → '2023-04-16'
 * shiftDay('2023-02-27', 2) // → '2023-03-01'
 */
export function shiftDay(iso: string, days: number): string {
  return isoDay(dayNumber(iso) + days);
}

/**
 * The weekday of a day number, 0 = Sunday (1970-01-01 was a Thursday), as `getUTCDay` counts.
 *
 * @example
 * weekdayOf(18783) // → 6 (Saturday 5 June 2021)
 */
export function weekdayOf(day: number): number {
  return (((day + 4) % 7) + 7) % 7;
}

/**
 * The first position in an ascending list whose value is not below `value` (binary search):
 * the first row of a day in the day column, or where a row stands in a sorted list of rows.
 *
 * @example
 * lowerBound(new Int32Array([1, 3, 3, 5]), 3) // → 1
 * lowerBound([1, 3, 3, 5], 4) // → 3
 */
export function lowerBound(sorted: ArrayLike<number>, value: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid]! < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}
