import { wordSpans } from './search-terms';

/**
 * A short piece of a document's text around what matched, and the matched words in it. The
 * text is the document's own characters (`text === whole.slice(from, from + text.length)`);
 * whether it was cut is said by `cutBefore` / `cutAfter`, drawn as "…" by the view.
 */
export interface Snippet {
  readonly text: string;
  /** Where `text` starts in the document's text. */
  readonly from: number;
  /** The matched words, as `[start, end)` offsets in `text`, in order. */
  readonly marks: readonly (readonly [number, number])[];
  readonly cutBefore: boolean;
  readonly cutAfter: boolean;
}

/** One run of a snippet's text, marked or not, for a view to render as text. */
export interface SnippetPart {
  readonly text: string;
  readonly marked: boolean;
}

/**
 * The piece of `text` (about `width` characters) around the first word that is one of `terms`
 * (folded terms, as the index matched them), with every such word in it marked. Cuts fall
 * between words. Without a match it is the text's start.
 *
 * @example
 * searchSnippet('The USS Milius sailed through the Taiwan Strait.', new Set(['milius']), 30)
 * // → { text: 'The USS Milius sailed through', from: 0, marks: [[8, 14]], cutBefore: false, cutAfter: true }
 */
export function searchSnippet(text: string, terms: ReadonlySet<string>, width = 140): Snippet {
  const words = wordSpans(text);
  const matched = words.filter((w) => terms.has(w.term));
  const first = matched[0];
  let from = 0;
  if (first && first.end > width * 0.6) {
    // Some context before the match, starting at a word.
    const lead = Math.max(0, first.start - Math.round(width * 0.3));
    from = words.find((w) => w.start >= lead)?.start ?? first.start;
  }
  let to = Math.min(text.length, from + width);
  if (to < text.length) {
    // End after the last whole word that fits (or at the cut when one word is longer).
    const last = words.filter((w) => w.end <= to && w.start >= from).at(-1);
    if (last && last.end > from) to = last.end;
  }
  const marks = matched
    .filter((w) => w.start >= from && w.end <= to)
    .map((w) => [w.start - from, w.end - from] as const);
  return {
    text: text.slice(from, to),
    from,
    marks,
    cutBefore: from > 0,
    cutAfter: to < text.length,
  };
}

/**
 * A snippet as runs of plain and marked text, in order, for a view to render as text.
 *
 * @example
 * snippetParts({ text: 'USS Milius', from: 0, marks: [[4, 10]], cutBefore: false, cutAfter: false })
 * // → [{ text: 'USS ', marked: false }, { text: 'Milius', marked: true }]
 */
export function snippetParts(snippet: Snippet): SnippetPart[] {
  const parts: SnippetPart[] = [];
  let at = 0;
  for (const [start, end] of snippet.marks) {
    if (start > at) parts.push({ text: snippet.text.slice(at, start), marked: false });
    parts.push({ text: snippet.text.slice(start, end), marked: true });
    at = end;
  }
  if (at < snippet.text.length) parts.push({ text: snippet.text.slice(at), marked: false });
  return parts;
}
