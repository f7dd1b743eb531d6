/**
 * Local git repositories in the two upstream formats, for `npm run update`'s tests (no
 * network): eskim19's `docs/data/tension.json` and madeye's `data/daily/<date>.json`, built back
 * from CSV rows (the shipped geodata/record/ CSVs by default), committed with fixed dates.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { csvRecords } from '../../src/lib/model/csv-records';
import type { RecordCsvRow } from '../../src/lib/model/record/record-csv-text';
import type { TabulationId } from '../../src/lib/model/record/record-tabulations';
import { GEODATA_DIR } from './geodata';
import { tabulation } from './record';

/** The commit date of the repositories the builder makes (git's committer date, `%cI`). */
export const UPSTREAM_COMMITTED = '2026-08-22T09:30:00+00:00';

/** The rows of a shipped CSV (geodata/record/), cells by column. */
export function shippedRows(id: TabulationId): RecordCsvRow[] {
  const text = readFileSync(join(GEODATA_DIR, '..', tabulation(id).file), 'utf8');
  const [header, ...rows] = csvRecords(text).filter((r) => r.cells.some((c) => c !== ''));
  return rows.map((r) => Object.fromEntries(header!.cells.map((name, i) => [name, r.cells[i]!])));
}

const figure = (cell: string | undefined) =>
  cell === undefined || cell === '' ? null : Number(cell);

/** eskim19's tension.json (as an object) holding `rows`, with the project's own fields beside MND's. */
export function eskim19Json(
  rows: readonly RecordCsvRow[],
): { records: Record<string, unknown>[] } & Record<string, unknown> {
  return {
    updated: '2026-08-21T13:13:07Z',
    source: '대만 국방부 (mnd.gov.tw) 일일 PLA 활동 발표',
    source_url: 'https://www.mnd.gov.tw/en/news/PlaactList',
    baseline_days: 90,
    index_formula: '항공기 소티 + 2×해군 함정 + 관공선',
    records: rows.map((r) => ({
      date: r.report_date,
      aircraft: figure(r.aircraft),
      navy_ships: figure(r.navy_ships),
      official_ships: figure(r.official_ships),
      balloons: 0,
      crossed_median: figure(r.crossed_median_or_entered_adiz),
      parse_ok: true,
      index:
        (figure(r.aircraft) ?? 0) +
        2 * (figure(r.navy_ships) ?? 0) +
        (figure(r.official_ships) ?? 0),
      baseline: null,
      ratio: null,
    })),
  };
}

/** madeye's report file (as an object) for one row. */
export function madeyeJson(r: RecordCsvRow): Record<string, unknown> {
  const regions = r.adiz_regions ? r.adiz_regions.split(' ') : [];
  return {
    date: r.report_date,
    period: { start: r.period_start, end: r.period_end },
    aircraft: {
      total: figure(r.aircraft),
      crossed_median: figure(r.crossed_median),
      entered_adiz: figure(r.entered_adiz),
      adiz_regions: regions,
    },
    vessels: { naval: figure(r.navy_ships), official: figure(r.official_ships) },
    map_image: `assets/maps/${r.report_date}.jpg`,
    positions: {
      source: 'zones',
      aircraft: regions.map((label) => ({ lat: 24, lon: 120, label })),
      vessels: [],
    },
    source_url: r.source_url,
  };
}

/** The files of each upstream repository, by path: text, or `null` to delete the file. */
export type UpstreamTree = Record<string, string | null>;

/** eskim19's and madeye's files made from rows (the shipped ones by default). */
export function upstreamTrees(
  rows: {
    readonly eskim19?: readonly RecordCsvRow[];
    readonly madeye?: readonly RecordCsvRow[];
  } = {},
): Record<TabulationId, UpstreamTree> {
  const madeye: UpstreamTree = {
    'README.md': '# taiwan-strait-monitor\n',
    'data/assets/maps/README.md': 'MND maps\n',
  };
  for (const r of rows.madeye ?? shippedRows('madeye'))
    madeye[`data/daily/${r.report_date}.json`] = JSON.stringify(madeyeJson(r), null, 2);
  return {
    eskim19: {
      'README.md': '# taiwan-strait-tracker\n',
      'docs/data/tension.json': JSON.stringify(
        eskim19Json(rows.eskim19 ?? shippedRows('eskim19')),
        null,
        1,
      ),
    },
    madeye,
  };
}

/** Write `tree` into the repository at `repo` (made when missing) and commit it; returns HEAD. */
export function commitTree(repo: string, tree: UpstreamTree, message = 'Update data'): string {
  mkdirSync(repo, { recursive: true });
  const run = (...args: string[]) =>
    execFileSync('git', args, {
      cwd: repo,
      encoding: 'utf8',
      env: {
        ...process.env,
        GIT_AUTHOR_DATE: UPSTREAM_COMMITTED,
        GIT_COMMITTER_DATE: UPSTREAM_COMMITTED,
      },
    }).trim();
  run('init', '--quiet', '--initial-branch=main');
  for (const [path, text] of Object.entries(tree)) {
    if (text === null) rmSync(join(repo, path), { force: true });
    else {
      mkdirSync(dirname(join(repo, path)), { recursive: true });
      writeFileSync(join(repo, path), text);
    }
  }
  run('add', '--all');
  run(
    '-c',
    'user.name=Upstream',
    '-c',
    'user.email=upstream@example.org',
    '-c',
    'commit.gpgsign=false',
    'commit',
    '--quiet',
    '--allow-empty',
    '-m',
    message,
  );
  return run('rev-parse', 'HEAD');
}

/**
 * Both upstream repositories under `dir`, from the shipped rows (or `rows`), each one commit.
 *
 * @example
 * const repos = createUpstreamRepos(tmp);
 * await runUpdate({ sources: repos, dryRun: false, root }, out, err);
 */
export function createUpstreamRepos(
  dir: string,
  rows?: Parameters<typeof upstreamTrees>[0],
): Record<TabulationId, string> {
  const trees = upstreamTrees(rows);
  const repos = { eskim19: join(dir, 'eskim19'), madeye: join(dir, 'madeye') };
  commitTree(repos.eskim19, trees.eskim19, 'Initial data');
  commitTree(repos.madeye, trees.madeye, 'Initial data');
  return repos;
}

/** Clones of `repos` under `dir` (cheap: git links the objects), for a test that commits to them. */
export function cloneUpstreamRepos(
  repos: Readonly<Record<TabulationId, string>>,
  dir: string,
): Record<TabulationId, string> {
  const clones = { eskim19: join(dir, 'eskim19'), madeye: join(dir, 'madeye') };
  for (const id of ['eskim19', 'madeye'] as const)
    execFileSync('git', ['clone', '--quiet', repos[id], clones[id]]);
  return clones;
}
