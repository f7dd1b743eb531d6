/** A quote shown inside its paragraph: the text before it, the quote, the text after it. */
export interface QuoteInParagraph {
  readonly before: string;
  readonly quote: string;
  readonly after: string;
  /** Offset of the paragraph's first character in the source text. */
  readonly paragraphStart: number;
}

/**
 * Cut the paragraph (text between blank lines or line breaks) that holds `start`–`end` into the
 * parts before, inside and after the quote, with the source's characters untouched. A quote that
 * spans paragraphs widens the context to all of them.
 *
 * @example
 * quoteInParagraph('A.\n\nOne two three.\n\nB.', 8, 11)
 * // → { before: 'One ', quote: 'two', after: ' three.', paragraphStart: 4 }
 */
export function quoteInParagraph(text: string, start: number, end: number): QuoteInParagraph {
  const paragraphStart = text.lastIndexOf('\n', start - 1) + 1;
  const nextBreak = text.indexOf('\n', end);
  const paragraphEnd = nextBreak < 0 ? text.length : nextBreak;
  return {
    before: text.slice(paragraphStart, start),
    quote: text.slice(start, end),
    after: text.slice(end, paragraphEnd),
    paragraphStart,
  };
}
