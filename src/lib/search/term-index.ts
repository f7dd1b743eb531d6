import SearchableMap from 'minisearch/SearchableMap';
import type { QueryTerm } from './search-query';
import { foldTerm, searchWords } from './search-terms';

/** BM25+ as MiniSearch scores by default (k, b, d), and its weights of a prefix and a fuzzy match. */
const K = 1.2;
const B = 0.7;
const D = 0.5;
const PREFIX_WEIGHT = 0.375;
const FUZZY_WEIGHT = 0.45;

/** The documents holding one term in one field, in the order they were added, with how often. */
interface Postings {
  readonly slots: number[];
  readonly counts: number[];
  /** How many documents still held hold the term in this field (removed ones stay in `slots` until compacted). */
  df: number;
}

/** One posting list a query term is looked up in, and the weight of the way it matched. */
interface Lookup {
  readonly postings: Postings;
  readonly field: number;
  readonly weight: number;
}

/** A document found, by the slot `add` gave it, and its score. */
export interface RankedSlot {
  readonly slot: number;
  readonly score: number;
}

/** What `TermIndex.search` finds: the best of each group, how many each holds, the words matched. */
export interface RankedGroups {
  /** Per group, best first (equal scores in the order added), at most `perGroup`. */
  readonly top: readonly (readonly RankedSlot[])[];
  /** Per group, how many documents match. */
  readonly totals: readonly number[];
  /** Every word of the index the query matched (exactly, as a prefix or one letter off), folded. */
  readonly matched: ReadonlySet<string>;
}

/**
 * An inverted index that ranks every matching document and keeps only the best few of each
 * group. Its words live in MiniSearch's `SearchableMap` (a radix tree with prefix and fuzzy
 * look-ups), its posting lists in plain arrays, and a query is scored in one pass over them
 * into typed arrays, BM25+ with MiniSearch's parameters and weights. MiniSearch itself scores
 * as well but makes an object for every match and sorts them all (it has no top-k:
 * lucaong/minisearch#148): a word half of 200,000 documents hold took it 0.2–2 s, and takes
 * this a few milliseconds.
 *
 * Each document has fields (texts, each with its boost) and a group (a number below
 * `groups`). Every query term must match (AND); the term held by the fewest documents is
 * looked up first, and a document that missed a term is not scored for the next ones.
 *
 * @example
 * const index = new TermIndex([2, 1], 2);
 * index.add(['USS Milius', 'naval transit'], 0);
 * index.search([{ term: 'mil', prefix: true, fuzzy: 0 }], 6).top[0] // → [{ slot: 0, score: … }]
 */
export class TermIndex {
  readonly #boosts: readonly number[];
  readonly #groups: number;
  readonly #words = new SearchableMap<(Postings | undefined)[]>();
  /** Per field, each slot's length in distinct words, and their sum over the documents held. */
  readonly #lengths: number[][];
  readonly #lengthSums: number[];
  /** Per slot: its group, or -1 once removed. */
  readonly #groupOf: number[] = [];
  #held = 0;
  #removed = 0;
  /** Per slot, while a query runs: how many of its terms matched so far, and the score. */
  #matchedTerms = new Int32Array(0);
  #scores = new Float64Array(0);
  /** The slots the first term matched, while a query runs. */
  #candidates = new Int32Array(0);

  constructor(boosts: readonly number[], groups: number) {
    this.#boosts = boosts;
    this.#groups = groups;
    this.#lengths = boosts.map(() => []);
    this.#lengthSums = boosts.map(() => 0);
  }

  /** How many documents the index holds. */
  get size(): number {
    return this.#held;
  }

  /** Add a document (its fields' texts, in the order of the boosts); returns its slot. */
  add(fields: readonly string[], group: number): number {
    const slot = this.#groupOf.length;
    this.#groupOf.push(group);
    this.#held += 1;
    fields.forEach((text, field) => {
      const counts = wordCounts(text);
      this.#lengths[field]!.push(counts.size);
      this.#lengthSums[field]! += counts.size;
      for (const [word, count] of counts) {
        const byField = this.#words.fetch(word, () => []);
        const postings = (byField[field] ??= { slots: [], counts: [], df: 0 });
        postings.slots.push(slot);
        postings.counts.push(count);
        postings.df += 1;
      }
    });
    return slot;
  }

  /** Remove a document by its slot and the same fields it was added with. */
  remove(slot: number, fields: readonly string[]): void {
    if (this.#groupOf[slot] === undefined || this.#groupOf[slot] < 0) return;
    this.#groupOf[slot] = -1;
    this.#held -= 1;
    this.#removed += 1;
    fields.forEach((text, field) => {
      const counts = wordCounts(text);
      this.#lengthSums[field]! -= counts.size;
      for (const word of counts.keys()) {
        const byField = this.#words.get(word);
        if (!byField?.[field]) continue;
        byField[field].df -= 1;
        if (byField.every((p) => !p || p.df === 0)) this.#words.delete(word);
      }
    });
    // Removed slots are skipped when scoring; once they outnumber the rest, they are dropped.
    if (this.#removed > 1000 && this.#removed > this.#held) this.#compact();
  }

  /**
   * The documents matching every term, ranked: the best `perGroup` of each group and how many
   * each group holds. No terms finds nothing.
   */
  search(terms: readonly QueryTerm[], perGroup: number): RankedGroups {
    const top: RankedSlot[][] = Array.from({ length: this.#groups }, () => []);
    const totals = new Array<number>(this.#groups).fill(0);
    const matched = new Set<string>();
    if (terms.length === 0 || this.#held === 0) return { top, totals, matched };
    const lookups = terms
      .map((term) => this.#lookups(term, matched))
      .sort((a, b) => cost(a) - cost(b));
    const slotCount = this.#groupOf.length;
    if (this.#scores.length < slotCount) {
      const length = Math.max(slotCount, this.#scores.length * 2, 1024);
      this.#scores = new Float64Array(length);
      this.#matchedTerms = new Int32Array(length);
      this.#candidates = new Int32Array(length);
    }
    const matchedTerms = this.#matchedTerms;
    const scores = this.#scores;
    const groupOf = this.#groupOf;
    const candidates = this.#candidates;
    let candidateCount = 0;
    for (let i = 0; i < lookups.length; i++)
      for (const { postings, field, weight } of lookups[i]!) {
        const { slots, counts, df } = postings;
        const idf = Math.log(1 + (this.#held - df + 0.5) / (df + 0.5));
        const w = weight * this.#boosts[field]! * idf;
        const lengths = this.#lengths[field]!;
        const average = this.#lengthSums[field]! / this.#held || 1;
        for (let j = 0; j < slots.length; j++) {
          const slot = slots[j]!;
          const seen = matchedTerms[slot]!;
          if (seen === i) {
            // The first look-up of this term to find the slot (for the first term, its first
            // match at all: a candidate).
            if (i === 0) {
              candidates[candidateCount++] = slot;
              scores[slot] = 0;
            }
            matchedTerms[slot] = i + 1;
          } else if (seen !== i + 1) continue;
          const count = counts[j]!;
          scores[slot]! +=
            w * (D + (count * (K + 1)) / (count + K * (1 - B + (B * lengths[slot]!) / average)));
        }
      }
    for (let c = 0; c < candidateCount; c++) {
      const slot = candidates[c]!;
      // A removed slot stays in the posting lists until they are compacted: it is not a result.
      if (matchedTerms[slot] === lookups.length && groupOf[slot]! >= 0) {
        const group = groupOf[slot]!;
        totals[group]! += 1;
        insertRanked(top[group]!, slot, scores[slot]!, perGroup);
      }
      matchedTerms[slot] = 0;
    }
    return { top, totals, matched };
  }

  /** The posting lists a query term reads: the word itself, its prefixes, one letter off. */
  #lookups({ term, prefix, fuzzy }: QueryTerm, matched: Set<string>): Lookup[] {
    const lookups: Lookup[] = [];
    const use = (word: string, byField: readonly (Postings | undefined)[], weight: number) => {
      matched.add(word);
      byField.forEach((postings, field) => {
        if (postings && postings.df > 0) lookups.push({ postings, field, weight });
      });
    };
    const exact = this.#words.get(term);
    if (exact) use(term, exact, 1);
    if (prefix)
      for (const [word, byField] of this.#words.atPrefix(term)) {
        const distance = word.length - term.length;
        // The weight falls slowly with each letter more, as MiniSearch's.
        if (distance > 0)
          use(word, byField, (PREFIX_WEIGHT * word.length) / (word.length + 0.3 * distance));
      }
    if (fuzzy > 0)
      for (const [word, [byField, distance]] of this.#words.fuzzyGet(term, fuzzy))
        if (distance > 0 && !(prefix && word.startsWith(term)))
          use(word, byField, (FUZZY_WEIGHT * word.length) / (word.length + distance));
    return lookups;
  }

  /** Drop removed slots from every posting list. */
  #compact(): void {
    for (const [, byField] of this.#words)
      byField.forEach((postings, field) => {
        if (!postings) return;
        const kept: Postings = { slots: [], counts: [], df: postings.df };
        postings.slots.forEach((slot, j) => {
          if (this.#groupOf[slot]! >= 0) {
            kept.slots.push(slot);
            kept.counts.push(postings.counts[j]!);
          }
        });
        byField[field] = kept;
      });
    this.#removed = 0;
  }
}

/** How many postings a term's look-ups read: the cheapest term goes first. */
function cost(lookups: readonly Lookup[]): number {
  let n = 0;
  for (const { postings } of lookups) n += postings.slots.length;
  return n;
}

/** Each distinct word of a text, folded, and how often it occurs. */
function wordCounts(text: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const word of searchWords(text)) {
    const term = foldTerm(word);
    counts.set(term, (counts.get(term) ?? 0) + 1);
  }
  return counts;
}

/** Put a slot into a list kept best first and at most `limit` long (ties: the earlier slot first). */
function insertRanked(list: RankedSlot[], slot: number, score: number, limit: number): void {
  let at = list.length;
  while (at > 0) {
    const before = list[at - 1]!;
    if (before.score > score || (before.score === score && before.slot < slot)) break;
    at -= 1;
  }
  if (at >= limit) return;
  list.splice(at, 0, { slot, score });
  if (list.length > limit) list.pop();
}
