import type { DataIssue } from '../data-issue';
import { dayNumber } from '../day-number';
import { deepFreeze, parseFeatureCollection } from '../parse-feature-collection';
import { parseJsonText } from '../parse-json-text';
import { layerFeatureSchema } from '../schema';
import { ADIZ_REGIONS } from '../vocabulary';
import type {
  AdizRegionShape,
  MndRecord,
  RecordDay,
  RecordNote,
  RecordReading,
  TabulationSpan,
} from './mnd-record';
import { parseRecordCsv } from './parse-record-csv';
import { COMPARED_MEASURES, type ComparedMeasure } from './record-measures';
import { parseRecordProvenance } from './record-provenance';
import { TABULATIONS, type TabulationId } from './record-tabulations';
import { isReportWindow, reportWindow } from './report-window';

/** One file as read: its path as the app names it (`geodata/…`) and its text. */
export interface RecordFile {
  readonly file: string;
  readonly text: string;
}

/**
 * What the data layer hands the record: the CSV files as read, where they came from
 * (`provenance.json`) and the schematic shapes of the ADIZ regions the reports name; nothing
 * trusted yet.
 */
export interface RecordFiles {
  readonly files: readonly RecordFile[];
  /** geodata/record/provenance.json; without it the record loads, its freshness unknown. */
  readonly provenance?: RecordFile;
  /** geodata/regions/adiz-regions.geojson; without it the record loads, its regions unmapped. */
  readonly regions?: RecordFile;
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
    ...provenanceOf(files.provenance, issues),
    ...regionShapesOf(files.regions, issues),
  };
  return { record: deepFreeze(record), issues };
}

/** The provenance, when its file is there and valid; its issues go to the record's. */
function provenanceOf(
  file: RecordFile | undefined,
  issues: DataIssue[],
): Pick<MndRecord, 'provenance'> {
  if (!file) return {};
  const parsed = parseRecordProvenance(file.text, file.file);
  issues.push(...parsed.issues);
  return parsed.provenance ? { provenance: parsed.provenance } : {};
}

/**
 * The regions' shapes: layer features (geodata/README.md) whose id is an ADIZ region; a feature
 * of another id is named and left out.
 */
function regionShapesOf(
  file: RecordFile | undefined,
  issues: DataIssue[],
): Pick<MndRecord, 'regionShapes'> {
  if (!file) return {};
  const json = parseJsonText(file.file, file.text);
  if (!json.ok) {
    issues.push(json.issue);
    return {};
  }
  const parsed = parseFeatureCollection(file.file, json.json, layerFeatureSchema);
  issues.push(...parsed.issues);
  const regions: readonly string[] = ADIZ_REGIONS;
  const shapes = parsed.features.filter((f) => {
    if (regions.includes(f.id)) return true;
    issues.push({
      file: file.file,
      feature: f.id,
      reason: `is not an ADIZ region (${ADIZ_REGIONS.join(', ')})`,
    });
    return false;
  });
  return { regionShapes: shapes as AdizRegionShape[] };
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
