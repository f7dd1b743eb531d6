import type { SourceQuote } from './schema';

/**
 * Why a quote does not sit verbatim at its offsets in its source text, or `undefined` when it
 * does. When the text occurs elsewhere the reason says where, so a shifted offset is easy to fix.
 *
 * @example
 * quoteIssue({ source: 's', start: 4, end: 9, text: 'quick' }, 'the quick fox') // → undefined
 * quoteIssue({ source: 's', start: 5, end: 10, text: 'quick' }, 'the quick fox')
 * // → 'text is not at 5–10 (found "uick " there); it occurs at 4–9'
 */
export function quoteIssue(quote: SourceQuote, sourceText: string): string | undefined {
  if (quote.end <= quote.start)
    return `end (${quote.end}) must be greater than start (${quote.start})`;
  if (quote.end > sourceText.length) {
    return `end (${quote.end}) is past the end of the source text (${sourceText.length} characters)`;
  }
  const actual = sourceText.slice(quote.start, quote.end);
  if (actual === quote.text) return undefined;
  const found = sourceText.indexOf(quote.text);
  const shown = actual.length > 40 ? `${actual.slice(0, 40)}…` : actual;
  return found < 0
    ? `text is not found verbatim anywhere in the source (at ${quote.start}–${quote.end} the source has "${shown}")`
    : `text is not at ${quote.start}–${quote.end} (found "${shown}" there); it occurs at ${found}–${found + quote.text.length}`;
}
