/**
 * What an update changes in one tabulation's CSV: the rows the CSV will hold (a faithful copy
 * of the upstream commit, except that a refused upstream row whose date the record already has
 * keeps the record's row), and the days added, the figures revised, the days upstream no longer
 * has and the rows refused, each to be reported.
 */
import { csvRecords } from '../csv-records';
import type { DataIssue } from '../data-issue';
import type { UpstreamConversion } from './check-upstream-row';
import type { RecordCsvRow } from './record-csv-text';
import type { TabulationId } from './record-tabulations';

/** A cell of a day that changed: the column, and the value it had and has (empty: not reported). */
export interface RecordRevision {
  readonly date: string;
  readonly column: string;
  readonly old: string;
  readonly new: string;
}

export interface RecordChanges {
  readonly tabulation: TabulationId;
  /** The rows the CSV will hold, in date order. */
  readonly rows: readonly RecordCsvRow[];
  /** Rows the CSV held before, and valid rows the upstream gave. */
  readonly held: number;
  readonly yielded: number;
  /** Report dates new to the record, in order. */
  readonly added: readonly string[];
  readonly revised: readonly RecordRevision[];
  /** Report dates the record had that the upstream no longer has (removed), in order. */
  readonly removed: readonly string[];
  /** Upstream rows refused, each named. */
  readonly refused: readonly DataIssue[];
  /** Report dates whose upstream row was refused and whose row in the record is kept. */
  readonly kept: readonly string[];
}

/**
 * Compare the CSV the record holds (`current`, its text; absent when there is none) with what
 * the upstream gives.
 *
 * @example
 * recordChanges('eskim19', 'report_date,aircraft,…\r\n2023-04-11,90,12,0,54\r\n', conversion).revised
 * // → [{ date: '2023-04-11', column: 'aircraft', old: '90', new: '91' }]
 */
export function recordChanges(
  tabulation: TabulationId,
  current: string | undefined,
  upstream: UpstreamConversion,
): RecordChanges {
  const before = currentRows(current);
  const after = new Map(upstream.rows.map((row) => [row.report_date!, row]));
  const kept: string[] = [];
  for (const refused of upstream.refused) {
    const date = refused.date;
    const row = date === undefined ? undefined : before.get(date);
    if (date !== undefined && row && !after.has(date)) {
      after.set(date, row);
      kept.push(date);
    }
  }
  const dates = [...after.keys()].sort();
  const revised: RecordRevision[] = [];
  for (const date of dates) {
    const old = before.get(date);
    const now = after.get(date)!;
    if (!old) continue;
    for (const column of Object.keys(now))
      if ((old[column] ?? '') !== now[column])
        revised.push({ date, column, old: old[column] ?? '', new: now[column]! });
  }
  return {
    tabulation,
    rows: dates.map((d) => after.get(d)!),
    held: before.size,
    yielded: upstream.rows.length,
    added: dates.filter((d) => !before.has(d)),
    revised,
    removed: [...before.keys()].filter((d) => !after.has(d)).sort(),
    refused: upstream.refused.flatMap((r) => r.issues),
    kept: kept.sort(),
  };
}

/** The rows of a CSV text by report date, cells by the header's names (blank lines skipped). */
function currentRows(text: string | undefined): Map<string, RecordCsvRow> {
  const rows = new Map<string, RecordCsvRow>();
  if (text === undefined) return rows;
  const records = csvRecords(text.replace(/^\uFEFF/, '')).filter((r) =>
    r.cells.some((c) => c !== ''),
  );
  const [header, ...body] = records;
  if (!header) return rows;
  for (const record of body) {
    const row = Object.fromEntries(header.cells.map((name, i) => [name, record.cells[i] ?? '']));
    const date = row.report_date;
    if (date && !rows.has(date)) rows.set(date, row);
  }
  return rows;
}
