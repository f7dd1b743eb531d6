import { foldTerm, searchWords } from './search-terms';

/** One word of a query as the index looks it up. */
export interface QueryTerm {
  /** The word folded (`foldTerm`). */
  readonly term: string;
  /** Whether longer words that start with it match too (the word being typed). */
  readonly prefix: boolean;
  /** How many letters off a word may be and still match (0: none). */
  readonly fuzzy: number;
}

/** Fewest letters of the longest word for a query to be searched at all. */
export const MIN_QUERY_LETTERS = 2;

/** Fewest letters of a word for it to match one letter off. */
export const FUZZY_FROM = 5;

/**
 * The words of a query as the index looks them up: every word must match. The word being typed
 * (the last, while the query does not end in a space or a mark) is a prefix: from two letters
 * when it is alone, from one after other words ("aircraft t" finds aircraft by Taiwan). Words of
 * five letters or more also match one letter off ("milus" finds Milius). A query whose words
 * are all single letters is not searched (it would match most of the index and say little):
 * that gives no terms.
 *
 * @example
 * queryTerms('aircraft tai') // → [{ term: 'aircraft', prefix: false, fuzzy: 1 }, { term: 'tai', prefix: true, fuzzy: 0 }]
 * queryTerms('Mílius ') // → [{ term: 'milius', prefix: false, fuzzy: 1 }]
 * queryTerms('a') // → []
 */
export function queryTerms(query: string): QueryTerm[] {
  const words = searchWords(query);
  if (!words.some((word) => word.length >= MIN_QUERY_LETTERS)) return [];
  const typing = /[\p{L}\p{N}]$/u.test(query);
  const last = words.length - 1;
  return words.map((word, i) => {
    const term = foldTerm(word);
    return {
      term,
      prefix: typing && i === last && (term.length >= MIN_QUERY_LETTERS || words.length > 1),
      fuzzy: term.length >= FUZZY_FROM ? 1 : 0,
    };
  });
}
