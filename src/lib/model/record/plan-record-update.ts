/**
 * `npm run update`, as a pure plan: from each tabulation's upstream repository read at a commit
 * and the record's files as they are, the CSVs, `provenance.json` and `SHA256SUMS` to write and
 * what changed, or the reasons the update is refused (then nothing is written at all).
 */
import { decodeText } from '../decode-text';
import { type DataIssue, formatIssue } from '../data-issue';
import type { UpstreamConversion } from './check-upstream-row';
import { recordChanges, type RecordChanges } from './record-changes';
import { recordCsvText } from './record-csv-text';
import {
  parseRecordProvenance,
  PROVENANCE_FILE,
  provenanceOf,
  type TabulationProvenance,
} from './record-provenance';
import { TABULATIONS, type Tabulation, type TabulationId } from './record-tabulations';
import { replaceSha256Sums } from './replace-sha256-sums';
import type { UpstreamSnapshot } from './upstream-file';
import { upstreamEskim19 } from './upstream-eskim19';
import { upstreamMadeye } from './upstream-madeye';

/** The share of the record's rows a tabulation must still yield: below it, its format has likely changed. */
export const MIN_ROW_SHARE = 0.9;

/** The record's manifest of checksums (`sha256sum -c` in geodata/record/). */
export const SHA256SUMS_FILE = 'geodata/record/SHA256SUMS';

export interface RecordUpdateInput {
  /** Each tabulation's upstream, read at its newest commit. */
  readonly snapshots: Readonly<Record<TabulationId, UpstreamSnapshot>>;
  /** The record's files as they are, by their names in the app (`geodata/record/…`); absent: none. */
  readonly current: Readonly<Record<string, string | undefined>>;
  /** Hex SHA-256 of a text's UTF-8 bytes (the command passes node:crypto's). */
  readonly sha256: (text: string) => string;
  readonly minRowShare?: number;
}

export interface TabulationUpdate {
  readonly tabulation: Tabulation;
  readonly snapshot: UpstreamSnapshot;
  readonly changes: RecordChanges;
  /** What a reader should know of rows carried as written. */
  readonly notes: readonly string[];
  /** The provenance written for it, and whether its CSV is the one the record holds. */
  readonly provenance: TabulationProvenance;
  readonly unchanged: boolean;
}

export type RecordUpdatePlan =
  | {
      readonly ok: true;
      readonly updates: readonly TabulationUpdate[];
      /** The files whose text changes, by their names in the app; nothing else is written. */
      readonly writes: readonly { readonly file: string; readonly text: string }[];
    }
  | { readonly ok: false; readonly refusals: readonly string[] };

/**
 * Convert both tabulations, check them, and say what to write. Refused, with a line a reason,
 * when an upstream file is not UTF-8 or not JSON, when a file is missing or its format changed,
 * or when a tabulation yields fewer valid rows than `minRowShare` (90 %) of the rows the record
 * holds for it, or none. Both are checked before anything is planned to be written.
 *
 * @example
 * const plan = planRecordUpdate({ snapshots: { eskim19, madeye }, current, sha256 });
 * if (plan.ok) plan.writes.map((w) => w.file) // → ['geodata/record/eskim19-taiwan-strait-tracker.csv', …]
 */
export function planRecordUpdate(input: RecordUpdateInput): RecordUpdatePlan {
  const minShare = input.minRowShare ?? MIN_ROW_SHARE;
  const refusals: string[] = [];
  const updates: TabulationUpdate[] = [];
  const oldProvenance = parseRecordProvenance(input.current[PROVENANCE_FILE] ?? '').provenance;

  for (const tabulation of TABULATIONS) {
    const snapshot = input.snapshots[tabulation.id];
    const refuse = (reason: string) => refusals.push(`${tabulation.id}: ${reason}`);
    const conversion = convert(tabulation, snapshot);
    if ('failures' in conversion && conversion.failures.length > 0) {
      for (const issue of conversion.failures) refuse(formatIssue(issue));
      continue;
    }
    const current = input.current[tabulation.file];
    const changes = recordChanges(tabulation.id, current, conversion);
    if (changes.yielded === 0 || changes.yielded < minShare * changes.held) {
      refuse(
        `${snapshot.repository} at ${snapshot.commit} yields ${count(changes.yielded)} valid rows` +
          ` (${count(changes.refused.length)} refused), but the record holds ${count(changes.held)} for it` +
          ` (at least ${Math.round(minShare * 100)} % are needed, and never none): its format may have changed`,
      );
      continue;
    }
    const csv = recordCsvText(tabulation, changes.rows);
    const unchanged = csv === current;
    const provenance = provenanceFor(tabulation, snapshot, csv, changes.rows.length, input.sha256);
    const old = provenanceOf(oldProvenance, tabulation.id);
    updates.push({
      tabulation,
      snapshot,
      changes,
      notes: conversion.notes,
      provenance: old && unchanged && sameRead(old, provenance) ? old : provenance,
      unchanged,
    });
  }
  if (refusals.length > 0) return { ok: false, refusals };

  const written = new Map<string, string>();
  for (const u of updates)
    written.set(u.tabulation.file, recordCsvText(u.tabulation, u.changes.rows));
  const provenance = `${JSON.stringify({ tabulations: updates.map((u) => u.provenance) }, null, 2)}\n`;
  written.set(PROVENANCE_FILE, provenance);
  // The manifest lists the CSVs and provenance.json too, so `sha256sum -c` checks them all.
  written.set(
    SHA256SUMS_FILE,
    replaceSha256Sums(input.current[SHA256SUMS_FILE] ?? '', {
      ...Object.fromEntries(
        updates.map((u) => [baseName(u.tabulation.file), u.provenance.csv.sha256]),
      ),
      [baseName(PROVENANCE_FILE)]: input.sha256(provenance),
    }),
  );
  const writes = [...written]
    .filter(([file, text]) => input.current[file] !== text)
    .map(([file, text]) => ({ file, text }));
  return { ok: true, updates, writes };
}

/** The tabulation's rows from its upstream files, or failures naming the file. */
function convert(tabulation: Tabulation, snapshot: UpstreamSnapshot): UpstreamConversion {
  const failed = (failures: DataIssue[]) => ({ rows: [], refused: [], failures, notes: [] });
  const failures: DataIssue[] = [];
  const texts: { path: string; text: string }[] = [];
  for (const file of snapshot.files) {
    const decoded = decodeText(file.bytes, file.path);
    if (decoded.ok) texts.push({ path: file.path, text: decoded.text });
    else failures.push(decoded.issue);
  }
  if (failures.length > 0) return failed(failures);
  const missing = {
    file: tabulation.path,
    reason: `is not in ${snapshot.repository} at ${snapshot.commit}`,
  };
  if (tabulation.id === 'madeye')
    return texts.length > 0 ? upstreamMadeye(texts) : failed([missing]);
  const tension = texts.find((t) => t.path === tabulation.path);
  return tension ? upstreamEskim19(tension.path, tension.text) : failed([missing]);
}

function provenanceFor(
  tabulation: Tabulation,
  snapshot: UpstreamSnapshot,
  csv: string,
  rows: number,
  sha256: (text: string) => string,
): TabulationProvenance {
  return {
    id: tabulation.id,
    repository: snapshot.repository,
    commit: snapshot.commit,
    committed: snapshot.committed,
    read: snapshot.read,
    files: snapshot.files.map((f) => ({ path: f.path, sha256: f.sha256 })),
    csv: { file: tabulation.file, sha256: sha256(csv), rows },
  };
}

/** The same commit and files read again: the earlier reading stands, so an idle day writes nothing. */
function sameRead(old: TabulationProvenance, now: TabulationProvenance): boolean {
  return (
    old.read !== undefined &&
    old.note === undefined &&
    old.repository === now.repository &&
    old.commit === now.commit &&
    JSON.stringify(old.files) === JSON.stringify(now.files) &&
    JSON.stringify(old.csv) === JSON.stringify(now.csv)
  );
}

function baseName(file: string): string {
  return file.replace(/^.*\//, '');
}

function count(n: number): string {
  return n.toLocaleString('en-GB');
}
