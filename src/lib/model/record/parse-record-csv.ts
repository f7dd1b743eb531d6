import * as v from 'valibot';
import { csvRecords, csvRowProblem } from '../csv-records';
import { type DataIssue, issuesFromValibot } from '../data-issue';
import type { AdizRegion } from '../vocabulary';
import type { RecordReading } from './mnd-record';
import type { RecordMeasure } from './record-measures';
import { recordRowSchema } from './record-row-schema';
import type { Tabulation } from './record-tabulations';

export interface ParsedRecordCsv {
  /** One reading a valid row, in the file's order. */
  readonly readings: readonly RecordReading[];
  /** Each names the file, the line (`feature: "line 7"`), the column (`path`) and the reason. */
  readonly issues: readonly DataIssue[];
}

/**
 * Read one tabulation's CSV: the header must hold every column of the tabulation (in any order;
 * another column is named and ignored), and each row is validated by `recordRowSchema`. A bad
 * row is named (`file › line N › column: reason`) and left out; the rest loads. A report date
 * given twice keeps its first row.
 *
 * @example
 * parseRecordCsv(TABULATIONS[0], 'report_date,aircraft,…\n2023-04-11,91,12,0,54\n').readings[0]?.figures
 * // → { 'aircraft-detected': 91, 'aircraft-median-or-adiz': 54, 'navy-vessels': 12, 'official-ships': 0 }
 */
export function parseRecordCsv(tabulation: Tabulation, text: string): ParsedRecordCsv {
  const file = tabulation.file;
  const issues: DataIssue[] = [];
  const readings: RecordReading[] = [];
  const add = (line: number, column: string | undefined, reason: string) =>
    issues.push({ file, feature: `line ${line}`, ...(column ? { path: column } : {}), reason });

  const records = csvRecords(text.replace(/^\uFEFF/, ''));
  const isBlank = (cells: readonly string[]) => cells.every((c) => c === '');
  const header = records.find((r) => !isBlank(r.cells));
  if (!header) return { readings, issues: [{ file, reason: 'is empty' }] };
  const names = header.cells;
  names.forEach((name, i) => {
    if (!tabulation.columns.includes(name))
      add(
        header.line,
        name || `column ${i + 1}`,
        `is not a column of ${tabulation.id}'s tabulation (its columns are ${tabulation.columns.join(', ')}); it is ignored`,
      );
    else if (names.indexOf(name) !== i) add(header.line, name, 'is given twice in the header');
  });
  const missing = tabulation.columns.filter((c) => !names.includes(c));
  for (const column of missing) add(header.line, column, 'is missing from the header');
  if (missing.length > 0 || new Set(names).size !== names.length) return { readings, issues };

  const schema = recordRowSchema(tabulation);
  const seen = new Map<string, number>();
  for (const record of records) {
    if (record === header || isBlank(record.cells)) continue;
    const problem = csvRowProblem(record, names.length);
    if (problem) {
      add(record.line, undefined, problem);
      continue;
    }
    const cells = Object.fromEntries(names.map((name, i) => [name, record.cells[i]!]));
    const parsed = v.safeParse(schema, cells);
    if (!parsed.success) {
      issues.push(...issuesFromValibot(file, `line ${record.line}`, parsed.issues));
      continue;
    }
    const row = parsed.output as Record<string, unknown>;
    const date = row.report_date as string;
    const first = seen.get(date);
    if (first !== undefined) {
      add(record.line, 'report_date', `${date} is given twice (line ${first} is kept)`);
      continue;
    }
    seen.set(date, record.line);
    readings.push(readingOf(tabulation, record.line, date, row));
  }
  return { readings, issues };
}

function readingOf(
  tabulation: Tabulation,
  line: number,
  date: string,
  row: Record<string, unknown>,
): RecordReading {
  const figures: Partial<Record<RecordMeasure, number>> = {};
  for (const [measure, column] of Object.entries(tabulation.figureColumns)) {
    const value = row[column] as number | undefined;
    if (value !== undefined) figures[measure as RecordMeasure] = value;
  }
  const url = tabulation.urlColumn ? (row[tabulation.urlColumn] as string | undefined) : undefined;
  const period = tabulation.periodColumns;
  return {
    tabulation: tabulation.id,
    date,
    file: tabulation.file,
    line,
    figures,
    ...(tabulation.regionsColumn ? { regions: row[tabulation.regionsColumn] as AdizRegion[] } : {}),
    ...(url ? { url } : {}),
    ...(period
      ? { period: { start: row[period.start] as string, end: row[period.end] as string } }
      : {}),
  };
}
