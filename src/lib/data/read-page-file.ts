import { sha256Hex } from '../model/sha256-hex';
import type { ReadPage } from '../page/read-page';

/** A saved page read into a source, and the SHA-256 of the file's bytes. */
export type ReadPageFile = ReadPage & { readonly pageSha256?: string };

/**
 * A saved web page the user chose, read into its article's text and metadata by the page
 * reader (src/lib/page/read-page.ts, with Readability), which loads only now, on the first
 * page. The page is parsed by `DOMParser`: an inert document that runs no script and loads
 * nothing, never inserted into the dashboard's own document.
 *
 * @example
 * const page = await readPageFile(input.files[0]);
 * if (page.ok) page.metadata.title; // → { value: '…', from: 'og:title' }
 */
export async function readPageFile(file: File): Promise<ReadPageFile> {
  const [{ readPage }, buffer] = await Promise.all([
    import('../page/read-page'),
    file.arrayBuffer(),
  ]);
  const bytes = new Uint8Array(buffer);
  const page = readPage(bytes, (html) => new DOMParser().parseFromString(html, 'text/html'));
  return page.ok ? { ...page, pageSha256: await sha256Hex(bytes) } : page;
}
