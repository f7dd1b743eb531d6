import sniffHtmlEncoding from 'html-encoding-sniffer';
import { formatCount } from '../model/format-count';

export type DecodedPage =
  | { readonly ok: true; readonly html: string; readonly encoding: string }
  | { readonly ok: false; readonly reason: string };

/**
 * A saved or fetched page's bytes as HTML text, decoded strictly in the encoding the page
 * declares. The encoding is found by the WHATWG rules (html-encoding-sniffer): a byte-order
 * mark, then the HTTP `Content-Type` charset (`transportCharset`), then `<meta charset>` or
 * `<meta http-equiv="Content-Type">` in the first 1,024 bytes; a page that declares nothing is
 * read as UTF-8 (not the WHATWG default windows-1252, which accepts any byte and so could
 * never say a page was misread). Big5, GBK, GB18030, Shift_JIS and the rest are decoded by the
 * platform's `TextDecoder` (`fatal: true`); a byte that is not valid in the encoding refuses the
 * page, with its offset (from 0) — never a U+FFFD in its place.
 *
 * @example
 * decodePage(new TextEncoder().encode('<meta charset="utf-8"><p>Hi'))
 * // → { ok: true, html: '<meta charset="utf-8"><p>Hi', encoding: 'UTF-8' }
 */
export function decodePage(bytes: Uint8Array, transportCharset?: string): DecodedPage {
  const encoding = sniffHtmlEncoding(bytes, {
    defaultEncoding: 'UTF-8',
    ...(transportCharset ? { transportLayerEncodingLabel: transportCharset } : {}),
  });
  let decoder: TextDecoder;
  try {
    decoder = new TextDecoder(encoding, { fatal: true });
  } catch {
    return { ok: false, reason: `declares the encoding ${encoding}, which cannot be decoded here` };
  }
  try {
    return { ok: true, html: decoder.decode(bytes), encoding };
  } catch {
    const at = firstInvalidByte(bytes, encoding);
    const hex = `0x${bytes[at]!.toString(16).toUpperCase().padStart(2, '0')}`;
    return {
      ok: false,
      reason:
        `is not valid ${encoding} at byte ${formatCount(at)} (${hex}, counting from 0): ` +
        'the page was saved in another encoding than it declares, or is damaged',
    };
  }
}

/**
 * The first byte a strict decoder of `encoding` stops at. A streaming decoder holds back an
 * unfinished sequence at the end of a prefix and throws only on a wrong one, so "the prefix
 * decodes" is true up to the bad sequence and false from it on: a binary search finds the
 * shortest prefix that throws (about 23 decodes for 5 MB). The bad sequence starts at most a
 * few bytes before its end, where the longest prefix that decodes whole (not streaming) ends.
 */
function firstInvalidByte(bytes: Uint8Array, encoding: string): number {
  const decodes = (n: number, stream: boolean) => {
    try {
      new TextDecoder(encoding, { fatal: true }).decode(bytes.subarray(0, n), { stream });
      return true;
    } catch {
      return false;
    }
  };
  let good = 0;
  let bad = bytes.length + 1;
  // A whole page that decodes streaming but not at its end ends in an unfinished sequence.
  if (decodes(bytes.length, true)) bad = bytes.length;
  else
    while (bad - good > 1) {
      const mid = Math.floor((good + bad) / 2);
      if (decodes(mid, true)) good = mid;
      else bad = mid;
    }
  let start = bad - 1;
  while (start > 0 && !decodes(start, false)) start--;
  return start;
}
