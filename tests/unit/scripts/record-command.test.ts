/**
 * `npm run record`: its options are checked with a clear message (exit 2 with the usage), it
 * prints the record's days with every figure, its measure and provenance, both readings where
 * the tabulations disagree, as a table, CSV or JSON; `--check` prints the disagreements and each
 * shipped figure's verdict; a broken row is named and the command exits 1.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Papa from 'papaparse';
import { afterEach, describe, expect, it } from 'vitest';
import {
  checkLines,
  parseRecordArgs,
  recordCsv,
  recordJson,
  recordTable,
  runRecord,
} from '../../../scripts/commands/record';
import { provenanceOf } from '../../../src/lib/model/record/record-provenance';
import { GEODATA_DIR, repoModel } from '../../support/geodata';
import { repoRecord } from '../../support/record';
import { failedRun } from '../../support/run-command';

const { record } = repoRecord();
const { provenance } = record;

describe('parseRecordArgs', () => {
  it('reads the range, the format and --check, with a table of the whole record by default', () => {
    expect(parseRecordArgs([])).toEqual({ format: 'table', check: false, root: 'geodata' });
    expect(
      parseRecordArgs(['--from', '2023-04-10', '--to', '2023-04-18', '--format', 'csv']),
    ).toEqual({
      from: '2023-04-10',
      to: '2023-04-18',
      format: 'csv',
      check: false,
      root: 'geodata',
    });
    expect(parseRecordArgs(['--check'])).toMatchObject({ check: true });
  });

  it.each([
    [['--from', '2023-4-10'], '--from must be a real date as YYYY-MM-DD, not "2023-4-10"'],
    [['--to', '2023-02-29'], '--to must be a real date as YYYY-MM-DD, not "2023-02-29"'],
    [
      ['--from', '2023-04-18', '--to', '2023-04-10'],
      '--from (2023-04-18) is after --to (2023-04-10)',
    ],
    [['--format', 'xml'], '--format must be one of table, json, csv, not "xml"'],
    [['--check', '--format', 'json'], '--check takes no range or format'],
    [['--since', '2023'], "Unknown option '--since'"],
    [['2023-04-10'], "Unexpected argument '2023-04-10'"],
  ])('rejects %j: %s', (argv, message) => {
    expect(() => parseRecordArgs(argv)).toThrow(message);
  });
});

describe('npm run record', () => {
  it('exits 2 with the reason and the usage on a bad option', () => {
    const failure = failedRun('scripts/commands/record.ts', ['--format', 'xml']);
    expect(failure?.status).toBe(2);
    expect(failure?.stderr).toContain(
      'record: --format must be one of table, json, csv, not "xml"',
    );
    expect(failure?.stderr).toContain('usage: npm run record -- [--from YYYY-MM-DD]');
  });

  it('prints a table of the reports in the range, with provenance and the legend', () => {
    const lines = recordTable(record, '2023-04-10', '2023-04-18', provenance);
    const rows = lines.filter((l) => /^2023-04-\d\d {2}/.test(l));
    expect(rows).toHaveLength(9);
    expect(rows[1]).toMatch(
      /^2023-04-11 {2}04-10 06:00 → 04-11 06:00 {2}eskim19 +91 +54 +– +12 +0 +– +eskim19-taiwan-strait-tracker\.csv:136 +–$/,
    );
    const eskim19 = provenanceOf(provenance, 'eskim19')!;
    expect(lines.join('\n')).toContain(
      `eskim19  taiwan-strait-tracker, https://github.com/eskim19/taiwan-strait-tracker (docs/data/tension.json at ${eskim19.commit}, ${eskim19.committed}), MIT`,
    );
    expect(lines.join('\n')).toContain('Open Government Data License, Taiwan, version 1.0');
    expect(lines).toContain(
      '≠            the tabulations disagree on this figure that day: both readings are shown, neither picked',
    );
  });

  it('shows both readings of a disagreement, and a report no tabulation has', () => {
    const rows = recordTable(record, '2026-03-15', '2026-03-15').filter((l) =>
      l.startsWith('2026-03-15'),
    );
    expect(rows).toHaveLength(2);
    expect(rows[0]).toMatch(/eskim19 +26 +0 ≠ +– +7 +0 +– /);
    expect(rows[1]).toMatch(
      /madeye +26 +16 ≠ +16 +7 +0 +north central southwest .*https:\/\/www\.mnd\.gov\.tw\/news\/plaact\/86326$/,
    );
    const missing = recordTable(record, '2022-12-15', '2022-12-15').filter((l) =>
      l.startsWith('2022-12-15'),
    );
    expect(missing).toEqual([expect.stringMatching(/ – +no tabulation has this report$/)]);
  });

  it('writes CSV a row per figure, with its measure, tabulation, line and URL', () => {
    const parsed = Papa.parse<Record<string, string>>(
      recordCsv(record, '2026-03-15', '2026-03-15'),
      { header: true, skipEmptyLines: true },
    );
    expect(parsed.errors).toEqual([]);
    const median = parsed.data.filter((r) => r.measure === 'aircraft-median-or-adiz');
    expect(median.map((r) => [r.tabulation, r.value, r.disagreement, r.report_url])).toEqual([
      ['eskim19', '0', 'true', ''],
      ['madeye', '16', 'true', 'https://www.mnd.gov.tw/news/plaact/86326'],
    ]);
    expect(parsed.data.find((r) => r.measure === 'regions')!.value).toBe('north central southwest');
    expect(parsed.data[0]).toMatchObject({
      window_start: '2026-03-14T06:00:00+08:00',
      window_end: '2026-03-15T06:00:00+08:00',
    });
  });

  it('writes JSON with the tabulations and each day’s readings', () => {
    const json = JSON.parse(recordJson(record, '2023-04-10', '2023-04-11', provenance));
    // The commits are those geodata/record/provenance.json names (npm run update moves them).
    expect(json.tabulations.map((t: { id: string; commit: string }) => [t.id, t.commit])).toEqual(
      provenance!.tabulations.map((t) => [t.id, t.commit]),
    );
    expect(provenance!.tabulations.map((t) => t.id)).toEqual(['eskim19', 'madeye']);
    expect(json.days[1]).toEqual({
      date: '2023-04-11',
      window: { start: '2023-04-10T06:00:00+08:00', end: '2023-04-11T06:00:00+08:00' },
      disagreements: [],
      readings: [
        {
          tabulation: 'eskim19',
          figures: {
            'aircraft-detected': 91,
            'aircraft-median-or-adiz': 54,
            'navy-vessels': 12,
            'official-ships': 0,
          },
          file: 'geodata/record/eskim19-taiwan-strait-tracker.csv',
          line: 136,
        },
      ],
    });
  });

  it('--check prints the disagreements, the notes and each shipped figure’s verdict', () => {
    const lines = checkLines(record, repoModel());
    expect(lines[0]).toBe(
      'The tabulations disagree on 39 of the 313 report dates both cover: aircraft detected around Taiwan 17, aircraft that crossed the median line or entered the ADIZ 16, PLA Navy vessels (warships) 0, official ships (coast guard) 7.',
    );
    expect(lines.filter((l) => /^20\d\d-\d\d-\d\d {2}/.test(l))).toHaveLength(40);
    expect(lines).toContain(
      '  dm-2023-04-17-pla-aircraft-adiz-54 › counts[0]: 54 aircraft that crossed the median line or entered the ADIZ — AGREES',
    );
    expect(lines).toContain(
      '  dm-2023-04-17-taiwan-mnd-warships-aircraft › counts[2]: 4 aircraft that crossed the median line or entered the ADIZ — DISAGREES',
    );
    expect(lines.join('\n')).toContain('the record does not reach back to October 2021');
    expect(lines[lines.length - 1]).toBe(
      'record check: 39 of 313 days with a disagreement between the tabulations; 5 shipped source figures: 3 agrees, 1 disagrees, 1 no-figure, 0 no-day, 0 not-compared',
    );
  });
});

describe('runRecord', () => {
  const dirs: string[] = [];
  afterEach(() => {
    for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
  });

  it('names a broken row, prints the rest and exits 1', () => {
    const dir = mkdtempSync(join(tmpdir(), 'straitwatch-record-'));
    dirs.push(dir);
    const root = join(dir, 'geodata');
    cpSync(join(GEODATA_DIR, 'record'), join(root, 'record'), { recursive: true });
    const path = join(root, 'record', 'eskim19-taiwan-strait-tracker.csv');
    writeFileSync(
      path,
      readFileSync(path, 'utf8').replace('2023-04-11,91,', '2023-04-11,ninety-one,'),
    );
    const out: string[] = [];
    const err: string[] = [];
    const status = runRecord(
      { from: '2023-04-10', to: '2023-04-12', format: 'table', check: false, root },
      (t) => out.push(t),
      (t) => err.push(t),
    );
    expect(status).toBe(1);
    expect(err).toEqual([
      'record: geodata/record/eskim19-taiwan-strait-tracker.csv › line 136 › aircraft: must be a whole number, 0 or more (or empty: not reported)',
    ]);
    expect(out.filter((l) => l.startsWith('2023-04-1'))).toEqual([
      expect.stringContaining('eskim19'),
      expect.stringContaining('no tabulation has this report'),
      expect.stringContaining('eskim19'),
    ]);
  });
});
