/**
 * `npm run update` against local git repositories in the two upstream formats (no network):
 * a record cut back to 2026-07-31 is restored byte for byte, a figure changed by hand is
 * reported revised with both values, a day upstream dropped is reported and removed, a bad
 * upstream row is named and the record's row kept, and an upstream that cannot be read, is
 * broken or yields far fewer rows is refused with every file left as it was.
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  cpSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { parseUpdateArgs, runUpdate, type UpdateOptions } from '../../../scripts/commands/update';
import { readVerifyInput } from '../../../scripts/commands/verify';
import { verifyGeodata } from '../../../src/lib/ingest/verify-geodata';
import { formatIssue } from '../../../src/lib/model/data-issue';
import { parseRecordProvenance } from '../../../src/lib/model/record/record-provenance';
import { replaceSha256Sums } from '../../../src/lib/model/record/replace-sha256-sums';
import { GEODATA_DIR } from '../../support/geodata';
import {
  cloneUpstreamRepos,
  commitTree,
  createUpstreamRepos,
  eskim19Json,
  shippedRows,
  UPSTREAM_COMMITTED,
  upstreamTrees,
} from '../../support/upstream';
import { failedRun } from '../../support/run-command';

const ESKIM19_CSV = 'record/eskim19-taiwan-strait-tracker.csv';
const MADEYE_CSV = 'record/madeye-taiwan-strait-monitor.csv';
const CUT = '2026-07-31';
const dirs: string[] = [];

let baseDir = '';
/** Both upstreams as the shipped rows give them, made once: tests that commit to them clone them. */
let shippedRepos: Record<'eskim19' | 'madeye', string>;

beforeAll(() => {
  baseDir = mkdtempSync(join(tmpdir(), 'straitwatch-upstream-'));
  shippedRepos = createUpstreamRepos(baseDir);
}, 60_000);
afterAll(() => rmSync(baseDir, { recursive: true, force: true }));
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A fresh temporary folder holding a copy of geodata/ (without the basemap) and room for repositories. */
function workspace(): { dir: string; root: string } {
  const dir = mkdtempSync(join(tmpdir(), 'straitwatch-update-'));
  dirs.push(dir);
  const root = join(dir, 'geodata');
  cpSync(GEODATA_DIR, root, {
    recursive: true,
    filter: (path) => !path.includes('/basemap') && !path.includes('/drafts'),
  });
  return { dir, root };
}

/** Cut a CSV of the copy back to the report dates up to `last`, its checksum with it. */
function cutBack(root: string, file: string, last: string): void {
  const path = join(root, file);
  const lines = readFileSync(path, 'utf8').split('\r\n');
  const text =
    lines.filter((l, i) => i === 0 || (l !== '' && l.slice(0, 10) <= last)).join('\r\n') + '\r\n';
  writeFileSync(path, text);
  const sums = join(root, 'record/SHA256SUMS');
  writeFileSync(
    sums,
    replaceSha256Sums(readFileSync(sums, 'utf8'), {
      [basename(file)]: sha(text),
    }),
  );
}

function editCsv(root: string, file: string, from: string, to: string): void {
  const path = join(root, file);
  const text = readFileSync(path, 'utf8');
  expect(text).toContain(from);
  writeFileSync(path, text.replace(from, to));
}

/** Every file of the copy's record/ with its bytes and modification time. */
function recordFiles(root: string): Record<string, { text: string; mtimeMs: number }> {
  const dir = join(root, 'record');
  return Object.fromEntries(
    readdirSync(dir).map((f) => [
      f,
      { text: readFileSync(join(dir, f), 'utf8'), mtimeMs: statSync(join(dir, f)).mtimeMs },
    ]),
  );
}

const shipped = (file: string) => readFileSync(join(GEODATA_DIR, file), 'utf8');
const sha = (text: string) => createHash('sha256').update(text).digest('hex');

async function update(
  root: string,
  sources: UpdateOptions['sources'],
  dryRun = false,
): Promise<{ status: number; out: string[]; err: string[] }> {
  const out: string[] = [];
  const err: string[] = [];
  const status = await runUpdate(
    { root, sources, dryRun },
    (l) => out.push(l),
    (l) => err.push(l),
  );
  return { status, out, err };
}

describe('parseUpdateArgs', () => {
  it('reads the public repositories by default, --source in their place, and --dry-run', () => {
    expect(parseUpdateArgs([])).toEqual({
      sources: {
        eskim19: 'https://github.com/eskim19/taiwan-strait-tracker',
        madeye: 'https://github.com/madeye/taiwan-strait-monitor',
      },
      dryRun: false,
      root: 'geodata',
    });
    expect(
      parseUpdateArgs([
        '--source',
        'madeye=../mirror',
        '--source',
        'eskim19=git@host:e.git',
        '--dry-run',
      ]),
    ).toMatchObject({ sources: { eskim19: 'git@host:e.git', madeye: '../mirror' }, dryRun: true });
  });

  it.each([
    [['--source', 'madeye'], '--source must be NAME=LOCATION, not "madeye"'],
    [['--source', 'mnd=x'], '--source names eskim19 or madeye, not "mnd"'],
    [['--source', 'madeye=a', '--source', 'madeye=b'], '--source gives madeye twice'],
    [['--since', 'x'], "Unknown option '--since'"],
  ])('rejects %j: %s', (argv, message) => {
    expect(() => parseUpdateArgs(argv)).toThrow(message);
  });
});

describe('npm run update', { timeout: 60_000 }, () => {
  it('restores a record cut back to 2026-07-31 byte for byte, with provenance that verify accepts', async () => {
    const { root } = workspace();
    cutBack(root, ESKIM19_CSV, CUT);
    cutBack(root, MADEYE_CSV, CUT);
    const repos = shippedRepos;
    const { status, out, err } = await update(root, repos);
    expect(err).toEqual([]);
    expect(status).toBe(0);
    expect(readFileSync(join(root, ESKIM19_CSV), 'utf8')).toBe(shipped(ESKIM19_CSV));
    expect(readFileSync(join(root, MADEYE_CSV), 'utf8')).toBe(shipped(MADEYE_CSV));
    // The CSVs are the shipped ones again, so is their manifest but for provenance.json's line.
    const sums = readFileSync(join(root, 'record/SHA256SUMS'), 'utf8').split('\n');
    const provenanceText = readFileSync(join(root, 'record/provenance.json'), 'utf8');
    expect(sums).toEqual(
      shipped('record/SHA256SUMS')
        .split('\n')
        .map((line) =>
          line.endsWith('  provenance.json') ? `${sha(provenanceText)}  provenance.json` : line,
        ),
    );

    const after = (id: 'eskim19' | 'madeye') =>
      shippedRows(id)
        .map((r) => r.report_date!)
        .filter((d) => d > CUT);
    expect(out).toContain(
      `  added ${after('eskim19').length} days: first 2026-08-01, last 2026-08-21`,
    );
    expect(out).toContain(
      `  added ${after('madeye').length} days: first ${after('madeye')[0]}, last 2026-08-22`,
    );
    expect(out.filter((l) => /^ {2}(revised|refused|no longer)/.test(l))).toEqual([]);
    expect(out.at(-1)).toBe(
      `update: eskim19 ${after('eskim19').length} days added, 0 revised, 0 removed, 0 refused; madeye ${after('madeye').length} days added, 0 revised, 0 removed, 0 refused; wrote geodata/record/eskim19-taiwan-strait-tracker.csv, geodata/record/madeye-taiwan-strait-monitor.csv, geodata/record/provenance.json, geodata/record/SHA256SUMS`,
    );

    const { provenance, issues } = parseRecordProvenance(
      readFileSync(join(root, 'record/provenance.json'), 'utf8'),
    );
    expect(issues).toEqual([]);
    const head = (repo: string) =>
      execFileSync('git', ['rev-parse', 'HEAD'], { cwd: repo, encoding: 'utf8' }).trim();
    const [eskim19, madeye] = provenance!.tabulations;
    expect(eskim19).toEqual({
      id: 'eskim19',
      repository: repos.eskim19,
      commit: head(repos.eskim19),
      committed: UPSTREAM_COMMITTED,
      read: expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/),
      files: [
        {
          path: 'docs/data/tension.json',
          sha256: sha(readFileSync(join(repos.eskim19, 'docs/data/tension.json'), 'utf8')),
        },
      ],
      csv: {
        file: 'geodata/record/eskim19-taiwan-strait-tracker.csv',
        sha256: sha(shipped(ESKIM19_CSV)),
        rows: 1327,
      },
    });
    expect(madeye).toMatchObject({ id: 'madeye', commit: head(repos.madeye), csv: { rows: 316 } });
    expect(madeye!.files).toHaveLength(316);
    expect(madeye!.files[0]!.path).toBe('data/daily/2025-10-01.json');

    const report = verifyGeodata(readVerifyInput(root));
    expect(report.errors.map(formatIssue)).toEqual([]);
  });

  it('reports a figure changed by hand as revised, with both values, and applies the upstream’s', async () => {
    const { root } = workspace();
    editCsv(root, ESKIM19_CSV, '\r\n2026-03-15,26,7,0,0\r\n', '\r\n2026-03-15,26,7,0,16\r\n');
    const { status, out } = await update(root, shippedRepos);
    expect(status).toBe(0);
    expect(out).toContain('  revised 2026-03-15 crossed_median_or_entered_adiz: 16 → 0');
    expect(out.at(-1)).toMatch(/^update: eskim19 0 days added, 1 revised, 0 removed, 0 refused; /);
    expect(readFileSync(join(root, ESKIM19_CSV), 'utf8')).toBe(shipped(ESKIM19_CSV));
  });

  it('reports and removes a day upstream no longer has, and a figure it no longer reports', async () => {
    const { dir, root } = workspace();
    const rows = shippedRows('eskim19')
      .filter((r) => r.report_date !== '2026-03-15')
      .map((r) => (r.report_date === '2026-03-16' ? { ...r, official_ships: '' } : r));
    const repos = cloneUpstreamRepos(shippedRepos, dir);
    commitTree(repos.eskim19, upstreamTrees({ eskim19: rows }).eskim19);
    const { status, out } = await update(root, repos);
    expect(status).toBe(0);
    expect(out).toContain('  no longer upstream, removed 1 day: 2026-03-15');
    expect(out).toContain('  revised 2026-03-16 official_ships: 0 → (not reported)');
    const csv = readFileSync(join(root, ESKIM19_CSV), 'utf8');
    expect(csv).not.toContain('\r\n2026-03-15,');
    expect(csv).toContain('\r\n2026-03-16,2,7,,0\r\n');
  });

  it('names a bad upstream row and keeps the record’s row of that day', async () => {
    const { dir, root } = workspace();
    const repos = cloneUpstreamRepos(shippedRepos, dir);
    const json = eskim19Json(shippedRows('eskim19'));
    const i = json.records.findIndex((r) => r.date === '2023-04-11');
    json.records[i]!.aircraft = 'ninety-one';
    commitTree(repos.eskim19, { 'docs/data/tension.json': JSON.stringify(json, null, 1) });
    const { status, out } = await update(root, repos);
    expect(status).toBe(0);
    expect(out).toContain(
      `  refused docs/data/tension.json › records[${i}] (2023-04-11) › aircraft: must be a number, or null (not reported)`,
    );
    expect(out).toContain("  kept the record's row of 2023-04-11: the upstream's row was refused");
    expect(readFileSync(join(root, ESKIM19_CSV), 'utf8')).toBe(shipped(ESKIM19_CSV));
  });

  it('--dry-run prints the same report and writes nothing', async () => {
    const { root } = workspace();
    cutBack(root, ESKIM19_CSV, CUT);
    const before = recordFiles(root);
    const { status, out } = await update(root, shippedRepos, true);
    expect(status).toBe(0);
    expect(out).toContain('  added 21 days: first 2026-08-01, last 2026-08-21');
    expect(out.at(-1)).toMatch(
      /; dry run, nothing written \(would write geodata\/record\/eskim19-taiwan-strait-tracker\.csv, geodata\/record\/provenance\.json, geodata\/record\/SHA256SUMS\)$/,
    );
    expect(recordFiles(root)).toEqual(before);
  });

  it('writes nothing when the same commits are read again', async () => {
    const { root } = workspace();
    const repos = shippedRepos;
    expect((await update(root, repos)).status).toBe(0);
    const before = recordFiles(root);
    const again = await update(root, repos);
    expect(again.status).toBe(0);
    expect(again.out).toContain('  no change to its rows');
    expect(again.out.at(-1)).toMatch(/; nothing to write$/);
    expect(recordFiles(root)).toEqual(before);
  });

  type Break = (
    dir: string,
    repos: Record<'eskim19' | 'madeye', string>,
  ) => Record<'eskim19' | 'madeye', string>;
  const commitTo =
    (id: 'eskim19' | 'madeye', tree: Record<string, string | null>): Break =>
    (_dir, repos) => {
      commitTree(repos[id], tree);
      return repos;
    };
  it.each<[string, Break, RegExp]>([
    [
      'an eskim19 file that is not JSON',
      commitTo('eskim19', { 'docs/data/tension.json': '{"records": [' }),
      /^update: refused: eskim19: docs\/data\/tension\.json: is not valid JSON: /,
    ],
    [
      'an empty eskim19 file',
      commitTo('eskim19', { 'docs/data/tension.json': '' }),
      /^update: refused: eskim19: docs\/data\/tension\.json: is not valid JSON: /,
    ],
    [
      'an eskim19 file whose records are gone',
      commitTo('eskim19', { 'docs/data/tension.json': '{"records": []}' }),
      /^update: refused: eskim19: .* yields 0 valid rows \(0 refused\), but the record holds 1,327 for it \(at least 90 % are needed, and never none\): its format may have changed$/,
    ],
    [
      'an eskim19 whose records changed their field names',
      (_dir, repos) => {
        const json = eskim19Json(shippedRows('eskim19'));
        for (const r of json.records) r.day = r.date;
        for (const r of json.records) delete r.date;
        commitTree(repos.eskim19, { 'docs/data/tension.json': JSON.stringify(json) });
        return repos;
      },
      /^update: refused: eskim19: .* yields 0 valid rows \(1,327 refused\), but the record holds 1,327 for it/,
    ],
    [
      'a missing eskim19 file',
      commitTo('eskim19', { 'docs/data/tension.json': null }),
      /^update: refused: eskim19 \(.*\): docs\/data\/tension\.json is missing in .* at [0-9a-f]{40}$/,
    ],
    [
      'a madeye that lost most of its days',
      commitTo(
        'madeye',
        Object.fromEntries(
          Object.keys(upstreamTrees().madeye)
            .filter((p) => p.startsWith('data/daily/2026'))
            .map((p) => [p, null]),
        ),
      ),
      /^update: refused: madeye: .* yields 92 valid rows \(0 refused\), but the record holds 298 for it/,
    ],
    [
      'a madeye daily file that is empty',
      commitTo('madeye', { 'data/daily/2026-08-22.json': '' }),
      /^update: refused: madeye: data\/daily\/2026-08-22\.json: is not valid JSON: /,
    ],
    [
      'a madeye without daily files',
      (_dir, repos) => {
        commitTree(
          repos.madeye,
          Object.fromEntries(
            Object.keys(upstreamTrees().madeye)
              .filter((p) => p.startsWith('data/daily/'))
              .map((p) => [p, null]),
          ),
        );
        return repos;
      },
      /^update: refused: madeye \(.*\): no file matches data\/daily\/\*\.json in .* at [0-9a-f]{40}$/,
    ],
    [
      'a location that does not exist',
      (dir, repos) => ({ ...repos, madeye: join(dir, 'nowhere') }),
      /^update: refused: madeye \(.*nowhere\): git clone failed: .*nowhere/,
    ],
    [
      'a git URL that cannot be reached',
      (_dir, repos) => ({ ...repos, eskim19: 'file:///nonexistent/straitwatch-upstream.git' }),
      /^update: refused: eskim19 \(file:\/\/\/nonexistent\/straitwatch-upstream\.git\): git clone failed: /,
    ],
    [
      'a folder that is not a repository',
      (dir, repos) => ({ ...repos, eskim19: join(dir, 'geodata') }),
      /^update: refused: eskim19 \(.*geodata\): git clone failed: .*not .*a git repository/,
    ],
  ])('refuses %s, exits 1 and leaves every file as it was', async (_name, breakIt, message) => {
    const { dir, root } = workspace();
    cutBack(root, MADEYE_CSV, CUT);
    const repos = breakIt(dir, cloneUpstreamRepos(shippedRepos, dir));
    const before = recordFiles(root);
    const { status, out, err } = await update(root, repos);
    expect(status).toBe(1);
    expect(out).toEqual([]);
    expect(err).toEqual([
      expect.stringMatching(message),
      'update: nothing was written; the record is as it was',
    ]);
    expect(recordFiles(root)).toEqual(before);
  });

  it('runs from the command line, and exits 2 with the usage on a bad argument', () => {
    const { root } = workspace();
    cutBack(root, ESKIM19_CSV, CUT);
    const repos = shippedRepos;
    const out = execFileSync(
      'npx',
      [
        'tsx',
        'scripts/commands/update.ts',
        '--root',
        root,
        '--source',
        `eskim19=${repos.eskim19}`,
        '--source',
        `madeye=${repos.madeye}`,
      ],
      { encoding: 'utf8' },
    );
    expect(out).toContain('  added 21 days: first 2026-08-01, last 2026-08-21');
    expect(readFileSync(join(root, ESKIM19_CSV), 'utf8')).toBe(shipped(ESKIM19_CSV));

    const failure = failedRun('scripts/commands/update.ts', ['--source', 'nobody=x']);
    expect(failure?.status).toBe(2);
    expect(failure?.stderr).toContain('update: --source names eskim19 or madeye, not "nobody"');
    expect(failure?.stderr).toContain('usage: npm run update -- [--source eskim19|madeye=');
  }, 60_000);
});
