import { casual, type ParsedResult } from 'chrono-node/en';
import { WEEKDAY_NAMES } from '../model/calendar-names';
import { dayNumber, shiftDay, weekdayOf } from '../model/day-number';
import { formatDateReading } from '../model/format-date-reading';
import { resolveDateExpression } from '../model/resolve-date-expression';
import type { DateReading } from '../model/schema';
import type { DatePrecision, DateRule } from '../model/vocabulary';
import type { ExtractionNote } from './extraction-note';

/** A date found in a text: where its words are, and what they say by which rule. */
export interface DateFinding {
  /** Offsets of `reading.basis` in the text given. */
  readonly start: number;
  readonly end: number;
  /** The reading without its quote index, which the caller knows. */
  readonly reading: Omit<DateReading, 'quote'>;
  /**
   * The words follow a reporting verb ("said on Monday"): they date the report, which is the
   * event's date only when nothing else in the sentence dates it.
   */
  readonly reported: boolean;
  /** chrono-node's own reading of the words as an ISO day, kept to compare with our rule. */
  readonly chrono: string;
  /**
   * The words date an earlier event the sentence mentions ("in response to her recent visit"),
   * not the sentence's own (see `chainDates`).
   */
  readonly prior?: boolean;
}

export interface DateExtraction {
  readonly dates: readonly DateFinding[];
  readonly notes: readonly ExtractionNote[];
}

type Components = ParsedResult['start'];

const RULE_WORDS: Readonly<Record<Exclude<DateRule, 'inferred'>, string>> = {
  'month-day': 'the latest such day not after publication',
  explicit: 'the words give the year',
  weekday: 'the latest such weekday on or before publication',
  'last-week': 'the calendar week, Monday first, before the publication week',
  'last-month': 'the calendar month before publication',
  'next-month': 'the calendar month after publication',
  'last-named-month': 'the latest such month before the publication month',
  weekend: 'the Saturday and Sunday on or before publication',
};

/**
 * Find the dates in a sentence and resolve them against the publication day. chrono-node finds
 * the expressions ("on Sunday", "April 16", "last week", "February 2022"); our rules
 * (`resolveDateExpression`, named in `DATE_RULES`) give the value, so every reading can be
 * recomputed by the model's checks. Words no rule reads are read by a stated inference
 * ("today", "yesterday", "until April 19", "up until 6 a.m. today" (the day's report), a weekday
 * in a sentence about the future) or left
 * out with a note ("since October 2021" is a starting point, not the event's date; a month
 * without a year; a time without a day).
 *
 * @example
 * extractDates('China said on Sunday it sent 54 aircraft.', '2023-04-17').dates[0]?.reading
 * // → { value: '2023-04-16', precision: 'day', rule: 'weekday', basis: 'on Sunday',
 * //     resolution: '“on Sunday” in a source published Monday 17 April 2023 → 16 April 2023 (…)' }
 */
export function extractDates(text: string, published: string): DateExtraction {
  const reference = { instant: new Date(`${published}T12:00:00Z`), timezone: 0 };
  const dates: DateFinding[] = [];
  const notes: ExtractionNote[] = [];
  const note = (start: number, end: number, reason: string) =>
    notes.push({ start, end, words: text.slice(start, end), reason });

  for (const result of casual.parse(text, reference)) {
    const [start, end] = trimmed(text, result.index, result.index + result.text.length);
    const words = text.slice(start, end);
    const before = text.slice(0, start);
    const chronoDay = isoOf(result.start);
    const add = (
      at: [number, number],
      rule: DateRule,
      value: string,
      precision: DatePrecision,
      how: string,
    ) => {
      const basis = text.slice(at[0], at[1]);
      dates.push({
        start: at[0],
        end: at[1],
        reading: {
          value,
          precision,
          rule,
          basis,
          resolution: `“${basis}” in a source published ${longDay(published)} → ${formatDateReading({ value, precision })} (${how}).`,
        },
        reported: REPORTED.test(text.slice(0, at[0])),
        chrono: chronoDay,
      });
    };
    const byRule = (at: [number, number], rule: Exclude<DateRule, 'inferred'>) => {
      const basis = text.slice(at[0], at[1]);
      const resolved = resolveDateExpression(rule, basis, published);
      const expected = precisionOf(result.start, rule);
      if (!resolved || resolved.precision !== expected) {
        // chrono reads more than our rule does (say "2023-04-15"): keep chrono's reading,
        // marked as an inference, rather than a rule that says less than the words.
        add(
          at,
          'inferred',
          chronoDay.slice(0, expected === 'month' ? 7 : 10),
          expected,
          `chrono-node reads it; no rule of ours reads these words`,
        );
        return;
      }
      add(at, rule, resolved.value, resolved.precision, RULE_WORDS[rule]);
    };
    const sub = (re: RegExp): [number, number] | undefined => {
      const m = re.exec(words);
      return m ? [start + m.index, start + m.index + m[0].length] : undefined;
    };

    if (isDateLine(before, text.slice(end))) {
      note(start, end, "the release's date line: the day it was published, not an event's date");
      continue;
    }
    if (/\bthis year\b/i.test(words)) {
      note(start, end, 'a period ("this year"), not the date of an event');
      continue;
    }
    if (/\bsince\s+$/i.test(before)) {
      note(start, end, 'a starting point ("since …"), not when the event happened');
      continue;
    }
    const until = /\b(?:until|till|through)\s+$/i.exec(before);
    if (until && /\btoday$/i.test(words) && result.start.isCertain('hour')) {
      // "up until 6 a.m. (UTC+8) today": MND's reporting window, which ends this morning.
      add(
        [until.index, end],
        'inferred',
        published,
        'day',
        "the 24 hours up to that hour of the publication day: that day's report",
      );
      continue;
    }
    if (until) {
      const day = isoOf(casual.parse(words, reference, { forwardDate: true })[0]?.start);
      const certainDay = result.start.isCertain('day') || result.start.isCertain('weekday');
      add(
        [until.index, end],
        'inferred',
        certainDay ? day : day.slice(0, 7),
        'before',
        'an end point: on or before the next such date from publication',
      );
      continue;
    }
    const lastWeek = sub(/\blast week\b/i);
    if (lastWeek) {
      byRule(lastWeek, 'last-week');
      continue;
    }
    const lastMonth = sub(/\blast month\b/i);
    if (lastMonth) {
      byRule(lastMonth, 'last-month');
      continue;
    }
    const nextMonth = sub(/\bnext month\b/i);
    if (nextMonth) {
      byRule(nextMonth, 'next-month');
      continue;
    }
    if (/\bweekend\b/i.test(words)) {
      const lead = /(?:\b(?:over|at|during|on) the|\bthis|\blast)\s+$/i.exec(before);
      byRule([lead ? lead.index : start, end], 'weekend');
      continue;
    }
    const casualWords = sub(
      /\b(?:today|tonight|this (?:morning|afternoon|evening)|yesterday|this week|this month)\b/i,
    );
    if (casualWords) {
      const w = text.slice(casualWords[0], casualWords[1]).toLowerCase();
      if (w === 'yesterday') {
        const day = shiftDay(published, -1);
        add(casualWords, 'inferred', day, 'day', `the day before publication`);
      } else if (w === 'this week') {
        add(casualWords, 'inferred', mondayOf(published), 'week', 'the publication week');
      } else if (w === 'this month') {
        add(casualWords, 'inferred', published.slice(0, 7), 'month', 'the publication month');
      } else {
        add(casualWords, 'inferred', published, 'day', 'the publication day');
      }
      continue;
    }
    const c = result.start;
    const future = FUTURE.test(clauseBefore(before)) || /\b(?:next|this|coming)\b/i.test(words);
    if ((c.isCertain('day') || c.isCertain('weekday')) && !c.isCertain('year') && future) {
      const day = isoOf(casual.parse(words, reference, { forwardDate: true })[0]?.start);
      add(
        [start, end],
        'inferred',
        day,
        'day',
        'said of the future, so the next such day from publication, as chrono-node reads it',
      );
      continue;
    }
    if (c.isCertain('year')) {
      byRule([start, end], 'explicit');
    } else if (c.isCertain('month') && c.isCertain('day')) {
      const local = /^\s*(?:\((?:local time|[^()\n]{1,20} time)\)|local time\b)/i.exec(
        text.slice(end),
      );
      byRule([start, local ? end + local[0].length : end], 'month-day');
    } else if (c.isCertain('month')) {
      const last = /\blast\s+$/i.exec(before);
      if (last) byRule([last.index, end], 'last-named-month');
      else note(start, end, 'a month without a year: no rule dates it');
    } else if (c.isCertain('weekday')) {
      const lastSame =
        /\blast\b/i.test(words) &&
        new Date(`${published}T12:00:00Z`).getUTCDay() === c.get('weekday');
      if (lastSame)
        add(
          [start, end],
          'inferred',
          chronoDay,
          'day',
          'a week before publication, as chrono-node reads "last"',
        );
      else byRule([start, end], 'weekday');
    } else if (c.isCertain('hour')) {
      // A time of day without a day ("by 6 a.m."): the day comes from the rest of the sentence.
    } else {
      note(start, end, 'a date expression no rule reads');
    }
  }
  return { dates, notes };
}

/**
 * Whether the date is the release's own date line rather than an event's: "(Source: U.S. Navy
 * Seventh Fleet; issued Aug. 19, 2020)", "Released: …", a line that is only a date
 * ("11.02.2023", "2022/10/01", "Time: October 1, 2022 at 18:35"), a labelled date ending its
 * line, as a page's byline block gives it ("Political Warfare Bureau,M.N.DPostDate: 2022/08/17",
 * "Release Date: …", "Date Posted: …"), or a wire dateline ("BEIJING, Jan. 24 (Xinhua) --").
 */
function isDateLine(before: string, after: string): boolean {
  const endsLine = /^\s*(?:at\s+\d{1,2}[:.]\d{2})?[\s.]*(?:\n|$)/i.test(after);
  return (
    /\b(?:issued|released|posted|published|updated|dated)\s*(?:on\s*)?:?\s*$/i.test(before) ||
    (/^\s*(?:(?:time|date|released|posted|published|issued|updated)\s*:\s*)?$/i.test(before) &&
      /^\s*(?:at\s+\d{1,2}[:.]\d{2})?[\s.]*$/i.test(after)) ||
    // A label run into what precedes it ("…M.N.DPostDate:"), so no word boundary before it.
    (/(?:date|time|posted|published|released|issued|updated)\s*:\s*$/i.test(before) && endsLine) ||
    (/^\s*\p{Lu}[\p{Lu}\p{L} .'’[\]-]*,\s*$/u.test(before) &&
      /^\s*(?:\([^)]*\)\s*)?(?:--|—|–|:)/.test(after))
  );
}

const REPORTED =
  /\b(?:said|says|say|reported|reports|announced|announces|stated|added|confirmed|told (?:reporters|journalists|[A-Z][\w’']+))\s*$/;
const FUTURE =
  /\b(?:will|would|shall|is to|are to|is due|are due|is scheduled|are scheduled|is set to|are set to|plans? to|is planned|are planned)\b/i;

/** The text of the clause the words sit in, up to them. */
function clauseBefore(before: string): string {
  const cut = Math.max(...[',', ';', ':', '–', '—', '(', '.'].map((p) => before.lastIndexOf(p)));
  return before.slice(cut + 1);
}

function trimmed(text: string, start: number, end: number): [number, number] {
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /[\s,.;:!?)]/.test(text[end - 1]!)) end--;
  return [start, end];
}

function precisionOf(c: Components, rule: DateRule): DatePrecision {
  if (rule === 'last-week' || rule === 'weekend') return 'week';
  if (rule === 'last-month' || rule === 'next-month' || rule === 'last-named-month') return 'month';
  if (c.isCertain('day') || c.isCertain('weekday')) return 'day';
  return c.isCertain('month') ? 'month' : 'year';
}

function isoOf(c: Components | undefined): string {
  if (!c) return '';
  const pad = (n: number | null) => String(n ?? 0).padStart(2, '0');
  return `${c.get('year')}-${pad(c.get('month'))}-${pad(c.get('day'))}`;
}

function longDay(iso: string): string {
  return `${WEEKDAY_NAMES[weekdayOf(dayNumber(iso))]} ${formatDateReading({ value: iso, precision: 'day' })}`;
}

function mondayOf(iso: string): string {
  return shiftDay(iso, -((weekdayOf(dayNumber(iso)) + 6) % 7));
}
