/**
 * writeFilesAtomically: every file is replaced whole, and when one cannot be written none is
 * (the temporary files are removed, the old files stay as they were).
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { writeFilesAtomically } from '../../../src/lib/data/write-files-atomically';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function folder(): string {
  const dir = mkdtempSync(join(tmpdir(), 'straitwatch-write-'));
  dirs.push(dir);
  writeFileSync(join(dir, 'a.csv'), 'old a');
  writeFileSync(join(dir, 'b.json'), 'old b');
  return dir;
}

describe('writeFilesAtomically', () => {
  it('replaces every file and leaves no temporary file behind', () => {
    const dir = folder();
    writeFilesAtomically([
      { path: join(dir, 'a.csv'), text: 'new a' },
      { path: join(dir, 'b.json'), text: 'new b' },
    ]);
    expect(readFileSync(join(dir, 'a.csv'), 'utf8')).toBe('new a');
    expect(readFileSync(join(dir, 'b.json'), 'utf8')).toBe('new b');
    expect(readdirSync(dir).sort()).toEqual(['a.csv', 'b.json']);
  });

  it('writes none when one cannot be written', () => {
    const dir = folder();
    expect(() =>
      writeFilesAtomically([
        { path: join(dir, 'a.csv'), text: 'new a' },
        { path: join(dir, 'no-such-folder', 'b.json'), text: 'new b' },
      ]),
    ).toThrow(/ENOENT/);
    expect(readFileSync(join(dir, 'a.csv'), 'utf8')).toBe('old a');
    expect(readdirSync(dir).sort()).toEqual(['a.csv', 'b.json']);
  });
});
