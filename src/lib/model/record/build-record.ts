import type { DataIssue } from '../data-issue';
import { dayNumber } from '../day-number';
import { deepFreeze } from '../parse-feature-collection';
import type { MndRecord, RecordDay, RecordNote, RecordReading, TabulationSpan } from './mnd-record';
import { parseRecordCsv } from './parse-record-csv';
import { COMPARED_MEASURES, type ComparedMeasure } from './record-measures';
import { TABULATIONS, type TabulationId } from './record-tabulations';
import { isReportWindow, reportWindow } from './report-window';

/** What the data layer hands the record: the CSV files as read, nothing trusted yet. */
export interface RecordFiles {
  readonly files: readonly { readonly file: string; readonly text: string }[];
  /** Files that could not be read at all. */
  readonly readIssues?: readonly DataIssue[];
}

export interface BuiltRecord {
  readonly record: MndRecord;
  /** Rows and files that could not be used, each named; everything else is in the record. */
  readonly issues: readonly DataIssue[];
}

/**
 * Validate the tabulations' CSVs and build the record: one day for every report date any
 * tabulation has, holding each tabulation's reading, the report's window by the rule (06:00
 * UTC+8 the day before to 06:00 that day), and the measures on which the readings disagree.
 * Nothing is averaged or picked. A bad row is named and left out; the rest loads. Rows kept as
 * written but worth a reader's attention (a window that differs from the rule, a part larger
 * than its whole) become notes.
 *
 * @example
 * const { record, issues } = buildRecord({ files: [{ file: TABULATIONS[0].file, text }] });
 * record.byDate.get('2023-04-11')?.readings[0]?.figures['aircraft-detected'] // → 91
 */
export function buildRecord(files: RecordFiles): BuiltRecord {
  const issues: DataIssue[] = [...(files.readIssues ?? [])];
  const notes: RecordNote[] = [];
  const loaded: MndRecord['tabulations'][number][] = [];
  const byDate = new Map<string, RecordReading[]>();

  for (const { file, text } of files.files) {
    const tabulation = TABULATIONS.find((t) => t.file === file);
    if (!tabulation) {
      issues.push({
        file,
        reason: `is not a tabulation the record knows (${TABULATIONS.map((t) => t.file).join(', ')}; see src/lib/model/record/record-tabulations.ts)`,
      });
      continue;
    }
    const parsed = parseRecordCsv(tabulation, text);
    issues.push(...parsed.issues);
    if (parsed.readings.length === 0) continue;
    for (const reading of parsed.readings) {
      byDate.set(reading.date, [...(byDate.get(reading.date) ?? []), reading]);
      notes.push(...readingNotes(reading));
    }
    loaded.push({ ...tabulation, span: spanOf(parsed.readings) });
  }

  const order = (r: { readonly tabulation: TabulationId }) =>
    TABULATIONS.findIndex((t) => t.id === r.tabulation);
  const days: RecordDay[] = [...byDate.keys()].sort().map((date) => {
    const readings = byDate.get(date)!.sort((a, b) => order(a) - order(b));
    return {
      date,
      day: dayNumber(date),
      window: reportWindow(date),
      readings,
      disagreements: disagreementsOf(readings),
    };
  });
  loaded.sort((a, b) => TABULATIONS.indexOf(a) - TABULATIONS.indexOf(b));
  const record: MndRecord = {
    tabulations: loaded,
    days,
    byDate: new Map(days.map((d) => [d.date, d])),
    notes: notes.sort((a, b) => a.date.localeCompare(b.date) || order(a) - order(b)),
  };
  return { record: deepFreeze(record), issues };
}

function disagreementsOf(readings: readonly RecordReading[]): ComparedMeasure[] {
  return COMPARED_MEASURES.filter((measure) => {
    const values = readings.map((r) => r.figures[measure]).filter((x) => x !== undefined);
    return values.length > 1 && values.some((x) => x !== values[0]);
  });
}

function readingNotes(reading: RecordReading): RecordNote[] {
  const notes: RecordNote[] = [];
  const { tabulation, date, file, line, figures, period } = reading;
  const note = (reason: string) => notes.push({ tabulation, date, file, line, reason });
  if (period && !isReportWindow(date, period.start, period.end)) {
    const rule = reportWindow(date);
    note(
      `its window ${period.start} → ${period.end} is not the rule's for the report of ${date} (${rule.start} → ${rule.end})`,
    );
  }
  const all = figures['aircraft-detected'];
  for (const part of ['aircraft-median-or-adiz', 'aircraft-entered-adiz'] as const) {
    const value = figures[part];
    if (all !== undefined && value !== undefined && value > all)
      note(`${value} ${part} is more than the ${all} aircraft detected; kept as written`);
  }
  return notes;
}

function spanOf(readings: readonly RecordReading[]): TabulationSpan {
  const dates = readings.map((r) => r.date).sort();
  const first = dates[0]!;
  const last = dates[dates.length - 1]!;
  return {
    first,
    last,
    days: dates.length,
    missing: dayNumber(last) - dayNumber(first) + 1 - dates.length,
  };
}
