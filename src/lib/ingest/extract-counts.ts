import nlp from 'compromise';
import { countBasisValue } from '../model/count-basis-value';
import type { Count } from '../model/schema';
import type { CountQualifier, CountUnit } from '../model/vocabulary';
import type { ExtractionNote } from './extraction-note';

/** A figure found in a text: where its number words are, and the count they make. */
export interface CountFinding {
  /** Offsets of `count.basis` in the text given. */
  readonly start: number;
  readonly end: number;
  /** The count without its quote index, which the caller knows. */
  readonly count: Omit<Count, 'quote'>;
}

export interface CountExtraction {
  readonly counts: readonly CountFinding[];
  readonly notes: readonly ExtractionNote[];
}

/** Nouns that say what is counted, singular and plural. */
const UNIT_NOUNS: Readonly<Record<string, CountUnit>> = Object.fromEntries([
  ...nouns('aircraft', [
    'aircraft',
    'plane',
    'airplane',
    'warplane',
    'jet',
    'fighter',
    'bomber',
    'drone',
    'helicopter',
    'sortie',
    'uav',
  ]),
  ...nouns('ships', [
    'ship',
    'warship',
    'vessel',
    'boat',
    'destroyer',
    'frigate',
    'corvette',
    'cruiser',
    'submarine',
    'carrier',
  ]),
  ...nouns('troops', ['troop', 'soldier', 'marine', 'sailor', 'servicemember']),
  ['personnel', 'troops'],
]);

/** Words that end the noun phrase after a number: a unit must come before them. */
const STOP_WORDS = new Set(
  'of which whom the a an and or but in on at to into from by with that this these those were was had have has are is been be would will could as for than per each its their his her who while after before near around off over through across'.split(
    ' ',
  ),
);

const QUALIFIERS: readonly [RegExp, CountQualifier | undefined][] = [
  [/\b(?:nearly|almost)\s+$/i, 'nearly'],
  [/\b(?:about|around|some|roughly|approximately|an estimated)\s+$/i, 'about'],
  [/\bat least\s+$/i, 'at least'],
  [/\b(?:more than|over)\s+$/i, 'more than'],
  [/\b(?:exactly|precisely)\s+$/i, 'exactly'],
  [/\b(?:up to|fewer than|less than|as many as|under|at most)\s+$/i, undefined],
];

const FRACTION =
  /\b(?:(?:about|nearly|almost|around|roughly|more than|less than|over|some)\s+)?(?:half|a third|one[- ]third|two[- ]thirds|a quarter|one[- ]quarter|three[- ]quarters|\d+(?:\.\d+)?\s?(?:%|percent\b|per cent\b))/gi;

/**
 * Find the figures of aircraft, ships and troops in a sentence: a number (digits or words, as
 * compromise reads them) followed within a few words by a unit noun ("54 Chinese aircraft",
 * "four warships", "Nearly 18,000 troops"), with the qualifier before it kept ("nearly",
 * "about", "at least", "more than"). The basis is the number's words as written, and the value
 * is what `countBasisValue` says they say, so the model's checks accept every count made here.
 * Figures the model cannot check ("one hundred and twenty aircraft"), qualifiers outside our
 * vocabulary ("up to 20 aircraft"), parts of a figure ("four of which") and fractions ("about
 * half") are reported as notes, not counts.
 *
 * @example
 * extractCounts('Nearly 18,000 troops take part.').counts[0]?.count
 * // → { unit: 'troops', value: 18000, qualifier: 'nearly', basis: '18,000', what: 'troops' }
 */
export function extractCounts(text: string): CountExtraction {
  const counts: CountFinding[] = [];
  const notes: ExtractionNote[] = [];
  const note = (start: number, end: number, reason: string) =>
    notes.push({ start, end, words: text.slice(start, end), reason });

  for (const m of text.matchAll(FRACTION))
    note(m.index, m.index + m[0].length, 'a fraction, not a count');

  const numbers: { start: number; end: number; said: number | undefined }[] = [];
  for (const n of nlp(text).numbers().json({ offset: true }) as CompromiseNumber[]) {
    const start = n.offset.start;
    let end = start + n.offset.length;
    while (end > start && !/[\p{L}\p{N}]/u.test(text[end - 1]!)) end--;
    if (end > start) numbers.push({ start, end, said: n.number?.num });
  }
  for (const m of text.matchAll(/\b(?:a )?dozen\b/gi)) {
    const start = m.index + m[0].length - 'dozen'.length;
    if (!numbers.some((n) => n.start < start + 5 && start < n.end))
      numbers.push({ start, end: start + 5, said: 12 });
  }

  for (const { start, end, said } of numbers.sort((a, b) => a.start - b.start)) {
    const basis = text.slice(start, end);
    if (/(?:\d(?:st|nd|rd|th)|first|second|third|th)$/i.test(basis)) continue;
    const after = text.slice(end);
    if (/^\s*(?:%|percent\b|per cent\b)/i.test(after)) continue;
    const part =
      /^\s+of\s+(?:which|them|these|those)\b/i.exec(after) ?? /^\s+of\s+the\b/i.exec(after);
    if (part && (!/the$/i.test(part[0]) || unitAfter(text, end + part[0].length))) {
      note(start, end + part[0].length, 'part of a figure already given, not a separate count');
      continue;
    }
    const unit = unitAfter(text, end);
    if (!unit) continue;
    const phraseEnd = unit.end;
    const value = countBasisValue(basis);
    if (value === undefined) {
      note(
        start,
        phraseEnd,
        `the model's countBasisValue cannot read "${basis}"${said === undefined ? '' : ` (compromise reads ${said})`}, so it is not stored as a count`,
      );
      continue;
    }
    const before = text.slice(0, basis.toLowerCase() === 'dozen' ? start - 2 : start);
    const q = QUALIFIERS.find(([re]) => re.test(before));
    if (q && q[1] === undefined) {
      const words = /(\S+\s+\S+|\S+)\s+$/.exec(before)?.[1] ?? '';
      note(
        start - (before.length - before.trimEnd().length) - words.length,
        phraseEnd,
        `the qualifier "${words}" is not in our vocabulary (COUNT_QUALIFIERS), so the figure is not stored as a count`,
      );
      continue;
    }
    counts.push({
      start,
      end,
      count: {
        unit: unit.unit,
        value,
        ...(q?.[1] ? { qualifier: q[1] } : {}),
        basis,
        what: text.slice(end, phraseEnd).trim(),
      },
    });
  }
  return { counts, notes };
}

interface CompromiseNumber {
  readonly offset: { readonly start: number; readonly length: number };
  readonly number?: { readonly num?: number };
}

/** The unit noun ending the noun phrase that starts at `from`, within five words. */
function unitAfter(text: string, from: number): { unit: CountUnit; end: number } | undefined {
  let found: { unit: CountUnit; end: number } | undefined;
  let at = from;
  for (let words = 0; words < 5; words++) {
    const m = /^\s+([\p{L}\p{N}][\p{L}\p{N}’'-]*)/u.exec(text.slice(at));
    if (!m) break;
    const word = m[1]!.replace(/[’']s$/, '').toLowerCase();
    if (STOP_WORDS.has(word) || (/\d/.test(word) && !/^\p{L}+-?\d+\p{L}?$/u.test(m[1]!))) break;
    at += m[0].length;
    const unit = UNIT_NOUNS[word];
    if (unit) found = { unit, end: at };
    else if (found) break;
    // A comma, full stop or bracket ends the phrase.
    if (/^[,.;:()!?]/.test(text.slice(at))) break;
  }
  if (found?.unit === 'aircraft') {
    // "11 sorties of PLA aircraft": the complement says what the sorties were.
    const of =
      /^\s+of\s+(?:[\p{L}’'-]+\s+){0,3}?(?:aircraft|planes|jets|fighters|bombers|drones)\b/u.exec(
        text.slice(found.end),
      );
    if (of) found = { unit: 'aircraft', end: found.end + of[0].length };
  }
  return found;
}

function nouns(unit: CountUnit, singulars: readonly string[]): [string, CountUnit][] {
  return singulars.flatMap((s) => [
    [s, unit],
    [s.endsWith('craft') ? s : `${s}s`, unit],
  ]);
}
