/**
 * `npm run gen`: its options are checked with a clear message, it writes the same bytes for the
 * same options, and it replaces only a dataset it generated.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { generate, parseGenArgs } from '../../../scripts/gen';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});
function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'straitwatch-gen-'));
  dirs.push(dir);
  return dir;
}
function filesUnder(dir: string): Map<string, string> {
  return new Map(
    readdirSync(dir, { recursive: true, encoding: 'utf8' })
      .filter((p) => /\.(json|txt|geojson)$/.test(p))
      .sort()
      .map((p) => [p, readFileSync(join(dir, p), 'utf8')]),
  );
}

describe('parseGenArgs', () => {
  it('reads n, seed and out, with a default out named after them', () => {
    expect(parseGenArgs(['--n', '1000', '--seed', '7'])).toEqual({
      n: 1000,
      seed: 7,
      out: join('datasets', 'synthetic-1000-s7'),
      force: false,
    });
    expect(parseGenArgs(['--n', '5', '--out', 'datasets/tiny', '--force'])).toMatchObject({
      seed: 1,
      out: 'datasets/tiny',
      force: true,
    });
  });

  it.each([
    [[], '--n is required'],
    [['--n', '0'], '--n must be a whole number from 1 to 5000000, not "0"'],
    [['--n', '1e5'], '--n must be a whole number from 1 to 5000000, not "1e5"'],
    [['--n', '10', '--seed=-1'], '--seed must be a whole number from 0 to 2147483647, not "-1"'],
    [['--n', '10', '--seed', 'x'], '--seed must be a whole number from 0 to 2147483647, not "x"'],
    [['--n', '10', '--out', 'datasets/My Data'], '--out must end in a name of a-z, 0-9 and -'],
    [['--n', '10', '--size', '3'], "Unknown option '--size'"],
  ])('rejects %j: %s', (argv, message) => {
    expect(() => parseGenArgs(argv)).toThrow(message);
  });
});

describe('npm run gen', () => {
  it('exits with the reason and the usage on a bad option', () => {
    let failure: { status: number; stderr: string } | undefined;
    try {
      execFileSync('npx', ['tsx', 'scripts/gen.ts', '--n', 'many'], {
        encoding: 'utf8',
        stdio: 'pipe',
      });
    } catch (error) {
      failure = error as { status: number; stderr: string };
    }
    expect(failure?.status).toBe(2);
    expect(failure?.stderr).toContain(
      'gen: --n must be a whole number from 1 to 5000000, not "many"',
    );
    expect(failure?.stderr).toContain('usage: npm run gen -- --n <incidents>');
  });

  it('writes the same bytes twice for the same options, and others for another seed', () => {
    const root = tempDir();
    const write = (out: string, seed: number) => {
      generate({ n: 300, seed, out: join(root, out), force: false });
      return filesUnder(join(root, out));
    };
    const a = write('a', 3);
    // The manifest names its directory; everything else is the same.
    const b = write('a-again', 3);
    expect([...b.keys()]).toEqual([...a.keys()]);
    for (const [path, text] of a) if (path !== 'manifest.json') expect(b.get(path)).toBe(text);
    expect(write('c', 4).get('incidents/part-000.geojson')).not.toBe(
      a.get('incidents/part-000.geojson'),
    );
  });

  it('replaces a dataset it generated only with --force, and never another directory', () => {
    const root = tempDir();
    const out = join(root, 'synthetic');
    generate({ n: 20, seed: 1, out, force: false });
    expect(() => generate({ n: 20, seed: 1, out, force: false })).toThrow('pass --force');
    generate({ n: 30, seed: 1, out, force: true });
    expect(JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8')).incidents).toBe(30);

    const mine = join(root, 'notes');
    mkdirSync(mine);
    writeFileSync(join(mine, 'todo.txt'), 'keep me');
    expect(() => generate({ n: 20, seed: 1, out: mine, force: true })).toThrow(
      'is not a generated dataset',
    );
    expect(readFileSync(join(mine, 'todo.txt'), 'utf8')).toBe('keep me');
  });
});
