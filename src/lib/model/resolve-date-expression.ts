import { MONTH_NAMES, WEEKDAY_NAMES } from './calendar-names';
import { shiftDay } from './day-number';
import type { DatePrecision, DateRule } from './vocabulary';

export interface ResolvedDate {
  readonly value: string;
  readonly precision: DatePrecision;
}

// Compiled once: the checks run for every dated incident at load.
const WEEKDAY_PATTERNS = WEEKDAY_NAMES.map((d) => new RegExp(`\\b${d.toLowerCase()}\\b`));
/** A month by its name or the abbreviation of fleet and wire copy ("Jan. 5", "Sept. 17"). */
const MONTH_PATTERNS = MONTH_NAMES.map((m) => {
  const name = m.toLowerCase();
  const short = name === 'september' ? 'sept?' : name.slice(0, 3);
  return new RegExp(`\\b(?:${name}|${short})\\b`);
});

/**
 * Resolve the words of a date (`basis`) by a named rule against the source's publication day.
 * This is the single definition of each rule in `DATE_RULES`; the tests recompute every
 * incident's date with it. Returns `undefined` for `inferred` dates (worked out by a person
 * from several facts) and for words the rule cannot read.
 *
 * @example
 * resolveDateExpression('weekday', 'on Sunday', '2023-04-17') // → { value: '2023-04-16', precision: 'day' }
 * resolveDateExpression('month-day', 'January 5', '2023-04-17') // → { value: '2023-01-05', precision: 'day' }
 * resolveDateExpression('last-month', 'last month', '2023-04-17') // → { value: '2023-03', precision: 'month' }
 */
export function resolveDateExpression(
  rule: DateRule,
  basis: string,
  published: string,
): ResolvedDate | undefined {
  const words = basis.toLowerCase();
  const pub = utcDay(published);
  switch (rule) {
    case 'weekday': {
      const weekday = WEEKDAY_PATTERNS.findIndex((pattern) => pattern.test(words));
      if (weekday < 0) return undefined;
      const back = (pub.getUTCDay() - weekday + 7) % 7;
      return { value: shiftDay(published, -back), precision: 'day' };
    }
    case 'weekend': {
      if (!/\bweekend\b/.test(words)) return undefined;
      const back = (pub.getUTCDay() - 6 + 7) % 7;
      return { value: shiftDay(published, -back), precision: 'week' };
    }
    case 'last-week': {
      if (!/\blast week\b/.test(words)) return undefined;
      const mondayThisWeek = -((pub.getUTCDay() + 6) % 7);
      return { value: shiftDay(published, mondayThisWeek - 7), precision: 'week' };
    }
    case 'last-month':
      return /\blast month\b/.test(words)
        ? { value: monthOffset(pub, -1), precision: 'month' }
        : undefined;
    case 'next-month':
      return /\bnext month\b/.test(words)
        ? { value: monthOffset(pub, 1), precision: 'month' }
        : undefined;
    case 'last-named-month': {
      const month = monthIn(words);
      if (month === undefined || !/\blast\b/.test(words)) return undefined;
      const year = month < pub.getUTCMonth() ? pub.getUTCFullYear() : pub.getUTCFullYear() - 1;
      return { value: `${year}-${pad(month + 1)}`, precision: 'month' };
    }
    case 'month-day': {
      const month = monthIn(words);
      const day = /\b(\d{1,2})\b/.exec(words)?.[1];
      if (month === undefined || day === undefined) return undefined;
      let year = pub.getUTCFullYear();
      if (Date.UTC(year, month, Number(day)) > pub.getTime()) year -= 1;
      return { value: `${year}-${pad(month + 1)}-${pad(Number(day))}`, precision: 'day' };
    }
    case 'explicit': {
      const month = monthIn(words);
      const year = /\b(\d{4})\b/.exec(words)?.[1];
      if (year === undefined) return undefined;
      if (month === undefined) return { value: year, precision: 'year' };
      const day = /\b(\d{1,2})\b(?!\d)/.exec(words.replace(year, ''))?.[1];
      return day === undefined
        ? { value: `${year}-${pad(month + 1)}`, precision: 'month' }
        : { value: `${year}-${pad(month + 1)}-${pad(Number(day))}`, precision: 'day' };
    }
    case 'inferred':
      return undefined;
  }
}

function monthIn(words: string): number | undefined {
  const index = MONTH_PATTERNS.findIndex((pattern) => pattern.test(words));
  return index < 0 ? undefined : index;
}

function utcDay(iso: string): Date {
  const [y, m, d] = iso.split('-');
  return new Date(Date.UTC(Number(y), Number(m) - 1, Number(d)));
}

function monthOffset(date: Date, offset: number): string {
  const shifted = new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + offset, 1));
  return `${shifted.getUTCFullYear()}-${pad(shifted.getUTCMonth() + 1)}`;
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}
