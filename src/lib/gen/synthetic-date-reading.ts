import type { DateReading } from '../model/schema';
import { MONTH_NAMES, WEEKDAY_NAMES } from '../model/calendar-names';
import { isoDay, weekdayOf } from '../model/day-number';
import { longDay } from './long-day';

/**
 * How a synthetic sentence dates its event `day`, and the reading of those words: "on
 * Saturday" (rule `weekday`, six in ten), "on June 5" (`month-day`, a quarter) or "on June 5,
 * 2021" (`explicit`), chosen by the uniform number `u`. The source is published on day
 * `published`, 0–6 days after `day`, so a weekday reads back to `day`. Days are counted from
 * 1970-01-01; the reading's `quote` is 0.
 *
 * @example
 * syntheticDateReading(18783, 18785, 0.1)
 * // → { basis: 'on Saturday', reading: { value: '2021-06-05', precision: 'day', rule: 'weekday', … } }
 */
export function syntheticDateReading(
  day: number,
  published: number,
  u: number,
): { readonly basis: string; readonly reading: DateReading } {
  const value = isoDay(day);
  const [year, month, date] = value.split('-').map(Number) as [number, number, number];
  const monthName = MONTH_NAMES[month - 1]!;
  const weekdayName = WEEKDAY_NAMES[weekdayOf(day)]!;
  const long = longDay(day);
  const from = `in a dispatch published ${longDay(published)}`;
  const reading = (rule: DateReading['rule'], basis: string, resolution: string) => ({
    basis,
    reading: { value, precision: 'day' as const, rule, basis, quote: 0, resolution },
  });
  if (u < 0.6) {
    const basis = `on ${weekdayName}`;
    return reading(
      'weekday',
      basis,
      `“${basis}” ${from} → the latest ${weekdayName} on or before it: ${long}.`,
    );
  }
  if (u < 0.85) {
    const basis = `on ${monthName} ${date}`;
    return reading(
      'month-day',
      basis,
      `“${basis}” ${from} → the latest ${date} ${monthName} not after publication: ${long}.`,
    );
  }
  const basis = `on ${monthName} ${date}, ${year}`;
  return reading('explicit', basis, `“${basis}” names the day, month and year: ${long}.`);
}
