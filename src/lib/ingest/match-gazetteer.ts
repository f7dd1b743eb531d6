import type { Gazetteer, GazetteerEntry } from './gazetteer-schema';

/** A gazetteer name found in a text, at UTF-16 offsets as `String.prototype.slice` takes them. */
export interface GazetteerMatch {
  readonly start: number;
  readonly end: number;
  /** The words as the text has them. */
  readonly text: string;
  readonly entry: GazetteerEntry;
  readonly via: 'name' | 'alias' | 'demonym';
  /**
   * Preceded by a place preposition ("in", "at", "to", "around", "north of"…, optionally with
   * "the" and a word such as "capital": "north of the capital Taipei") and not a possessive: a
   * name that also stands for an actor is then read as a place ("in Kiev"), not as the actor
   * ("Kiev said", "to China's war games").
   */
  readonly locative: boolean;
  /** Preceded by "from" (optionally "from the"): where something came from, not where it was. */
  readonly origin: boolean;
  /** Found by reading a coordination: "southwestern" in "southwestern and southeastern ADIZ". */
  readonly coordinated: boolean;
}

interface Term {
  readonly term: string;
  readonly key: string;
  readonly entry: GazetteerEntry | undefined;
  readonly via: GazetteerMatch['via'];
  readonly caseSensitive: boolean;
}

const LOCATIVE =
  /(?:^|[^\p{L}])(?:in|at|to|into|onto|near|over|from|around|across|through|off|inside|outside|towards?|within|via|past|between|along|above|beyond|(?:north|south|east|west|north-?east|north-?west|south-?east|south-?west)(?:ern)? of)\s+(?:the\s+)?(?:(?:capital|city|island|port|province|town)(?:\s+of)?\s+)?$/iu;
const COORDINATION = /(\p{L}[\p{L}'-]*)(\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+)$/u;

/**
 * Find the gazetteer's names, aliases and demonyms in a text, longest first: once words are
 * matched, no shorter name can match inside them ("Taiwan Strait" before "Taiwan", "Washington
 * Post" before "Washington"). Names written in capitals ("US", "PLA", "ADIZ") match only in
 * capitals; others ignore case. Curly and straight apostrophes, quotes and dashes are the same.
 * Phrases in the gazetteer's `ignore` list are matched and then dropped, so their parts are not
 * read. A coordination is read back from its head: in "southwestern and southeastern ADIZ",
 * "southeastern ADIZ" matches and "southwestern" is tried as "southwestern ADIZ".
 *
 * @example
 * matchGazetteer('It sailed through the Taiwan Strait.', gazetteer)
 * // → [{ start: 22, end: 35, text: 'Taiwan Strait', via: 'name', locative: true, … }]
 */
export function matchGazetteer(text: string, gazetteer: Gazetteer): GazetteerMatch[] {
  const terms = gazetteerTerms(gazetteer);
  const byKey = new Map(terms.map((t) => [t.key, t]));
  const normal = normalise(text);
  const lower = lowerSameLength(normal);
  const taken = new Uint8Array(text.length);
  const found: { start: number; end: number; term: Term; coordinated: boolean }[] = [];

  for (const term of terms) {
    const haystack = term.caseSensitive ? normal : lower;
    const needle = term.caseSensitive ? normalise(term.term) : term.key;
    for (let at = haystack.indexOf(needle); at >= 0; at = haystack.indexOf(needle, at + 1)) {
      const end = at + needle.length;
      if (!isBoundary(text, at, end) || isTaken(taken, at, end)) continue;
      taken.fill(1, at, end);
      found.push({ start: at, end, term, coordinated: false });
    }
  }

  // Coordinations, read leftwards from each multi-word head already found.
  for (const head of [...found]) {
    const words = normal.slice(head.start, head.end).split(' ');
    if (words.length < 2 || head.term.entry === undefined) continue;
    const rest = words.slice(1).join(' ');
    let left = head.start;
    for (;;) {
      const m = COORDINATION.exec(normal.slice(0, left));
      if (!m) break;
      const wordStart = left - m[0].length;
      const wordEnd = wordStart + m[1]!.length;
      const term = byKey.get(`${m[1]!} ${rest}`.toLowerCase());
      if (!term?.entry || isTaken(taken, wordStart, wordEnd)) break;
      taken.fill(1, wordStart, wordEnd);
      found.push({ start: wordStart, end: wordEnd, term, coordinated: true });
      left = wordStart;
    }
  }

  return found
    .filter((f) => f.term.entry !== undefined)
    .sort((a, b) => a.start - b.start)
    .map((f) => ({
      start: f.start,
      end: f.end,
      text: text.slice(f.start, f.end),
      entry: f.term.entry!,
      via: f.term.via,
      // A possessive is never the place itself: "led to China's war games".
      locative:
        LOCATIVE.test(normal.slice(Math.max(0, f.start - 40), f.start)) &&
        !/^'s\b/.test(normal.slice(f.end)),
      origin: /\bfrom\s+(?:the\s+)?$/i.test(normal.slice(Math.max(0, f.start - 10), f.start)),
      coordinated: f.coordinated,
    }));
}

function gazetteerTerms(gazetteer: Gazetteer): Term[] {
  const terms: Term[] = [];
  const add = (term: string, entry: GazetteerEntry | undefined, via: Term['via']) =>
    terms.push({
      term,
      key: lowerSameLength(normalise(term)),
      entry,
      via,
      caseSensitive: /\p{Lu}/u.test(term) && term === term.toUpperCase(),
    });
  for (const entry of gazetteer.entries) {
    for (const name of entry.names) add(name, entry, 'name');
    for (const alias of entry.aliases ?? []) add(alias, entry, 'alias');
    for (const demonym of entry.demonyms ?? []) add(demonym, entry, 'demonym');
  }
  for (const phrase of gazetteer.ignore ?? []) add(phrase, undefined, 'name');
  // Longest first; equal lengths keep the file's order, so the result never depends on sorting.
  return terms
    .map((t, i) => ({ t, i }))
    .sort((a, b) => b.t.term.length - a.t.term.length || a.i - b.i)
    .map(({ t }) => t);
}

/** One-for-one replacements, so offsets in the normalised text are offsets in the original. */
function normalise(text: string): string {
  return text
    .replace(/[’‘ʼ`]/g, "'")
    .replace(/[“”]/g, '"')
    .replace(/[‐‑–—]/g, '-')
    .replace(/[\u00a0\u2009\u202f]/g, ' ');
}

function lowerSameLength(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const low = text[i]!.toLowerCase();
    out += low.length === 1 ? low : text[i]!;
  }
  return out;
}

const WORD_CHAR = /[\p{L}\p{N}]/u;

function isBoundary(text: string, start: number, end: number): boolean {
  return !WORD_CHAR.test(text[start - 1] ?? ' ') && !WORD_CHAR.test(text[end] ?? ' ');
}

function isTaken(taken: Uint8Array, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (taken[i]) return true;
  return false;
}
