import { isProbablyReaderable, Readability } from '@mozilla/readability';
import { decodePage } from './decode-page';
import { articleText } from './article-text';
import { type PageMetadata, pageMetadata } from './page-metadata';

/** A page read into a source: its article's text, what it says about itself, its encoding. */
export type ReadPage =
  | {
      readonly ok: true;
      /** The article's text, as articleText() makes it: what the source stores. */
      readonly text: string;
      readonly metadata: PageMetadata;
      /** The encoding the bytes were decoded in (e.g. "UTF-8", "Big5"). */
      readonly encoding: string;
    }
  | { readonly ok: false; readonly reason: string };

/** Turns HTML into a Document that runs no script and loads nothing (DOMParser; parse5 into linkedom in Node). */
export type ParseHtml = (html: string, pageUrl?: string) => Document;

const NO_ARTICLE = 'has no article (no paragraph of text outside navigation, menus and footers)';

/** Tags one of which any HTML page has; a file with none of them is not a page. */
const HTML_TAG = /<(?:!doctype\s+html|html|head|body|title|meta|p|div|article)[\s>/]/i;

/**
 * A saved or fetched page's bytes → its article's text (Mozilla's Readability, Firefox's Reader
 * View, over a Document parsed by `parse`, which must run no script) and its metadata with where
 * each field came from (read before Readability changes the Document). Refused with a reason:
 * bytes not valid in the declared encoding, a file that is not HTML, no article found, an
 * empty article. `transportCharset` is the HTTP Content-Type's charset, when fetched;
 * `pageUrl` the address it was fetched from (relative links are read against it).
 *
 * @example
 * const page = readPage(bytes, (html) => new DOMParser().parseFromString(html, 'text/html'));
 * if (page.ok) page.metadata.published // → { value: '2023-04-15', from: 'article:published_time' }
 */
export function readPage(
  bytes: Uint8Array,
  parse: ParseHtml,
  options: { readonly transportCharset?: string; readonly pageUrl?: string } = {},
): ReadPage {
  if (bytes.every((b) => b <= 0x20)) return { ok: false, reason: 'is empty' };
  const decoded = decodePage(bytes, options.transportCharset);
  // Bytes that are not HTML are said to be so, before (or rather than) a wrong encoding.
  const html = decoded.ok ? decoded.html : new TextDecoder('latin1').decode(bytes);
  if (html.includes('\0') || !HTML_TAG.test(html))
    return { ok: false, reason: 'is not an HTML page (no <html>, <head>, <body> or <p> in it)' };
  if (!decoded.ok) return decoded;
  const document = parse(decoded.html, options.pageUrl);
  const metadata = pageMetadata(document, options.pageUrl);
  // Readability falls back on whatever text there is (a menu, a footer): a page with no
  // paragraph of more than 40 characters outside what looks like navigation has no article.
  if (!isProbablyReaderable(document, { minContentLength: 40, minScore: 0 }))
    return { ok: false, reason: NO_ARTICLE };
  // JSON-LD is read above; Readability is told not to, and keeps only the article's element.
  const article = new Readability<Element>(document, {
    disableJSONLD: true,
    serializer: (node) => node as Element,
  }).parse();
  if (!article?.content) return { ok: false, reason: NO_ARTICLE };
  const text = articleText(article.content);
  if (text.trim() === '') return { ok: false, reason: 'has an article with no text' };
  return { ok: true, text, metadata, encoding: decoded.encoding };
}
