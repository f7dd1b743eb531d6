import * as v from 'valibot';
import { type CsvRecord, csvRecords, csvRowProblem } from '../model/csv-records';
import { checkIncidentFileSteps, type IncidentOrigins } from '../model/check-incident-file';
import { type DataIssue, formatIssue, type PathKey, pathText } from '../model/data-issue';
import { FEATURES_PER_STEP } from '../model/parse-feature-collection';
import { sizeIssue } from '../model/parse-json-text';
import { drain, mapSteps } from '../model/run-sliced';
import {
  type Count,
  countSchema,
  countClaimSchema,
  countMeasureSchema,
  type DateReading,
  dateReadingSchema,
  type Incident,
  incidentPropertiesSchema,
  isoDate,
  type SourceQuote,
} from '../model/schema';
import type { Source } from '../model/source';
import {
  FORMULA_LIKE,
  INCIDENT_CSV_COLUMNS,
  INCIDENT_LEVEL_COLUMNS,
  type IncidentCsvColumn,
  NUMERIC_CSV_COLUMNS,
  REQUIRED_CSV_COLUMNS,
} from './incident-csv-columns';

export interface ParsedIncidentCsv {
  /** The incidents, valid under the model's schema and checked against their sources. */
  readonly incidents: readonly Incident[];
  /** The line each incident starts on, by id, so later problems can name the line. */
  readonly lines: ReadonlyMap<string, number>;
  /** Each names the line (`feature: "line 7"`), the column (`path`) and the reason. */
  readonly issues: readonly DataIssue[];
}

interface Row {
  /** 1-based line the row starts on (a quoted cell may span lines). */
  readonly line: number;
  readonly get: (column: IncidentCsvColumn) => string;
}

/** Where each part of an incident came from, to name the line of a problem found later. */
interface Provenance {
  readonly first: number;
  readonly quotes: number[];
  readonly readings: number[];
  readonly counts: number[];
}

/**
 * Read a CSV of incidents (format in docs/import.md) into incident features of the model's
 * schema. One row is one quote; rows with the same id are one incident, whose first row gives
 * its title, category, place and point; each row may add a reading of the date and a figure from
 * its quote. A quote without `start` and `end` is looked up in its source and must occur there
 * exactly once. Every row is checked, and then every incident as `buildModel` would check it;
 * a problem names the line, the column and the reason. Incidents with a problem are left out.
 *
 * @example
 * const { incidents, issues } = parseIncidentCsv('mnd.csv', text, model.sources);
 * issues.map(formatIssue) // → ['mnd.csv › line 3 › lat: must be a latitude between -90 and 90']
 */
export function parseIncidentCsv(
  file: string,
  text: string,
  sources: ReadonlyMap<string, Source>,
): ParsedIncidentCsv {
  return drain(parseIncidentCsvSteps(file, text, sources));
}

/**
 * `parseIncidentCsv` in steps: yields the number of rows read, then of incidents checked, every
 * FEATURES_PER_STEP, so the browser can read a CSV of 50,000 rows in slices (`runSliced`). The
 * rows are read by `readIncidentCsvSteps` and the incidents checked by the model's one check
 * (`checkIncidentFileSteps`), every problem at its line.
 */
export function* parseIncidentCsvSteps(
  file: string,
  text: string,
  sources: ReadonlyMap<string, Source>,
  /** The text's records when already read (`csvRecordsSliced`); read here otherwise. */
  read?: readonly CsvRecord[],
): Generator<number, ParsedIncidentCsv> {
  const rows = yield* readIncidentCsvSteps(file, text, (id) => sources.get(id), read);
  const json = { type: 'FeatureCollection', features: rows.features };
  const checked = yield* mapSteps(
    checkIncidentFileSteps(file, json, { sources, incidentIds: new Set() }, rows.origins),
    (done) => rows.steps + done,
  );
  return {
    incidents: checked.incidents,
    lines: rows.lines,
    issues: inLineOrder([...rows.issues, ...checked.issues]),
  };
}

/** A CSV's rows as incident features, not yet checked: what an import hands the model. */
export interface ReadIncidentCsv {
  /** One GeoJSON feature an incident whose rows are well formed, in the order ids first appear. */
  readonly features: readonly unknown[];
  /** The line and column each part of each feature came from. */
  readonly origins: IncidentOrigins;
  /** The line each incident starts on, by id. */
  readonly lines: ReadonlyMap<string, number>;
  /** The rows' own problems (columns, cells, rows that disagree), each with its line. */
  readonly issues: readonly DataIssue[];
  /** How many steps reading took (rows plus incidents). */
  readonly steps: number;
}

/**
 * Read a CSV of incidents into incident features, checking what only the rows can say (the
 * header, each cell's form and vocabulary, rows of one incident that disagree, quotes without
 * offsets found in their source by `lookUp`). Each feature's parts keep the line and column
 * they came from (`origins`), so the model's check names them. Yields rows and incidents read,
 * every FEATURES_PER_STEP.
 *
 * @example
 * const rows = drain(readIncidentCsvSteps('mnd.csv', text, (id) => model.sources.get(id)));
 * buildModel({ ...files, incidents: [{ file: 'mnd.csv', json: { type: 'FeatureCollection', features: rows.features }, origins: rows.origins }] });
 */
export function* readIncidentCsvSteps(
  file: string,
  text: string,
  lookUp: (source: string) => Source | undefined,
  /** The text's records when already read (`csvRecordsSliced`); read here otherwise. */
  read?: readonly CsvRecord[],
): Generator<number, ReadIncidentCsv> {
  const issues: DataIssue[] = [];
  const add = (line: number, column: string | undefined, reason: string) =>
    issues.push({
      file,
      feature: `line ${line}`,
      ...(column ? { path: column } : {}),
      line,
      reason,
    });
  const features: unknown[] = [];
  const at: Provenance[] = [];
  const lines = new Map<string, number>();
  let step = 0;
  const done = (): ReadIncidentCsv => ({
    features,
    origins: {
      lineOf: (index) => at[index]!.first,
      locate: (index, keys) => locate(keys, at[index]!),
    },
    lines,
    issues,
    steps: step,
  });

  const tooLarge = sizeIssue(file, text.length);
  if (tooLarge) return { ...done(), issues: [tooLarge] };

  const records = read ?? csvRecords(withoutBom(text));
  const header = records.find((r) => r.cells.some((c) => c.trim() !== ''));
  if (!header) return { ...done(), issues: [{ file, reason: 'is empty' }] };
  const names = header.cells.map((c) => c.trim().toLowerCase());
  const known = new Set<string>(INCIDENT_CSV_COLUMNS);
  names.forEach((name, i) => {
    if (!known.has(name))
      add(
        header.line,
        name || `column ${i + 1}`,
        `is not a column of the incidents CSV (the columns are ${INCIDENT_CSV_COLUMNS.join(', ')})`,
      );
    else if (names.indexOf(name) !== i) add(header.line, name, 'is given twice in the header');
  });
  for (const name of REQUIRED_CSV_COLUMNS)
    if (!names.includes(name)) add(header.line, name, 'is missing from the header');
  if (issues.length > 0) return done();

  // Rows, grouped by id in the order ids first appear.
  const groups = new Map<string, Row[]>();
  for (const record of records) {
    if (++step % FEATURES_PER_STEP === 0) yield step;
    if (record === header || record.cells.every((c) => c.trim() === '')) continue;
    const problem = csvRowProblem(record, names.length);
    if (problem) {
      add(record.line, undefined, problem);
      continue;
    }
    const row: Row = {
      line: record.line,
      get: (column) => {
        const i = names.indexOf(column);
        const cell = i < 0 ? '' : record.cells[i]!;
        if (NUMERIC_CSV_COLUMNS.includes(column)) return cell.trim();
        const text =
          FORMULA_LIKE.test(cell.slice(1)) && cell.startsWith("'") ? cell.slice(1) : cell;
        // The quote is kept verbatim; other text cells lose surrounding spaces.
        return column === 'quote' ? text : text.trim();
      },
    };
    const id = row.get('id');
    if (id === '') {
      add(row.line, 'id', 'is required');
      continue;
    }
    const group = groups.get(id);
    if (group) group.push(row);
    else groups.set(id, [row]);
  }

  for (const [id, rows] of groups) {
    if (++step % FEATURES_PER_STEP === 0) yield step;
    const before = issues.length;
    const first = rows[0]!;
    const provenance: Provenance = { first: first.line, quotes: [], readings: [], counts: [] };
    lines.set(id, first.line);

    for (const row of rows.slice(1))
      for (const column of INCIDENT_LEVEL_COLUMNS) {
        const value = row.get(column);
        if (value !== '' && value !== first.get(column))
          add(
            row.line,
            column,
            `differs from line ${first.line} (“${first.get(column)}”): an incident's ${column} is given on its first row, and left empty or repeated unchanged on the others`,
          );
      }

    const lat = decimal(first.get('lat'));
    const lon = decimal(first.get('lon'));
    if (lat === undefined || lat < -90 || lat > 90)
      add(first.line, 'lat', 'must be a latitude in decimal degrees, between -90 and 90');
    if (lon === undefined || lon < -180 || lon > 180)
      add(first.line, 'lon', 'must be a longitude in decimal degrees, between -180 and 180');
    const category = first.get('category');
    const placePrecision = first.get('place_precision') || 'approximate';
    // A word of a vocabulary is checked by its part of the incident schema, which words the
    // reason; every cell is checked, so a row with several problems names each.
    const onFirst: Report = (column, reason) => add(first.line, column, reason);
    const { category: categorySchema, place: placeSchema } = incidentPropertiesSchema.entries;
    accepts(onFirst, 'category', categorySchema, category);
    accepts(onFirst, 'place_precision', placeSchema.entries.precision, placePrecision);

    const quotes: SourceQuote[] = [];
    const quoteAt = new Map<string, number>();
    const readings: DateReading[] = [];
    const counts: Count[] = [];
    for (const row of rows) {
      const quote = rowQuote(row, lookUp, (column, reason) => add(row.line, column, reason));
      if (!quote) continue;
      const key = `${quote.source}\u0000${quote.start}\u0000${quote.end}`;
      let index = quoteAt.get(key);
      if (index === undefined) {
        index = quotes.push(quote) - 1;
        quoteAt.set(key, index);
        provenance.quotes.push(row.line);
      } else if (quotes[index]!.text !== quote.text) {
        add(
          row.line,
          'quote',
          `differs from the quote at the same place on line ${provenance.quotes[index]}`,
        );
      }
      const reading = rowReading(row, index, (column, reason) => add(row.line, column, reason));
      if (reading) {
        readings.push(reading);
        provenance.readings.push(row.line);
      }
      const count = rowCount(row, index, (column, reason) => add(row.line, column, reason));
      if (count) {
        counts.push(count);
        provenance.counts.push(row.line);
      }
    }
    if (readings.length === 0 && issues.length === before)
      add(first.line, 'date', 'the incident has no date: give one, with its date_basis, on a row');
    if (issues.length > before) continue;

    const [date, ...otherDates] = readings as [DateReading, ...DateReading[]];
    const feature = place(first);
    const note = first.get('place_note');
    const incidentNote = first.get('note');
    features.push({
      type: 'Feature',
      id,
      geometry: { type: 'Point', coordinates: [lon, lat] },
      properties: {
        id,
        title: first.get('title'),
        category,
        date,
        ...(otherDates.length > 0 ? { otherDates } : {}),
        actors: first
          .get('actors')
          .split(';')
          .map((a) => a.trim())
          .filter((a) => a !== ''),
        place: {
          name: first.get('place'),
          precision: placePrecision,
          ...(feature ? { feature } : {}),
          ...(note ? { note } : {}),
        },
        ...(counts.length > 0 ? { counts } : {}),
        quotes,
        ...(incidentNote ? { note: incidentNote } : {}),
      },
    });
    at.push(provenance);
  }
  return done();
}

/**
 * A CSV's problems as people read them: in line order (the header's and the file's own first),
 * each said once (a broken id fails both `Feature.id` and `properties.id`, on one cell).
 *
 * @example
 * inLineOrder([{ file, feature: 'line 3', line: 3, reason }, { file, feature: 'line 2', line: 2, reason }]) // → line 2, then line 3
 */
export function inLineOrder(issues: readonly DataIssue[]): DataIssue[] {
  const said = new Set<string>();
  const once = issues.filter((issue) => {
    const text = formatIssue(issue);
    return !said.has(text) && Boolean(said.add(text));
  });
  return once.sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
}

function place(row: Row): string | undefined {
  return row.get('place_feature') || undefined;
}

type Report = (column: IncidentCsvColumn, reason: string) => void;

function rowQuote(
  row: Row,
  lookUp: (source: string) => Source | undefined,
  report: Report,
): SourceQuote | undefined {
  const source = row.get('source');
  const text = row.get('quote');
  const start = row.get('start');
  const end = row.get('end');
  let ok = true;
  if (source === '') ok = fail(report, 'source', 'is required: the id of a loaded source');
  if (text === '') ok = fail(report, 'quote', 'is required: the words, verbatim from the source');
  if ((start === '') !== (end === ''))
    ok = fail(
      report,
      start === '' ? 'start' : 'end',
      'start and end are given together or not at all',
    );
  if (!ok) return undefined;
  if (start !== '') {
    const s = integer(start);
    const e = integer(end);
    if (s === undefined) ok = fail(report, 'start', 'must be a whole number (a character offset)');
    if (e === undefined) ok = fail(report, 'end', 'must be a whole number (a character offset)');
    return ok ? { source, start: s!, end: e!, text } : undefined;
  }
  const known = lookUp(source);
  if (!known)
    return void fail(
      report,
      'source',
      `no source "${source}" is loaded: use the id of a loaded source, or import its text first`,
    );
  const found: number[] = [];
  for (let at = known.text.indexOf(text); at >= 0 && found.length < 5;) {
    found.push(at);
    at = known.text.indexOf(text, at + 1);
  }
  if (found.length === 0)
    return void fail(report, 'quote', `is not found verbatim in the source "${source}"`);
  if (found.length > 1)
    return void fail(
      report,
      'quote',
      `occurs ${found.length > 4 ? 'more than 4' : found.length} times in the source "${source}" (at ${found.slice(0, 4).join(', ')}): give start and end`,
    );
  return { source, start: found[0]!, end: found[0]! + text.length, text };
}

function rowReading(row: Row, quote: number, report: Report): DateReading | undefined {
  const value = row.get('date');
  if (value === '') {
    for (const column of ['date_precision', 'date_rule', 'date_basis', 'date_resolution'] as const)
      if (row.get(column) !== '') report(column, 'is given without a date');
    return undefined;
  }
  let ok = true;
  if (!v.is(isoDate, value))
    ok = fail(report, 'date', 'must be a real date as YYYY, YYYY-MM or YYYY-MM-DD');
  const precision =
    row.get('date_precision') ||
    (value.length === 4 ? 'year' : value.length === 7 ? 'month' : 'day');
  const rule = row.get('date_rule') || 'inferred';
  ok = accepts(report, 'date_precision', dateReadingSchema.entries.precision, precision) && ok;
  ok = accepts(report, 'date_rule', dateReadingSchema.entries.rule, rule) && ok;
  const basis = row.get('date_basis');
  if (basis === '')
    ok = fail(
      report,
      'date_basis',
      'is required with a date: the words of the quote it comes from',
    );
  if (!ok) return undefined;
  const resolution =
    row.get('date_resolution') ||
    `Given as ${value} in an imported CSV, from the words “${basis}”${rule === 'inferred' ? '' : ` (checked by the ${rule} rule)`}.`;
  return { value, precision, rule, basis, quote, resolution } as DateReading;
}

/** The columns that only mean something with a `count`. */
const COUNT_DETAIL_COLUMNS = INCIDENT_CSV_COLUMNS.filter((c) => c.startsWith('count_'));

function rowCount(row: Row, quote: number, report: Report): Count | undefined {
  const figure = row.get('count');
  if (figure === '') {
    for (const column of COUNT_DETAIL_COLUMNS)
      if (row.get(column) !== '') report(column, 'is given without a count');
    return undefined;
  }
  let ok = true;
  const value = integer(figure);
  if (value === undefined) ok = fail(report, 'count', 'must be a whole number, 0 or more');
  const unit = row.get('count_unit');
  const qualifier = row.get('count_qualifier');
  ok = accepts(report, 'count_unit', countSchema.entries.unit, unit) && ok;
  ok =
    accepts(report, 'count_qualifier', countSchema.entries.qualifier, qualifier || undefined) && ok;
  const basis = row.get('count_basis');
  if (basis === '')
    ok = fail(report, 'count_basis', 'is required with a count: the words of the quote giving it');
  const measure = rowMeasure(row, report);
  const claim = rowClaim(row, report);
  if (!ok || measure === false || claim === false) return undefined;
  return {
    unit,
    value,
    ...(qualifier ? { qualifier } : {}),
    basis,
    quote,
    what: row.get('count_what') || unit,
    ...(measure ? { measure } : {}),
    ...(claim ? { claim } : {}),
  } as Count;
}

/** The count's measure from its columns: `undefined` when none is given, `false` when broken. */
function rowMeasure(row: Row, report: Report): Count['measure'] | false {
  const kind = row.get('count_measure');
  const parts = ['count_measure_words', 'count_regions', 'count_of', 'count_dated'] as const;
  if (kind === '') {
    for (const column of parts)
      if (row.get(column) !== '') report(column, 'is given without a count_measure');
    return undefined;
  }
  let ok = true;
  ok = accepts(report, 'count_measure', countMeasureSchema.entries.kind, kind) && ok;
  const words = row.get('count_measure_words');
  if (words === '')
    ok = fail(
      report,
      'count_measure_words',
      'is required with a count_measure: the words of the quote that say what is counted',
    );
  const regions = row.get('count_regions').split(/\s+/).filter(Boolean);
  ok =
    accepts(
      report,
      'count_regions',
      countMeasureSchema.entries.regions,
      regions.length > 0 ? regions : undefined,
    ) && ok;
  const ofCell = row.get('count_of');
  const of = ofCell === '' ? undefined : integer(ofCell);
  if (ofCell !== '' && of === undefined)
    ok = fail(
      report,
      'count_of',
      "must be empty or a whole number: the index (from 0) of the incident's count this one is part of",
    );
  const dated = row.get('count_dated');
  ok = accepts(report, 'count_dated', countMeasureSchema.entries.dated, dated || undefined) && ok;
  if (!ok) return false;
  return {
    kind,
    words,
    ...(regions.length > 0 ? { regions } : {}),
    ...(of !== undefined ? { of } : {}),
    ...(dated ? { dated } : {}),
  } as Count['measure'];
}

/** The count's claim from its columns: `undefined` when none is given, `false` when broken. */
function rowClaim(row: Row, report: Report): Count['claim'] | false {
  const kind = row.get('count_claim');
  const since = row.get('count_claim_since');
  const words = row.get('count_claim_words');
  if (kind === '') {
    if (since !== '') report('count_claim_since', 'is given without a count_claim');
    if (words !== '') report('count_claim_words', 'is given without a count_claim');
    return undefined;
  }
  let ok = true;
  ok = accepts(report, 'count_claim', countClaimSchema.entries.kind, kind) && ok;
  if (!v.is(isoDate, since))
    ok = fail(report, 'count_claim_since', 'must be a real date as YYYY, YYYY-MM or YYYY-MM-DD');
  if (words === '')
    ok = fail(report, 'count_claim_words', "is required with a count_claim: the claim's words");
  return ok ? ({ kind, since, words } as Count['claim']) : false;
}

const QUOTE_FIELDS: Record<string, IncidentCsvColumn> = {
  start: 'start',
  end: 'end',
  source: 'source',
};
const DATE_FIELDS: Record<string, IncidentCsvColumn> = {
  value: 'date',
  precision: 'date_precision',
  rule: 'date_rule',
  basis: 'date_basis',
  resolution: 'date_resolution',
  quote: 'quote',
};
const COUNT_FIELDS: Record<string, IncidentCsvColumn> = {
  value: 'count',
  unit: 'count_unit',
  qualifier: 'count_qualifier',
  basis: 'count_basis',
  what: 'count_what',
  quote: 'quote',
  measure: 'count_measure',
  'measure.kind': 'count_measure',
  'measure.words': 'count_measure_words',
  'measure.regions': 'count_regions',
  'measure.of': 'count_of',
  'measure.dated': 'count_dated',
  claim: 'count_claim',
  'claim.kind': 'count_claim',
  'claim.since': 'count_claim_since',
  'claim.words': 'count_claim_words',
};
const PLACE_FIELDS: Record<string, IncidentCsvColumn> = {
  name: 'place',
  precision: 'place_precision',
  feature: 'place_feature',
  note: 'place_note',
};

/** A field's column, when `fields` names it (own keys only: a path key is data). */
function column(
  fields: Record<string, IncidentCsvColumn>,
  key: string,
): IncidentCsvColumn | undefined {
  return Object.hasOwn(fields, key) ? fields[key] : undefined;
}

/** The line and column the part of the built incident at `keys` came from. */
function locate(keys: readonly PathKey[], at: Provenance): { line: number; column?: string } {
  const [top, field, index, sub, subsub] = keys;
  const name = (key: PathKey | undefined) => (typeof key === 'string' ? key : '');
  if (top === 'properties') {
    if (field === 'quotes' && typeof index === 'number')
      return {
        line: at.quotes[index] ?? at.first,
        column: column(QUOTE_FIELDS, name(sub)) ?? 'quote',
      };
    if (field === 'date' || (field === 'otherDates' && typeof index === 'number')) {
      const reading = field === 'date' ? 0 : Number(index) + 1;
      const part = field === 'date' ? index : sub;
      return {
        line: at.readings[reading] ?? at.first,
        column: column(DATE_FIELDS, name(part)) ?? 'date',
      };
    }
    if (field === 'counts' && typeof index === 'number') {
      const part = typeof subsub === 'string' ? `${name(sub)}.${subsub}` : name(sub);
      return {
        line: at.counts[index] ?? at.first,
        column: column(COUNT_FIELDS, part) ?? 'count',
      };
    }
    if (field === 'place')
      return { line: at.first, column: column(PLACE_FIELDS, name(index)) ?? 'place' };
    if (
      field === 'id' ||
      field === 'title' ||
      field === 'category' ||
      field === 'actors' ||
      field === 'note'
    )
      return { line: at.first, column: field };
  }
  if (top === 'geometry') return { line: at.first, column: 'lat' };
  if (keys.length === 1 && top === 'id') return { line: at.first, column: 'id' };
  const path = pathText(keys);
  return { line: at.first, ...(path ? { column: path } : {}) };
}

function decimal(cell: string): number | undefined {
  return /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i.test(cell) ? Number(cell) : undefined;
}

function integer(cell: string): number | undefined {
  return /^\d+$/.test(cell) ? Number(cell) : undefined;
}

/** Whether `value` passes `schema` (a part of the incident schema); else reports its reason. */
function accepts(
  report: Report,
  column: IncidentCsvColumn,
  schema: v.GenericSchema,
  value: unknown,
): boolean {
  const parsed = v.safeParse(schema, value);
  if (!parsed.success) report(column, parsed.issues[0].message);
  return parsed.success;
}

function fail(report: Report, column: IncidentCsvColumn, reason: string): false {
  report(column, reason);
  return false;
}

/** The text without a UTF-8 byte-order mark, as the CSV's records are read. */
export function withoutBom(text: string): string {
  return text.replace(/^\uFEFF/, '');
}
