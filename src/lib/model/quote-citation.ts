import type { SourceMeta } from './schema';

/** A quote with its source, ready for the clipboard: as plain text and as Markdown. */
export interface QuoteCitation {
  readonly plain: string;
  readonly markdown: string;
}

/** Characters Markdown would read as markup, escaped so the rendered quote is the source's text. */
const MARKDOWN_SPECIAL = /[\\`*_[\]<>#|~]/g;

/**
 * A quote cited with its source: the quote verbatim, the outlet, the title, the publication
 * date, the URL (when the source has one) and the quote's character offsets in the source text.
 * The plain text keeps the quote's characters as they are; the Markdown puts it in a blockquote
 * with Markdown's own characters escaped, so it renders as the source wrote it.
 *
 * @example
 * quoteCitation({ text: 'four Chinese warships', start: 120, end: 141 }, meta).plain
 * // → '“four Chinese warships”\n— Daily Mail, “Chinese warships …”, 2023-04-17, https://…, characters 120–141'
 */
export function quoteCitation(
  quote: { readonly text: string; readonly start: number; readonly end: number },
  meta: Pick<SourceMeta, 'outlet' | 'title' | 'published' | 'url'>,
): QuoteCitation {
  const offsets = `characters ${quote.start}–${quote.end}`;
  const plain = [
    `“${quote.text}”`,
    `— ${[meta.outlet, `“${meta.title}”`, meta.published, meta.url, offsets].filter(Boolean).join(', ')}`,
  ].join('\n');
  const escaped = (text: string) => text.replace(MARKDOWN_SPECIAL, (c) => `\\${c}`);
  const title = meta.url ? `[“${escaped(meta.title)}”](<${meta.url}>)` : `“${escaped(meta.title)}”`;
  const markdown = [
    ...escaped(quote.text)
      .split('\n')
      .map((line) => (line ? `> ${line}` : '>')),
    '',
    `— ${escaped(meta.outlet)}, ${title}, ${meta.published}, ${offsets}`,
  ].join('\n');
  return { plain, markdown };
}
