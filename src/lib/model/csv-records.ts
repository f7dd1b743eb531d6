import Papa from 'papaparse';
import { yieldToPage } from './run-sliced';

/** One record of a CSV file: its cells, the line it starts on, and why it cannot be read. */
export interface CsvRecord {
  /** 1-based line the record starts on (a quoted cell may span lines). */
  readonly line: number;
  readonly cells: string[];
  /** Set when papaparse could not read the record (an unclosed or malformed quoted cell). */
  readonly error?: string;
}

/**
 * The records of a CSV text (comma-separated, RFC 4180 quoting, read by papaparse), each with
 * the line it starts on, so that a problem can name its line. Empty lines are kept as records of
 * one empty cell: the caller decides what they mean.
 *
 * @example
 * csvRecords('a,b\n"x\ny",z\n').map((r) => r.line) // → [1, 2, 4]
 */
export function csvRecords(text: string): CsvRecord[] {
  const reader = recordReader(text);
  Papa.parse<string[]>(text, {
    delimiter: ',',
    skipEmptyLines: false,
    step: (result) => void reader.read(result),
  });
  return reader.records;
}

/**
 * What both readers do with each record papaparse gives: keep it with the line it starts on,
 * and count the lines up to its end. `base` is where papaparse last resumed (its cursor counts
 * from there); `read` returns the record's end in the whole text.
 */
function recordReader(text: string) {
  const records: CsvRecord[] = [];
  let offset = 0;
  let line = 1;
  return {
    records,
    read(result: Papa.ParseStepResult<string[]>, base = 0): number {
      const error = result.errors[0];
      records.push({
        line,
        cells: result.data,
        ...(error ? { error: csvError(error.code, error.message) } : {}),
      });
      const end = base + result.meta.cursor;
      for (let i = text.indexOf('\n', offset); i >= 0 && i < end; i = text.indexOf('\n', i + 1))
        line++;
      offset = end;
      return end;
    },
  };
}

/**
 * `csvRecords` in slices of about `sliceMs` (30 ms): papaparse is paused, the page given back,
 * and the parse resumed, so a CSV of 50,000 rows (16 MB) is read without freezing the page.
 * `signal` stops it between two slices. The same records as `csvRecords`.
 *
 * @example
 * const records = await csvRecordsSliced(text, { signal });
 */
export function csvRecordsSliced(
  text: string,
  options: { readonly signal?: AbortSignal; readonly sliceMs?: number } = {},
): Promise<CsvRecord[]> {
  const { signal, sliceMs = 30 } = options;
  const reader = recordReader(text);
  // papaparse's cursor counts from where the parse last resumed.
  let base = 0;
  let sliceStart = performance.now();
  return new Promise((resolve, reject) => {
    Papa.parse<string[]>(text, {
      delimiter: ',',
      skipEmptyLines: false,
      step: (result, parser) => {
        const end = reader.read(result, base);
        if (performance.now() - sliceStart < sliceMs) return;
        parser.pause();
        base = end;
        void yieldToPage().then(() => {
          if (signal?.aborted) {
            parser.abort();
            reject(signal.reason);
            return;
          }
          sliceStart = performance.now();
          parser.resume();
        });
      },
      complete: () => {
        if (!signal?.aborted) resolve(reader.records);
      },
    });
  });
}

/**
 * Why a record cannot be a row under a header of `columns` columns: it could not be read, or it
 * has another number of fields. `undefined` when it can.
 *
 * @example
 * csvRowProblem({ line: 3, cells: ['a', 'b'] }, 3) // → 'has 2 fields, but the header has 3'
 */
export function csvRowProblem(record: CsvRecord, columns: number): string | undefined {
  if (record.error) return record.error;
  if (record.cells.length !== columns)
    return `has ${record.cells.length} fields, but the header has ${columns}`;
  return undefined;
}

function csvError(code: string, message: string): string {
  if (code === 'MissingQuotes')
    return 'a quoted cell is never closed (a " is missing), so the rest of the file is one cell';
  if (code === 'InvalidQuotes')
    return 'a quoted cell is malformed (a " inside a quoted cell is written twice: "")';
  return `cannot be read as CSV: ${message}`;
}
