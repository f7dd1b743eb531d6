/**
 * fetchDataText and fetchDataJson decode what they fetch strictly (decodeText): a file with an
 * invalid UTF-8 byte is a read issue with its offset, never text with U+FFFD in it.
 */
import { describe, expect, it, vi } from 'vitest';
import { fetchDataJson, fetchDataText } from '../../../src/lib/data/fetch-data-text';

/** A fetch that answers every URL with these bytes and headers. */
const answering =
  (body: Uint8Array<ArrayBuffer>, headers: Record<string, string> = {}): typeof fetch =>
  async () =>
    new Response(body, { headers });

const latin1 = new Uint8Array([...new TextEncoder().encode('{"name":"Caf'), 0xe9, 0x22, 0x7d]);

describe('fetchDataText', () => {
  it('reads UTF-8 text', async () => {
    const body = new TextEncoder().encode('臺灣 Strait');
    expect(await fetchDataText(answering(body), 'geodata/a.txt', '/a.txt')).toEqual({
      ok: true,
      text: '臺灣 Strait',
    });
  });

  it('refuses invalid UTF-8 with the byte offset, whatever charset the server names', async () => {
    const fetched = await fetchDataText(
      answering(latin1, { 'content-type': 'application/json; charset=iso-8859-1' }),
      'geodata/a.geojson',
      '/a.geojson',
    );
    expect(fetched).toEqual({
      ok: false,
      issue: {
        file: 'geodata/a.geojson',
        reason: expect.stringMatching(/^invalid UTF-8 at byte 12 \(0xE9, counting from 0\)/),
      },
    });
  });

  it('refuses a body larger than the limit when no Content-Length said so', async () => {
    const fetched = await fetchDataText(answering(new Uint8Array(2048)), 'a.txt', '/a.txt');
    expect(fetched.ok).toBe(true);
    const { MAX_FILE_BYTES } = await import('../../../src/lib/model/parse-json-text');
    const big = new Uint8Array(MAX_FILE_BYTES + 1);
    const refused = await fetchDataText(answering(big), 'a.txt', '/a.txt');
    expect(refused.ok ? '' : refused.issue.reason).toMatch(/^is too large \(64\.0 MiB;/);
  });
});

describe('fetchDataJson', () => {
  it('never parses a file it could not decode', async () => {
    const fetched = await fetchDataJson(answering(latin1), 'a.geojson', '/a.geojson');
    expect(fetched.ok ? '' : fetched.issue.reason).toMatch(/^invalid UTF-8 at byte 12/);
  });
});

describe('pacing', () => {
  it('awaits `pace` once the body is in, before decoding, and again before parsing', async () => {
    const stages: string[] = [];
    const releases: (() => void)[] = [];
    const pace = () => {
      stages.push('pace');
      return new Promise<void>((resolve) => releases.push(resolve));
    };
    const body = new TextEncoder().encode('{"a":1}');
    let settled = false;
    const pending = fetchDataJson(answering(body), 'a.json', '/a.json', { pace }).then((r) => {
      settled = true;
      return r;
    });
    await vi.waitFor(() => expect(stages).toEqual(['pace']));
    await new Promise((resolve) => setTimeout(resolve, 5));
    expect(settled).toBe(false);
    releases[0]!();
    await vi.waitFor(() => expect(stages).toEqual(['pace', 'pace']));
    await new Promise((resolve) => setTimeout(resolve, 5));
    expect(settled).toBe(false);
    releases[1]!();
    expect(await pending).toEqual({ ok: true, json: { a: 1 } });
  });

  it('does not pace a read that failed before its body was decoded', async () => {
    const pace = vi.fn(async () => {});
    const missing: typeof fetch = async () => new Response('', { status: 404 });
    const fetched = await fetchDataJson(missing, 'a.json', '/a.json', { pace });
    expect(fetched.ok).toBe(false);
    expect(pace).not.toHaveBeenCalled();
  });
});
