import { countBasisValue } from '../model/count-basis-value';
import { shiftDay } from '../model/day-number';
import { formatDateReading } from '../model/format-date-reading';
import { clauseSpans } from './clause-spans';
import type { DateFinding } from './extract-dates';
import type { ExtractionNote } from './extraction-note';

/**
 * What earlier sentences dated, carried through a text in reading order so that a later
 * sentence can refer back to it ("That same day", "the last day of last week's exercises").
 */
export interface DateChain {
  /** The day of the last event a sentence dated to the day, and its words. */
  readonly lastDay?: { readonly value: string; readonly basis: string };
  /** Runs of days read so far: "three days of military exercises" launched on 8 April. */
  readonly runs: readonly DayRun[];
}

interface DayRun {
  readonly first: string;
  readonly days: number;
  /** The words that gave the run ("three days of military exercises") and its first day. */
  readonly basis: string;
  readonly firstBasis: string;
}

export const EMPTY_CHAIN: DateChain = { runs: [] };

// Words for a run of exercises; reporting uses them for one another.
const EXERCISE = String.raw`(?:exercises|drills|war ?games|manoeuvres|maneuvers)`;
const MODIFIERS = String.raw`(?:(?:military|joint|naval|air|live-fire|large-scale|combat|readiness)\s+)*`;
const RUN = new RegExp(String.raw`\b([\p{L}\d-]+)\s+days\s+of\s+${MODIFIERS}${EXERCISE}\b`, 'iu');
const RUN_DAY = new RegExp(
  String.raw`\b(?:on\s+)?the\s+(first|last|final)\s+day\s+of\s+(?:(?:last|this)\s+week[’']s\s+|the\s+|these\s+|those\s+|its\s+|their\s+)?${MODIFIERS}${EXERCISE}\b`,
  'iu',
);
const SAME_DAY = /\b(?:on\s+)?(?:that|the)\s+(same|next|following|previous)\s+day\b/iu;
const RECENT = /\brecent\s+(?:visit|trip|tour|meeting|talks|summit|call|stopover|transit)\b/iu;
const AFTER = /\b(?:days|weeks|months|years)\s+after\s+[^,;:.–—()]+/u;

/**
 * Date what a sentence says by reference to earlier ones, or to its own date, by stated
 * inferences (`rule: "inferred"`, the chain in `resolution`):
 *
 * - "three days of military exercises" in a sentence dated 8 April opens a run of days; a later
 *   "the last day of last week's exercises" is its last day, 10 April (and must fall in the week
 *   "last week" gives, whose reading it replaces; otherwise nothing is read, with a note);
 * - "That same day" is the day of the last event dated to the day; "the next day" the day after;
 * - "recent visit" and "months after Pelosi visited the island", in a clause dated to the day
 *   and not dated themselves, date an earlier event: on or before that day. These readings are `prior`: they date
 *   another event than the sentence's own.
 *
 * Returns the sentence's findings (with the new ones, minus those a new one replaces) and the
 * chain for the next sentence. Pure.
 *
 * @example
 * let chain = EMPTY_CHAIN;
 * ({ chain } = chainDates('On April 8, three days of exercises were launched.', found8April, chain));
 * chainDates('On the last day of last week’s exercises, 54 aircraft flew.', foundLastWeek, chain)
 *   .dates[0]?.reading.value // → '2023-04-10'
 */
export function chainDates(
  text: string,
  found: readonly DateFinding[],
  chain: DateChain,
): { dates: DateFinding[]; notes: ExtractionNote[]; chain: DateChain } {
  let dates = [...found];
  const notes: ExtractionNote[] = [];
  const add = (
    m: RegExpExecArray,
    value: string,
    precision: 'day' | 'before',
    resolution: string,
    prior = false,
  ) => {
    const [start, end] = [m.index, m.index + m[0].trimEnd().length];
    const basis = text.slice(start, end);
    dates.push({
      start,
      end,
      reading: {
        value,
        precision,
        rule: 'inferred',
        basis,
        resolution: `“${basis}”: ${resolution}`,
      },
      reported: false,
      chrono: '',
      ...(prior ? { prior: true } : {}),
    });
  };

  const within = (m: RegExpExecArray) =>
    dates.filter((d) => d.start >= m.index && d.end <= m.index + m[0].length);
  const note = (m: RegExpExecArray, reason: string) =>
    notes.push({ start: m.index, end: m.index + m[0].length, words: m[0], reason });

  const runDay = RUN_DAY.exec(text);
  if (runDay) {
    const run = chain.runs.at(-1);
    const which = runDay[1]!.toLowerCase();
    const inside = within(runDay);
    const week = inside.find((d) => d.reading.rule === 'last-week');
    // chrono reads "last day" on its own as a day near publication: never what is meant.
    dates = dates.filter((d) => !inside.includes(d) || d === week);
    const value = run && shiftDay(run.first, which === 'first' ? 0 : run.days - 1);
    if (!run || !value) {
      note(
        runDay,
        'the day of a run of exercises that no earlier sentence dates, so it is not read',
      );
    } else if (week && !(value >= week.reading.value && value <= shiftDay(week.reading.value, 6))) {
      note(
        runDay,
        `the ${which} day of the ${run.days} days from ${long(run.first)} (${long(value)}) is not in the week “${week.reading.basis}” gives, so it is not read`,
      );
    } else {
      dates = dates.filter((d) => d !== week);
      add(
        runDay,
        value,
        'day',
        `the ${run.days} days of exercises from ${long(run.first)} (“${run.basis}”, “${run.firstBasis}”) → their ${which} day, ${long(value)}${week ? `, in the week “${week.reading.basis}” gives` : ''}.`,
      );
    }
  }

  const same = SAME_DAY.exec(text);
  if (same) {
    // chrono reads "next day" as the day after publication: it means the day after the last.
    const inside = within(same);
    dates = dates.filter((d) => !inside.includes(d));
    const shift = { same: 0, next: 1, following: 1, previous: -1 }[same[1]!.toLowerCase()] ?? 0;
    if (!chain.lastDay || dates.some((d) => !d.reported && d.reading.precision === 'day')) {
      note(
        same,
        'refers to a day that no earlier sentence gives, or the sentence dates itself, so it is not read',
      );
    } else {
      const value = shiftDay(chain.lastDay.value, shift);
      add(
        same,
        value,
        'day',
        `${shift === 0 ? 'the day' : shift > 0 ? 'the day after the day' : 'the day before the day'} of the event told before it (“${chain.lastDay.basis}”, ${long(chain.lastDay.value)}) → ${long(value)}.`,
      );
    }
  }

  // The sentence's own day: its first event date to the day.
  const own = dates.find((d) => !d.reported && !d.prior && d.reading.precision === 'day');
  if (own) {
    const clauses = clauseSpans(text);
    const clauseOf = (at: number) => clauses.findIndex(([s, e]) => at >= s && at < e);
    for (const re of [RECENT, AFTER]) {
      const m = re.exec(text);
      // Only of the clause's own date, and only when the words are not dated themselves.
      if (
        m &&
        clauseOf(m.index) === clauseOf(own.start) &&
        !dates.some((d) => d.start < m.index + m[0].length && d.end > m.index)
      )
        add(
          m,
          own.reading.value,
          'before',
          `an earlier event than the one the sentence dates (“${own.reading.basis}”, ${long(own.reading.value)}) → on or before ${long(own.reading.value)}.`,
          true,
        );
    }
  }

  const runWords = RUN.exec(text);
  const days = runWords ? countBasisValue(runWords[1]!) : undefined;
  const next: DateChain = {
    // A sentence dated less closely than the day leaves no day to refer back to.
    lastDay: own
      ? { value: own.reading.value, basis: own.reading.basis }
      : dates.some((d) => !d.reported && !d.prior)
        ? undefined
        : chain.lastDay,
    runs:
      own && runWords && days !== undefined && days > 1 && days <= 31
        ? [
            ...chain.runs,
            { first: own.reading.value, days, basis: runWords[0], firstBasis: own.reading.basis },
          ]
        : chain.runs,
  };
  return { dates: dates.sort((a, b) => a.start - b.start), notes, chain: next };
}

function long(iso: string): string {
  return formatDateReading({ value: iso, precision: 'day' });
}
