/**
 * `npm run gen`: its options are checked with a clear message, it writes the same bytes for the
 * same options, and it replaces only a dataset it generated.
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { deserialize } from 'flatgeobuf/lib/mjs/geojson.js';
import * as v from 'valibot';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { generate, parseGenArgs } from '../../../scripts/commands/gen';
import { syntheticColumns } from '../../../src/lib/gen/synthetic-columns';
import { datasetManifestSchema } from '../../../src/lib/model/dataset-manifest';
import { INCIDENT_FLAT_COLUMNS } from '../../../src/lib/model/incident-flat-properties';
import { failedRun } from '../../support/run-command';

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
      fgb: false,
    });
    expect(parseGenArgs(['--n', '5', '--out', 'datasets/tiny', '--force'])).toMatchObject({
      seed: 1,
      out: 'datasets/tiny',
      force: true,
    });
    expect(parseGenArgs(['--n', '5', '--fgb'])).toMatchObject({ fgb: true });
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
    const failure = failedRun('scripts/commands/gen.ts', ['--n', 'many']);
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

describe('npm run gen -- --fgb', () => {
  // flatgeobuf's index search logs every step with console.debug.
  beforeEach(() => void vi.spyOn(console, 'debug').mockImplementation(() => {}));
  afterEach(() => vi.restoreAllMocks());

  /** Every feature of a FlatGeobuf file, read by flatgeobuf itself from the bytes. */
  async function fgbFeatures(
    path: string,
    rect?: { minX: number; minY: number; maxX: number; maxY: number },
  ) {
    const features = [];
    const bytes = new Uint8Array(readFileSync(path));
    for await (const f of deserialize(bytes, rect ? { rect } : {})) features.push(f);
    return features;
  }

  it('writes incidents.fgb with every incident, names it in the manifest, and changes nothing else', async () => {
    const root = tempDir();
    generate({ n: 300, seed: 2, out: join(root, 'plain'), force: false });
    generate({ n: 300, seed: 2, out: join(root, 'fgb'), force: false, fgb: true });
    const manifest = v.parse(
      datasetManifestSchema,
      JSON.parse(readFileSync(join(root, 'fgb', 'manifest.json'), 'utf8')),
    );
    expect(manifest.flatgeobuf).toBe('incidents.fgb');
    expect(
      JSON.parse(readFileSync(join(root, 'plain', 'manifest.json'), 'utf8')).flatgeobuf,
    ).toBeUndefined();
    const plain = filesUnder(join(root, 'plain'));
    const withFgb = filesUnder(join(root, 'fgb'));
    for (const [path, text] of plain)
      if (path !== 'manifest.json') expect(withFgb.get(path)).toBe(text);

    const features = await fgbFeatures(join(root, 'fgb', 'incidents.fgb'));
    const columns = syntheticColumns(300, 2);
    expect(features).toHaveLength(300);
    const byId = new Map(features.map((f) => [f.properties!.id as string, f]));
    for (let i = 0; i < 300; i++) {
      const f = byId.get(`syn-s2-${String(i + 1).padStart(6, '0')}`)!;
      expect(f.geometry.type).toBe('Point');
      expect((f.geometry as { coordinates: number[] }).coordinates).toEqual([
        columns.lon[i],
        columns.lat[i],
      ]);
      expect(f.properties!.day).toBe(columns.day[i]);
    }
    // Flat properties only, in the documented columns; a figure not reported is absent.
    const names: string[] = INCIDENT_FLAT_COLUMNS.map((c) => c.name);
    for (const f of features)
      expect(Object.keys(f.properties!).every((k) => names.includes(k))).toBe(true);
    expect(features.some((f) => f.properties!.ships === undefined)).toBe(true);
  });

  it("has a spatial index that flatgeobuf's own box search reads, for many points or a few", async () => {
    const root = tempDir();
    for (const n of [300, 5]) {
      const out = join(root, `n${n}`);
      generate({ n, seed: 4, out, force: false, fgb: true });
      const columns = syntheticColumns(n, 4);
      const rect = { minX: 119, minY: 22, maxX: 122.5, maxY: 26 };
      const inside = [...columns.lon.keys()].filter(
        (i) =>
          columns.lon[i]! >= rect.minX &&
          columns.lon[i]! <= rect.maxX &&
          columns.lat[i]! >= rect.minY &&
          columns.lat[i]! <= rect.maxY,
      );
      const found = await fgbFeatures(join(out, 'incidents.fgb'), rect);
      expect(found.map((f) => f.properties!.id).sort()).toEqual(
        inside.map((i) => `syn-s4-${String(i + 1).padStart(6, '0')}`),
      );
    }
  });

  it('writes the same bytes twice for the same options', () => {
    // The header names the dataset: the same name, in two places.
    const root = tempDir();
    generate({ n: 200, seed: 9, out: join(root, 'a', 'same'), force: false, fgb: true });
    generate({ n: 200, seed: 9, out: join(root, 'b', 'same'), force: false, fgb: true });
    expect(readFileSync(join(root, 'b', 'same', 'incidents.fgb'))).toEqual(
      readFileSync(join(root, 'a', 'same', 'incidents.fgb')),
    );
  });
});
