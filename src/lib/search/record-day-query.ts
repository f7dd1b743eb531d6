import { MONTH_NAMES } from '../model/calendar-names';
import { dayNumber, isoDay } from '../model/day-number';

const ISO = /^(\d{4})-(\d{1,2})-(\d{1,2})$/;
const DAY_MONTH_YEAR = /^(\d{1,2})(?:st|nd|rd|th)?\s+([a-z]+)\.?,?\s+(\d{4})$/;
const MONTH_DAY_YEAR = /^([a-z]+)\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})$/;

/** A month from its English name or its first three letters or more ("Oct", "Sept"), 1 … 12. */
function monthOf(word: string): number | undefined {
  if (word.length < 3) return undefined;
  const at = MONTH_NAMES.findIndex((name) => name.toLowerCase().startsWith(word));
  return at < 0 ? undefined : at + 1;
}

/** `YYYY-MM-DD` of a real calendar day, or undefined ("2023-02-30" is not one). */
function isoOf(year: string, month: number | undefined, day: string): string | undefined {
  if (month === undefined || month < 1 || month > 12) return undefined;
  const iso = `${year}-${String(month).padStart(2, '0')}-${day.padStart(2, '0')}`;
  return isoDay(dayNumber(iso)) === iso ? iso : undefined;
}

/**
 * The day a search query names, when the whole query is a date: "2024-10-14", "14 Oct 2024",
 * "14 October 2024", "October 14, 2024". Case and surrounding spaces do not matter; anything
 * else, or a day that does not exist, is undefined.
 *
 * @example
 * recordDayQuery('14 Oct 2024') // → '2024-10-14'
 * recordDayQuery('2024-10-14') // → '2024-10-14'
 * recordDayQuery('Milius') // → undefined
 */
export function recordDayQuery(query: string): string | undefined {
  const q = query.trim().toLowerCase().replace(/\s+/g, ' ');
  let m = ISO.exec(q);
  if (m) return isoOf(m[1]!, Number(m[2]), m[3]!);
  m = DAY_MONTH_YEAR.exec(q);
  if (m) return isoOf(m[3]!, monthOf(m[2]!), m[1]!);
  m = MONTH_DAY_YEAR.exec(q);
  if (m) return isoOf(m[3]!, monthOf(m[1]!), m[2]!);
  return undefined;
}
