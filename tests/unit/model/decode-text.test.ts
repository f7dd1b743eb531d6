/**
 * decodeText: a data file's bytes as text, strictly. Valid UTF-8 (and UTF-16 with its
 * byte-order mark) is decoded as the platform does; any invalid byte refuses the whole file with
 * the offset of the first bad byte, never a silent U+FFFD.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { formatIssue } from '../../../src/lib/model/data-issue';
import { decodeText } from '../../../src/lib/model/decode-text';
import { expectFixture, FIXTURES } from '../../support/import';

const utf8 = (text: string) => new TextEncoder().encode(text);
const bytes = (...parts: (string | number[])[]) =>
  new Uint8Array(parts.flatMap((p) => (typeof p === 'string' ? [...utf8(p)] : p)));
const utf16 = (text: string, order: 'le' | 'be') => {
  const out = order === 'le' ? [0xff, 0xfe] : [0xfe, 0xff];
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    out.push(...(order === 'le' ? [unit & 0xff, unit >> 8] : [unit >> 8, unit & 0xff]));
  }
  return new Uint8Array(out);
};
const reason = (input: Uint8Array) => {
  const decoded = decodeText(input, 'x.geojson');
  if (decoded.ok) throw new Error(`decoded: ${decoded.text}`);
  expect(decoded.issue.file).toBe('x.geojson');
  return decoded.issue.reason;
};
const SAVE = 'save the file as UTF-8, or as UTF-16 with a byte-order mark';

describe('decodeText', () => {
  it('decodes valid UTF-8, any script, as the platform does', () => {
    const text = '{"name":"臺灣海峽 — Đài Loan, Тайвань 🛳"}\n';
    expect(decodeText(utf8(text), 'x.json')).toEqual({ ok: true, text });
  });

  it('keeps a U+FFFD the file itself holds (EF BF BD): it is a character, not a bad byte', () => {
    expect(decodeText(bytes('a\uFFFDb'), 'x.txt')).toEqual({ ok: true, text: 'a\uFFFDb' });
  });

  it('drops a UTF-8 byte-order mark, as Response.text() does, so offsets are the same', async () => {
    const input = bytes([0xef, 0xbb, 0xbf], 'Taiwan');
    expect(decodeText(input, 'x.txt')).toEqual({ ok: true, text: 'Taiwan' });
    expect(await new Response(input).text()).toBe('Taiwan');
  });

  it('refuses a Latin-1 byte with its offset (counting from 0)', () => {
    expect(reason(bytes('{"name":"Caf', [0xe9], '"}'))).toBe(
      `invalid UTF-8 at byte 12 (0xE9, counting from 0): ${SAVE}`,
    );
  });

  it('counts the offset in bytes, not characters, and with thousands separators', () => {
    const before = '臺'.repeat(500); // 3 bytes each
    expect(reason(bytes(before, 'x', [0xff]))).toMatch(/^invalid UTF-8 at byte 1,501 \(0xFF,/);
  });

  it('finds the bad byte after U+FFFDs the file holds, and after a byte-order mark', () => {
    expect(reason(bytes([0xef, 0xbb, 0xbf], '\uFFFD\uFFFDab', [0xc3, 0x28]))).toMatch(
      /^invalid UTF-8 at byte 11 \(0xC3,/,
    );
  });

  it.each([
    ['a truncated sequence at the end', bytes('abc', [0xe2, 0x82]), 3, 'E2'],
    ['a lone continuation byte', bytes('ab', [0x80], 'c'), 2, '80'],
    ['an overlong encoding', bytes('a', [0xc0, 0xaf]), 1, 'C0'],
    ['an encoded surrogate', bytes('a', [0xed, 0xa0, 0x80]), 1, 'ED'],
  ])('refuses %s', (_, input, at, hex) => {
    expect(reason(input)).toBe(`invalid UTF-8 at byte ${at} (0x${hex}, counting from 0): ${SAVE}`);
  });

  it('decodes UTF-16 by its byte-order mark, either order, and drops the mark', () => {
    const text = 'Strait 海峽 🛳';
    expect(decodeText(utf16(text, 'le'), 'x.txt')).toEqual({ ok: true, text });
    expect(decodeText(utf16(text, 'be'), 'x.txt')).toEqual({ ok: true, text });
  });

  it('refuses UTF-16 with a lone surrogate or an odd last byte, with the offset', () => {
    const lone = utf16('ab\uD800c', 'le');
    expect(reason(lone)).toBe(
      `invalid UTF-16LE at byte 6 (0xD800, a lone surrogate, counting from 0): ${SAVE}`,
    );
    const odd = new Uint8Array([...utf16('ab', 'be'), 0x41]);
    expect(reason(odd)).toBe(
      `invalid UTF-16BE at byte 6 (0x41, an odd last byte, counting from 0): ${SAVE}`,
    );
  });

  it('refuses the Latin-1 GeoJSON fixture the import test uses', async () => {
    const name = 'latin1-name.geojson';
    const decoded = decodeText(readFileSync(`${FIXTURES}invalid/encoding/${name}`), name);
    expect(decoded.ok).toBe(false);
    await expectFixture(
      'invalid/encoding/latin1-name.expected.json',
      decoded.ok ? [] : [formatIssue(decoded.issue)],
    );
  });

  it('leaves its input unchanged', () => {
    const input = bytes('a', [0xff]);
    const copy = input.slice();
    decodeText(input, 'x.txt');
    expect(input).toEqual(copy);
  });
});
