/**
 * The record for tests: the repository's geodata/record/ built once per test file, and small
 * CSVs in a tabulation's columns for the cases the shipped files do not have.
 */
import { readRecordFiles } from '../../src/lib/data/read-record-files';
import { type BuiltRecord, buildRecord } from '../../src/lib/model/record/build-record';
import type { MndRecord } from '../../src/lib/model/record/mnd-record';
import { TABULATIONS, type TabulationId } from '../../src/lib/model/record/record-tabulations';
import { GEODATA_DIR } from './geodata';

let cached: BuiltRecord | undefined;

/** buildRecord of the repository's geodata/record/. */
export function repoRecord(): BuiltRecord {
  cached ??= buildRecord(readRecordFiles(GEODATA_DIR));
  return cached;
}

export const tabulation = (id: TabulationId) => TABULATIONS.find((t) => t.id === id)!;

/** A CSV of `id`'s tabulation: its header, then the rows given (cells by column; the rest valid). */
export function createRecordCsv(
  id: TabulationId,
  rows: readonly Readonly<Record<string, string>>[],
): string {
  const t = tabulation(id);
  const valid = (date: string): Record<string, string> => ({
    report_date: date,
    aircraft: '10',
    navy_ships: '5',
    official_ships: '0',
    crossed_median_or_entered_adiz: '3',
    crossed_median: '3',
    entered_adiz: '3',
    adiz_regions: 'north southwest',
    period_start: `${previousDay(date)}T06:00:00+08:00`,
    period_end: `${date}T06:00:00+08:00`,
    source_url: 'https://www.mnd.gov.tw/news/plaact/1',
  });
  const lines = rows.map((row) => {
    const cells = { ...valid(row.report_date ?? '2025-10-01'), ...row };
    return t.columns.map((c) => cells[c]).join(',');
  });
  return [t.columns.join(','), ...lines].join('\r\n') + '\r\n';
}

/** buildRecord of both tabulations' CSVs made of the rows given (`createRecordCsv`). */
export function createRecord(
  rows: Readonly<Record<TabulationId, readonly Readonly<Record<string, string>>[]>>,
): MndRecord {
  return buildRecord({
    files: (['eskim19', 'madeye'] as const).map((id) => ({
      file: tabulation(id).file,
      text: createRecordCsv(id, rows[id]),
    })),
  }).record;
}

function previousDay(date: string): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - 1);
  return d.toISOString().slice(0, 10);
}
