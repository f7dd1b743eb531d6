/**
 * `npm run record -- --unusual`: the option is read (and refused with a range, a format or
 * --check), and the list prints one line per flagged reading with its baseline and exercise,
 * the rule, and a summary line; a broken exercises file is named and the command exits 1.
 */
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { readExercisesFile } from '../../../src/lib/data/read-exercises-file';
import { recordSeries } from '../../../src/lib/model/record/record-series';
import { parseRecordArgs, runRecord, unusualLines } from '../../../scripts/commands/record';
import { GEODATA_DIR } from '../../support/geodata';
import { repoRecord } from '../../support/record';

const { record } = repoRecord();

describe('parseRecordArgs with --unusual', () => {
  it('reads --unusual, and leaves it out when not asked', () => {
    expect(parseRecordArgs(['--unusual'])).toEqual({
      format: 'table',
      check: false,
      unusual: true,
      root: 'geodata',
    });
    expect(parseRecordArgs([])).not.toHaveProperty('unusual');
  });

  it.each([
    [['--unusual', '--check']],
    [['--unusual', '--from', '2023-04-10']],
    [['--unusual', '--format', 'csv']],
  ])('refuses %j', (argv) => {
    expect(() => parseRecordArgs(argv)).toThrow(
      '--unusual takes no range, format or --check: it looks at the whole record',
    );
  });
});

describe('unusualLines', () => {
  const lines = unusualLines(recordSeries(record), readExercisesFile(GEODATA_DIR).exercises);

  it('prints a line per flagged reading: date, tabulation, measure, figure, median, MAD, threshold, exercise', () => {
    expect(lines).toContainEqual(
      expect.stringMatching(
        /^2024-10-15 +eskim19 +aircraft +153 +15 +7 +56\.5 +Joint Sword-2024B$/,
      ),
    );
    expect(lines).toContainEqual(
      expect.stringMatching(
        /^2025-12-30 +madeye +median\/ADIZ +90 +4 +4 +34\.0 +Justice Mission-2025$/,
      ),
    );
    expect(lines).toContainEqual(
      expect.stringMatching(/^2023-09-18 +eskim19 +aircraft +103 .* –$/),
    );
  });

  it('states the rule first and ends with one summary line', () => {
    expect(lines[0]).toMatch(/^Unusual: a figure above the median .* 4 × 1\.4826 × MAD/);
    expect(lines.at(-1)).toBe(
      'record unusual: 41 unusual figures (report × measure) on 26 report dates; 22 inside 5 of the 5 named exercises',
    );
  });
});

describe('runRecord --unusual', () => {
  let dir: string | undefined;
  afterEach(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
    dir = undefined;
  });

  it('names a broken exercises file and exits 1, the list still printed', () => {
    dir = mkdtempSync(join(tmpdir(), 'record-unusual-'));
    const root = join(dir, 'geodata');
    cpSync(join(GEODATA_DIR, 'record'), join(root, 'record'), { recursive: true });
    writeFileSync(
      join(root, 'exercises.json'),
      JSON.stringify({
        about: '',
        exercises: [{ name: 'X', start: '2024-13-01', end: '2024-12-02' }],
      }),
    );
    const out: string[] = [];
    const err: string[] = [];
    const status = runRecord(
      { format: 'table', check: false, unusual: true, root },
      (t) => out.push(t),
      (t) => err.push(t),
    );
    expect(status).toBe(1);
    expect(err).toEqual([
      expect.stringMatching(/^record: geodata\/exercises\.json.*exercises\[0\]\.start/),
    ]);
    expect(out.at(-1)).toMatch(/^record unusual: 41 .*; 0 inside 0 of the 0 named exercises$/);
  });
});
