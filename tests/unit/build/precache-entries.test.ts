/**
 * The service worker's precache list (scripts/build/vite-plugin-service-worker.ts): every file of the
 * build but the worker itself, URL-encoded relative paths, and a revision that follows the bytes.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { precacheEntries } from '../../../scripts/build/vite-plugin-service-worker';

let dir: string;
function build(files: Record<string, string>): string {
  dir = mkdtempSync(join(tmpdir(), 'straitwatch-precache-'));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(dir, path, '..'), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return dir;
}
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('precacheEntries', () => {
  it('lists every file but sw.js, sorted, with paths encoded as URLs', () => {
    const entries = precacheEntries(
      build({
        'index.html': '<!doctype html>',
        'sw.js': 'self',
        'assets/index-abc.js': 'x',
        'glyphs/h/Noto Sans Regular/0-255.pbf': '',
        'basemap-tiles/h/world/4/1/6.pbf': '',
      }),
    );
    expect(entries.map((e) => e.url)).toEqual([
      'assets/index-abc.js',
      'basemap-tiles/h/world/4/1/6.pbf',
      'glyphs/h/Noto%20Sans%20Regular/0-255.pbf',
      'index.html',
    ]);
  });

  it('gives equal bytes equal revisions and changed bytes a new one', () => {
    const [a, b, c] = precacheEntries(
      build({ 'a.txt': 'same', 'b.txt': 'same', 'c.txt': 'other' }),
    );
    expect(a!.revision).toMatch(/^[0-9a-f]{16}$/);
    expect(b!.revision).toBe(a!.revision);
    expect(c!.revision).not.toBe(a!.revision);
  });
});
