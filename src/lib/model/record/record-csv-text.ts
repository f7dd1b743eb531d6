/**
 * The shipped CSV format of a tabulation (geodata/record/*.csv), written: the tabulation's
 * columns as the header, one row a report date in date order, CRLF after every line (the last
 * too), RFC 4180 quoting only where a cell needs it. `npm run update` writes the record with it.
 */
import type { Tabulation } from './record-tabulations';

/** A row of a tabulation's CSV: its cells by column name, as text (empty: not reported). */
export type RecordCsvRow = Readonly<Record<string, string>>;

/**
 * The CSV text of `rows` in `tabulation`'s columns, sorted by `report_date` (a missing cell is
 * written empty).
 *
 * @example
 * recordCsvText(TABULATIONS[0], [{ report_date: '2023-04-11', aircraft: '91', navy_ships: '12', official_ships: '0', crossed_median_or_entered_adiz: '54' }])
 * // → 'report_date,aircraft,navy_ships,official_ships,crossed_median_or_entered_adiz\r\n2023-04-11,91,12,0,54\r\n'
 */
export function recordCsvText(tabulation: Tabulation, rows: readonly RecordCsvRow[]): string {
  const sorted = [...rows].sort((a, b) => (a.report_date ?? '').localeCompare(b.report_date ?? ''));
  const line = (cells: readonly string[]) => cells.map(csvCell).join(',') + '\r\n';
  return (
    line(tabulation.columns) +
    sorted.map((row) => line(tabulation.columns.map((c) => row[c] ?? ''))).join('')
  );
}

function csvCell(cell: string): string {
  return /[",\r\n]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell;
}
