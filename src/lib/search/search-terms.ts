/** A word as the search sees it: letters and digits in any script. */
const WORD = /[\p{L}\p{N}]+/gu;

/**
 * A term without case or accents, so "Milius", "milius" and "Mílius" are one term.
 *
 * @example
 * foldTerm('Tsai Íng') // → 'tsai ing'
 */
export function foldTerm(term: string): string {
  return term.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

/** One word of a text, with its offsets in that text (UTF-16 code units). */
export interface WordSpan {
  readonly start: number;
  readonly end: number;
  /** The word folded (`foldTerm`). */
  readonly term: string;
}

/**
 * The words of a text with their offsets, for the index's tokenizer and the snippets' marks.
 *
 * @example
 * wordSpans('USS Milius’s transit') // → [{ start: 0, end: 3, term: 'uss' }, { start: 4, end: 10, term: 'milius' }, …]
 */
export function wordSpans(text: string): WordSpan[] {
  const spans: WordSpan[] = [];
  for (const m of text.matchAll(WORD))
    spans.push({ start: m.index, end: m.index + m[0].length, term: foldTerm(m[0]) });
  return spans;
}

/**
 * The words of a text, unfolded (the index folds them with `foldTerm`).
 *
 * @example
 * searchWords('Taiwan’s ADIZ, 54') // → ['Taiwan', 's', 'ADIZ', '54']
 */
export function searchWords(text: string): string[] {
  return text.match(WORD) ?? [];
}
