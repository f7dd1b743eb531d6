/**
 * One upstream row turned into a row of the shipped CSV, checked with the same schema the
 * record reads the CSV with (`recordRowSchema`), so that what `npm run update` writes is what
 * `buildRecord` accepts. Shared by the two upstream readers (`upstream-eskim19.ts`,
 * `upstream-madeye.ts`).
 */
import * as v from 'valibot';
import { type DataIssue, issuesFromValibot } from '../data-issue';
import type { RecordCsvRow } from './record-csv-text';
import { recordRowSchema } from './record-row-schema';
import type { Tabulation } from './record-tabulations';

/** An upstream row that cannot become a row of the record, and the report date it gives, if any. */
export interface RefusedUpstreamRow {
  readonly date?: string;
  /** Each names the upstream file, the row and the upstream field: `file › row › field: reason`. */
  readonly issues: readonly DataIssue[];
}

/** What an upstream tabulation's files give: rows of the shipped CSV, and what was refused. */
export interface UpstreamConversion {
  /** Valid rows, one a report date, in the upstream's order. */
  readonly rows: readonly RecordCsvRow[];
  /** Rows that cannot be used, each named. */
  readonly refused: readonly RefusedUpstreamRow[];
  /** Why the upstream as a whole cannot be read (invalid JSON, a format that changed): empty when it can. */
  readonly failures: readonly DataIssue[];
  /** What a reader should know of rows carried as written. */
  readonly notes: readonly string[];
}

/**
 * Check the cells an upstream row converts to against `recordRowSchema(tabulation)`: the row, or
 * the issues, each naming `file`, `row` and the upstream field a column comes from (`fields`,
 * by column; a column without one is named as itself).
 *
 * @example
 * checkUpstreamRow(TABULATIONS[0], 'docs/data/tension.json', 'records[0] (2022-11-16)', cells, { crossed_median_or_entered_adiz: 'crossed_median' })
 * // → { row: cells } or { issues: [{ file: 'docs/data/tension.json', feature: 'records[0] (2022-11-16)', path: 'crossed_median', reason: 'must be a whole number, …' }] }
 */
export function checkUpstreamRow(
  tabulation: Tabulation,
  file: string,
  row: string,
  cells: RecordCsvRow,
  fields: Readonly<Record<string, string>>,
): { readonly row: RecordCsvRow } | { readonly issues: readonly DataIssue[] } {
  const parsed = v.safeParse(recordRowSchema(tabulation), cells);
  if (parsed.success) return { row: cells };
  return {
    issues: issuesFromValibot(file, row, parsed.issues).map((issue) =>
      issue.path ? { ...issue, path: fields[issue.path] ?? issue.path } : issue,
    ),
  };
}

/** An upstream figure: a number, or null or absent when not reported (the row schema then checks it is whole). */
export const upstreamFigureSchema = v.optional(
  v.nullable(v.number('must be a number, or null (not reported)')),
);

/** A figure as a cell: a number as written (the schema then refuses what is not whole), null or absent as empty. */
export function figureCell(value: number | null | undefined): string {
  return value === null || value === undefined ? '' : String(value);
}
