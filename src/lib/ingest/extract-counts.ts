import nlp from 'compromise';
import { claimSince } from '../model/claim-since';
import { countBasisValue } from '../model/count-basis-value';
import type { Count } from '../model/schema';
import type { CountQualifier, CountUnit } from '../model/vocabulary';
import { measureCue, medianOrAdizWords, saysReportWindow } from './measure-cue';
import type { ExtractionNote } from './extraction-note';

/** A figure found in a text: where its number words are, and the count they make. */
export interface CountFinding {
  /** Offsets of `count.basis` in the text given. */
  readonly start: number;
  readonly end: number;
  /**
   * The count without its quote index, which the caller knows. Its measure, when the words say
   * one, lacks `of` and `dated`: those are the incident's to settle (`draftCounts`).
   */
  readonly count: Omit<Count, 'quote'>;
  /**
   * A part of another figure ("four of which", "7 of the aircraft", "Of those aircraft, 54",
   * "111 out of 153 aircraft"): `wholeStart`, where the figure it is part of starts in the text;
   * `value`, the whole's value where the words say it; neither, the latest figure of the unit
   * before it that is at least as large.
   */
  readonly part?: { readonly wholeStart?: number; readonly value?: number };
  /** The whole said again in "111 out of 153 aircraft": dropped when the incident has it already. */
  readonly repeats?: true;
}

export interface CountExtraction {
  readonly counts: readonly CountFinding[];
  readonly notes: readonly ExtractionNote[];
  /**
   * The text dates its figures by MND's reporting window ("up until 6 a.m. (UTC+8) today", "in
   * the 24 hours to 6 a.m."): they are a report's, not a day's activity.
   */
  readonly reportWindow: boolean;
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
    'helicopter',
    'sortie',
  ]),
  ...nouns('drones', ['drone', 'uav']),
  ...nouns('balloons', ['balloon']),
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

const UNITS = 'one|two|three|four|five|six|seven|eight|nine';
const NUMBER_WORD = new RegExp(
  `\\b(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:-(?:${UNITS}))?|${UNITS}|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)\\b`,
  'gi',
);

const FRACTION =
  /\b(?:(?:about|nearly|almost|around|roughly|more than|less than|over|some)\s+)?(?:half|a third|one[- ]third|two[- ]thirds|a quarter|one[- ]quarter|three[- ]quarters|\d+(?:\.\d+)?\s?(?:%|percent\b|per cent\b))/gi;

/**
 * Find the figures of aircraft, ships and troops in a sentence: a number (digits or words, as
 * compromise reads them) followed within a few words by a unit noun ("54 Chinese aircraft",
 * "four warships", "Nearly 18,000 troops"), with the qualifier before it kept ("nearly",
 * "about", "at least", "more than"). The basis is the number's words as written, and the value
 * is what `countBasisValue` says they say, so the model's checks accept every count made here.
 * Each count says what it counts (`measureCue`) where the words do: aircraft detected, aircraft
 * that crossed the median line or entered the ADIZ (with the regions named), PLA Navy vessels,
 * official or coast guard ships, troops taking part. A part of a figure ("four of which crossed
 * the median line", "Ninety of the aircraft …", "111 out of 153 aircraft …") is a count when its
 * words say what it counts, marked as a part; "the highest … since October 2021" becomes the
 * figure's claim. Figures the model cannot check ("one hundred and twenty aircraft"),
 * qualifiers outside our vocabulary ("up to 20 aircraft"), parts that say no measure ("four of
 * which were bombers") and fractions ("about half") are reported as notes, not counts.
 *
 * @example
 * extractCounts('Nearly 18,000 troops take part.').counts[0]?.count
 * // → { unit: 'troops', value: 18000, qualifier: 'nearly', basis: '18,000', what: 'troops', measure: { kind: 'troops-taking-part', words: 'take part' } }
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
    // compromise reads "7 out of 12" as one number (a ratio): it is a part and its whole.
    const outOf = /^(.+?)(\s+out\s+of\s+)(.+)$/i.exec(text.slice(start, end));
    if (outOf) {
      const wholeStart = start + outOf[1]!.length + outOf[2]!.length;
      numbers.push({ start, end: start + outOf[1]!.length, said: undefined });
      numbers.push({ start: wholeStart, end, said: undefined });
    } else if (end > start) numbers.push({ start, end, said: n.number?.num });
  }
  // Number words compromise leaves out (it reads no "Ninety" after "6 a.m."), when the model's
  // countBasisValue reads them; a unit or a part's words must still follow to make a count.
  for (const m of text.matchAll(NUMBER_WORD)) {
    const start = m.index;
    const end = start + m[0].length;
    if (!numbers.some((n) => n.start < end && start < n.end))
      numbers.push({ start, end, said: countBasisValue(m[0]) });
  }
  for (const m of text.matchAll(/\b(?:a )?dozen\b/gi)) {
    const start = m.index + m[0].length - 'dozen'.length;
    if (!numbers.some((n) => n.start < start + 5 && start < n.end))
      numbers.push({ start, end: start + 5, said: 12 });
  }

  const sorted = numbers.sort((a, b) => a.start - b.start);
  // Wholes said again after a part ("111 out of 153 aircraft"), by where their number starts.
  const repeated = new Set<number>();
  for (const { start, end, said } of sorted) {
    const basis = text.slice(start, end);
    if (/(?:\d(?:st|nd|rd|th)|first|second|third|th)$/i.test(basis)) continue;
    const after = text.slice(end);
    if (/^\s*(?:%|percent\b|per cent\b)/i.test(after)) continue;
    const part = partOf(text, start, end, sorted, counts);
    if (part) {
      const value = countBasisValue(basis);
      const measure = measureCue(part.unit, part.what, text.slice(part.end), text, { part: true });
      if (!measure || value === undefined || part.unresolved) {
        note(start, part.noteEnd, 'part of a figure already given, not a separate count');
        continue;
      }
      if (part.repeats !== undefined) repeated.add(part.repeats);
      counts.push({
        start,
        end,
        count: { unit: part.unit, value, basis, what: part.what, measure },
        part: {
          ...(part.whole !== undefined ? { wholeStart: counts[part.whole]!.start } : {}),
          ...(part.value !== undefined ? { value: part.value } : {}),
        },
      });
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
    const what = text.slice(end, phraseEnd).trim();
    const repeats = repeated.has(start);
    // A whole said again is the figure detected, whatever its part did.
    const measure = measureCue(unit.unit, what, repeats ? '' : text.slice(phraseEnd), text);
    counts.push({
      start,
      end,
      count: {
        unit: unit.unit,
        value,
        ...(q?.[1] ? { qualifier: q[1] } : {}),
        basis,
        what,
        ...(measure ? { measure } : {}),
      },
      ...(repeats ? { repeats: true as const } : {}),
    });
  }
  attachClaim(text, counts);
  return { counts, notes, reportWindow: saysReportWindow(text) };
}

/** A part of a figure, where the words before or after a number say it is one. */
interface PartWords {
  readonly unit: CountUnit;
  readonly what: string;
  /** Where the words after the part's phrase begin (what the part did). */
  readonly end: number;
  /** Where a note on the part would end. */
  readonly noteEnd: number;
  readonly whole?: number;
  readonly value?: number;
  /** The start of the whole's number said again after "out of". */
  readonly repeats?: number;
  /** "of which" with no figure before it to be part of. */
  readonly unresolved?: true;
}

/**
 * Whether the number at `start`–`end` is a part of a figure: "four of which" (of the latest
 * figure before it at least as large), "7 of the aircraft", "Ninety of the aircraft", "Of those
 * aircraft, 54", "111 out of 153 aircraft".
 */
function partOf(
  text: string,
  start: number,
  end: number,
  numbers: readonly { start: number; end: number }[],
  counts: readonly CountFinding[],
): PartWords | undefined {
  const after = text.slice(end);
  const lead = leadingPart(text, start, end, counts);
  if (lead) return lead;
  const which = /^\s+of\s+(?:which|them|these|those)\b/i.exec(after);
  if (which) {
    const value = countBasisValue(text.slice(start, end)) ?? Infinity;
    let whole = counts.length - 1;
    while (whole >= 0 && counts[whole]!.count.value < value) whole--;
    const noteEnd = end + which[0].length;
    if (whole < 0) return { unit: 'aircraft', what: '', end: noteEnd, noteEnd, unresolved: true };
    const of = counts[whole]!.count;
    return { unit: of.unit, what: of.what, end: noteEnd, noteEnd, whole };
  }
  const the = /^\s+of\s+the\b/i.exec(after);
  if (the) {
    const unit = unitAfter(text, end + the[0].length);
    if (!unit) return undefined;
    const what = text.slice(end + the[0].length, unit.end).trim();
    return { unit: unit.unit, what, end: unit.end, noteEnd: end + the[0].length };
  }
  const outOf = /^\s+out\s+of\s+/i.exec(after);
  if (outOf) {
    const whole = numbers.find((n) => n.start === end + outOf[0].length);
    const unit = whole && unitAfter(text, whole.end);
    const value = whole && countBasisValue(text.slice(whole.start, whole.end));
    if (!whole || !unit || value === undefined) return undefined;
    const what = text.slice(whole.end, unit.end).trim();
    return { unit: unit.unit, what, end: unit.end, noteEnd: unit.end, value, repeats: whole.start };
  }
  const those = /\bOf\s+(?:those|these|the)\s+((?:[\p{L}’'-]+\s+){0,2}?[\p{L}’'-]+),\s*$/iu.exec(
    text.slice(0, start),
  );
  const unit = those && unitAfter(` ${those[1]!}`, 0);
  if (those && unit) return { unit: unit.unit, what: those[1]!, end, noteEnd: end };
  return undefined;
}

/**
 * A part announced by the words before it: "(including two sorties crossing the median line of
 * the Strait)", "Out of which, 18 crossed the median line". Its unit is the one after the number,
 * or aircraft when the words after say what aircraft do (crossed the median line, entered the
 * ADIZ); its whole is the latest figure before it of that unit at least as large. A sentence that
 * begins with the words ("Out of which, 18 …") is a part of the sentence before: its whole is
 * found in the incident (`draftCounts`), so it is marked as a part with no whole here.
 */
function leadingPart(
  text: string,
  start: number,
  end: number,
  counts: readonly CountFinding[],
): PartWords | undefined {
  const lead =
    /(?:^|[(,;:]\s*|\s)(including|out of (?:which|these|those|them)|of which|among (?:them|which))[\s,:]*$/i.exec(
      text.slice(0, start),
    );
  if (!lead) return undefined;
  const unit = unitAfter(text, end);
  const from = unit?.end ?? end;
  const crossed = medianOrAdizWords(text.slice(from));
  const of = unit?.unit ?? (crossed ? 'aircraft' : undefined);
  if (!of) return undefined;
  const value = countBasisValue(text.slice(start, end)) ?? Infinity;
  const whole = counts.findLastIndex((c) => c.count.unit === of && c.count.value >= value);
  const what = unit ? text.slice(end, unit.end).trim() : crossed?.trim();
  if (whole >= 0)
    return { unit: of, what: what ?? counts[whole]!.count.what, end: from, noteEnd: from, whole };
  const opensSentence = text.slice(0, lead.index + lead[0].indexOf(lead[1]!)).trim() === '';
  return opensSentence && what ? { unit: of, what, end: from, noteEnd: from } : undefined;
}

/**
 * "the highest number recorded in a single day since October 2021": a claim of the figure
 * before it, checked against the record. Only a claim whose "since" the date rules read.
 */
function attachClaim(text: string, counts: CountFinding[]): void {
  const claim =
    /\bthe (?:highest|largest|biggest|most)\b[^.;]*?\bsince\s+(?:[A-Z][a-z]+\s+(?:\d{1,2},?\s+)?)?\d{4}\b/.exec(
      text,
    );
  if (!claim) return;
  const since = claimSince(claim[0]);
  const at = counts.findLastIndex((c) => c.end <= claim.index && c.count.measure);
  if (!since || at < 0) return;
  const found = counts[at]!;
  counts[at] = {
    ...found,
    count: { ...found.count, claim: { kind: 'highest-since', since, words: claim[0] } },
  };
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
    // "four CCP vessel sorties": a sortie counts the unit named before it, not aircraft.
    if (unit) found = { unit: found && /^sorties?$/.test(word) ? found.unit : unit, end: at };
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
