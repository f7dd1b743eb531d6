import type { DataIssue } from './data-issue';
import { formatCount } from './format-count';

export type DecodedText =
  { readonly ok: true; readonly text: string } | { readonly ok: false; readonly issue: DataIssue };

type Encoding = 'utf-8' | 'utf-16le' | 'utf-16be';

/** What each encoding calls itself in messages, its byte-order mark and its U+FFFD's bytes. */
const ENCODINGS: Readonly<
  Record<Encoding, { name: string; bom: readonly number[]; replacement: readonly number[] }>
> = {
  'utf-8': { name: 'UTF-8', bom: [0xef, 0xbb, 0xbf], replacement: [0xef, 0xbf, 0xbd] },
  'utf-16le': { name: 'UTF-16LE', bom: [0xff, 0xfe], replacement: [0xfd, 0xff] },
  'utf-16be': { name: 'UTF-16BE', bom: [0xfe, 0xff], replacement: [0xff, 0xfd] },
};

/**
 * A data file's bytes as text, decoded strictly: UTF-8, or UTF-16 when the file starts with a
 * UTF-16 byte-order mark (neither FF FE nor FE FF can begin valid UTF-8). Bytes that are not
 * valid in that encoding refuse the whole file, with the offset of the first bad one (from 0)
 * — never a U+FFFD put silently in their place: a quote's offsets into a source text, or a
 * name on the map, must be the file's own characters. A byte-order mark is dropped, as
 * `Response.text()` and `Blob.text()` drop it, so offsets count from the first character after
 * it. Decoding is the platform's `TextDecoder` (`fatal: true`); only a refused file is decoded
 * a second time, to find where.
 *
 * @example
 * decodeText(new TextEncoder().encode('{"a":1}'), 'a.json') // → { ok: true, text: '{"a":1}' }
 * decodeText(new Uint8Array([0x61, 0xe9, 0x62]), 'a.csv')
 * // → { ok: false, issue: { file: 'a.csv', reason: 'invalid UTF-8 at byte 1 (0xE9, counting from 0): save …' } }
 */
export function decodeText(bytes: Uint8Array, file: string): DecodedText {
  const encoding: Encoding = startsWith(bytes, 0, ENCODINGS['utf-16le'].bom)
    ? 'utf-16le'
    : startsWith(bytes, 0, ENCODINGS['utf-16be'].bom)
      ? 'utf-16be'
      : 'utf-8';
  try {
    return { ok: true, text: new TextDecoder(encoding, { fatal: true }).decode(bytes) };
  } catch {
    const at = firstInvalidByte(bytes, encoding);
    return {
      ok: false,
      issue: {
        file,
        reason:
          `invalid ${ENCODINGS[encoding].name} at byte ${formatCount(at)} ` +
          `(${what(bytes, at, encoding)}, counting from 0): ` +
          'save the file as UTF-8, or as UTF-16 with a byte-order mark',
      },
    };
  }
}

/**
 * Where the first byte is that `encoding` cannot decode: the replacing decoder puts one U+FFFD
 * where each bad sequence starts and decodes the rest as the fatal one would, so the first
 * U+FFFD that is not a U+FFFD written in the file stands where the first bad byte is; its
 * offset is the byte length of the text before it.
 */
function firstInvalidByte(bytes: Uint8Array, encoding: Encoding): number {
  const { bom, replacement } = ENCODINGS[encoding];
  const lossy = new TextDecoder(encoding).decode(bytes);
  const encoder = new TextEncoder();
  const byteLength = (text: string) =>
    encoding === 'utf-8' ? encoder.encode(text).length : text.length * 2;
  let offset = startsWith(bytes, 0, bom) ? bom.length : 0;
  let from = 0;
  for (let i = lossy.indexOf('\uFFFD'); i !== -1; i = lossy.indexOf('\uFFFD', from)) {
    offset += byteLength(lossy.slice(from, i));
    if (!startsWith(bytes, offset, replacement)) return offset;
    offset += replacement.length;
    from = i + 1;
  }
  throw new Error('the fatal decoder refused bytes the replacing decoder did not replace');
}

/** The bad byte in hex, or in UTF-16 the bad code unit (a lone surrogate) or an odd last byte. */
function what(bytes: Uint8Array, at: number, encoding: Encoding): string {
  const hex = (n: number, digits: number) =>
    `0x${n.toString(16).toUpperCase().padStart(digits, '0')}`;
  if (encoding === 'utf-8') return hex(bytes[at]!, 2);
  if (at === bytes.length - 1) return `${hex(bytes[at]!, 2)}, an odd last byte`;
  const unit =
    encoding === 'utf-16le'
      ? bytes[at]! | (bytes[at + 1]! << 8)
      : (bytes[at]! << 8) | bytes[at + 1]!;
  return `${hex(unit, 4)}, a lone surrogate`;
}

function startsWith(bytes: Uint8Array, at: number, prefix: readonly number[]): boolean {
  return prefix.every((b, i) => bytes[at + i] === b);
}
