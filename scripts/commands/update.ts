/**
 * `npm run update -- [--source NAME=LOCATION]… [--dry-run] [--root DIR]`
 *
 * Brings the record (geodata/record/) up to date from both tabulations' repositories, read
 * through git at their newest commits: eskim19's `docs/data/tension.json` and madeye's
 * `data/daily/*.json`, each row validated with the record's own schema and written as the
 * shipped CSVs, with `provenance.json` (repository, commit, its date, when it was read, the
 * SHA-256 of every file read and written) and `SHA256SUMS` beside them. Prints, per tabulation,
 * the days added, the figures revised (old → new), the days upstream no longer has and the rows
 * refused; `--dry-run` prints the same and writes nothing. A repository that cannot be read, a
 * missing file, invalid JSON or a tabulation that yields far fewer rows than the record holds
 * refuses the whole update: the reason, exit 1, every file as it was. Bad arguments: the reason
 * and the usage, exit 2.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { readUpstream, UpstreamReadError } from '../../src/lib/data/read-upstream';
import { PartialWriteError, writeFilesAtomically } from '../../src/lib/data/write-files-atomically';
import { planRecordUpdate, SHA256SUMS_FILE } from '../../src/lib/model/record/plan-record-update';
import { PROVENANCE_FILE } from '../../src/lib/model/record/record-provenance';
import {
  TABULATION_IDS,
  TABULATIONS,
  type TabulationId,
} from '../../src/lib/model/record/record-tabulations';
import { recordUpdateReport } from '../../src/lib/model/record/record-update-report';
import type { UpstreamSnapshot } from '../../src/lib/model/record/upstream-file';

export const UPDATE_USAGE =
  'usage: npm run update -- [--source eskim19|madeye=GIT-URL-OR-PATH]... [--dry-run] [--root GEODATA-DIR]';

export interface UpdateOptions {
  /** Where each tabulation's repository is read from (the public repository by default). */
  readonly sources: Readonly<Record<TabulationId, string>>;
  readonly dryRun: boolean;
  /** The geodata directory whose record/ is updated (the tests use copies). */
  readonly root: string;
}

/**
 * The command line's options, or an Error whose message says what is wrong.
 *
 * @example
 * parseUpdateArgs(['--source', 'madeye=../mirror', '--dry-run']).sources.madeye // → '../mirror'
 */
export function parseUpdateArgs(argv: readonly string[]): UpdateOptions {
  const { values } = parseArgs({
    args: [...argv],
    options: {
      source: { type: 'string', multiple: true, default: [] },
      'dry-run': { type: 'boolean', default: false },
      root: { type: 'string', default: 'geodata' },
    },
  });
  const sources = Object.fromEntries(TABULATIONS.map((t) => [t.id, t.repository])) as Record<
    TabulationId,
    string
  >;
  const given = new Set<string>();
  for (const source of values.source!) {
    const m = /^([^=]*)=(.+)$/.exec(source);
    if (!m) throw new Error(`--source must be NAME=LOCATION, not "${source}"`);
    const [, name, location] = m;
    if (!(TABULATION_IDS as readonly string[]).includes(name!))
      throw new Error(`--source names ${TABULATION_IDS.join(' or ')}, not "${name}"`);
    if (given.has(name!)) throw new Error(`--source gives ${name} twice`);
    given.add(name!);
    sources[name as TabulationId] = location!;
  }
  return { sources, dryRun: values['dry-run']!, root: values.root! };
}

/** Run the command; resolves to its exit status. */
export async function runUpdate(
  options: UpdateOptions,
  out: (line: string) => void,
  err: (line: string) => void,
): Promise<number> {
  const root = resolve(options.root);
  const onDisk = (file: string) => join(root, file.replace(/^geodata\//, ''));
  const refuse = (lines: readonly string[]) => {
    for (const line of lines) err(`update: refused: ${line}`);
    err('update: nothing was written; the record is as it was');
    return 1;
  };

  // Both repositories are read (and all their files checked) before anything is written.
  const read = await Promise.allSettled(
    TABULATIONS.map((t) => readUpstream(options.sources[t.id], t.path)),
  );
  const failed = read.flatMap((r, i) =>
    r.status === 'rejected'
      ? [`${TABULATIONS[i]!.id} (${options.sources[TABULATIONS[i]!.id]}): ${reason(r.reason)}`]
      : [],
  );
  if (failed.length > 0) return refuse(failed);
  const snapshots = Object.fromEntries(
    read.map((r, i) => [TABULATIONS[i]!.id, (r as PromiseFulfilledResult<UpstreamSnapshot>).value]),
  ) as Record<TabulationId, UpstreamSnapshot>;

  const names = [...TABULATIONS.map((t) => t.file), PROVENANCE_FILE, SHA256SUMS_FILE];
  const current = Object.fromEntries(
    names.map((file) => {
      const path = onDisk(file);
      return [file, existsSync(path) ? readFileSync(path, 'utf8') : undefined];
    }),
  );
  const plan = planRecordUpdate({
    snapshots,
    current,
    sha256: (text) => createHash('sha256').update(text, 'utf8').digest('hex'),
  });
  if (!plan.ok) return refuse(plan.refusals);

  if (!options.dryRun)
    try {
      writeFilesAtomically(plan.writes.map((w) => ({ path: onDisk(w.file), text: w.text })));
    } catch (error) {
      if (error instanceof PartialWriteError) {
        err(`update: failed while replacing the record's files: ${error.message}`);
        return 1;
      }
      // Temporary files are written first: a failure there leaves every file as it was.
      return refuse([`the record could not be written: ${reason(error)}`]);
    }
  for (const line of recordUpdateReport(
    plan.updates,
    plan.writes.map((w) => w.file),
    options.dryRun,
  ))
    out(line);
  return 0;
}

function reason(error: unknown): string {
  return error instanceof UpstreamReadError || error instanceof Error
    ? error.message
    : String(error);
}

async function main(): Promise<void> {
  let options: UpdateOptions;
  try {
    if (process.argv.includes('--help')) {
      console.log(UPDATE_USAGE);
      return;
    }
    options = parseUpdateArgs(process.argv.slice(2));
  } catch (error) {
    console.error(`update: ${(error as Error).message}\n${UPDATE_USAGE}`);
    process.exitCode = 2;
    return;
  }
  process.exitCode = await runUpdate(
    options,
    (line) => console.log(line),
    (line) => console.error(line),
  );
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) void main();
