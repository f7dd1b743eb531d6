import type { QuoteCitation } from '../model/quote-citation';

/**
 * Put a citation on the clipboard as plain text and as Markdown where the browser takes both
 * (`text/markdown`, or Chromium's custom `web text/markdown`), else as plain text only.
 * Resolves with what was written; rejects when the clipboard refuses (no permission).
 *
 * @example
 * await writeCitation(quoteCitation(quote, source.meta)); // → 'plain and markdown'
 */
export async function writeCitation(
  citation: QuoteCitation,
  clipboard: Clipboard = navigator.clipboard,
): Promise<'plain and markdown' | 'plain'> {
  const markdownType =
    typeof ClipboardItem === 'undefined'
      ? undefined
      : ['text/markdown', 'web text/markdown'].find((type) => ClipboardItem.supports?.(type));
  if (markdownType) {
    await clipboard.write([
      new ClipboardItem({
        'text/plain': new Blob([citation.plain], { type: 'text/plain' }),
        [markdownType]: new Blob([citation.markdown], { type: 'text/markdown' }),
      }),
    ]);
    return 'plain and markdown';
  }
  await clipboard.writeText(citation.plain);
  return 'plain';
}
