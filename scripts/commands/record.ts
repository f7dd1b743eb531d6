/**
 * `npm run record -- [--from YYYY-MM-DD] [--to YYYY-MM-DD] [--format table|json|csv]`
 * `npm run record -- --check`
 * `npm run record -- --unusual`
 *
 * Prints the record (MND's daily reports as two tabulations read them, geodata/record/) for the
 * report dates in the range: every figure with its measure and provenance (tabulation, CSV line,
 * the report's URL where one is given), both readings where the tabulations disagree. A readable
 * table by default; json and csv for machines. `--check` prints the disagreements between the
 * tabulations, the notes on rows kept as written, and each shipped source figure's verdict
 * against the record. `--unusual` prints the reports whose figures stand out from their own
 * trailing baseline (`unusualDays`), naming the exercise a report falls in. Bad arguments: the reason and the usage, exit 2. A record with rows it
 * could not read: each is named, exit 1.
 */
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import Papa from 'papaparse';
import * as v from 'valibot';
import { readGeodataFiles } from '../../src/lib/data/read-geodata-files';
import { readRecordFiles } from '../../src/lib/data/read-record-files';
import { buildModel, type DashboardModel } from '../../src/lib/model/build-model';
import { type DataIssue, formatIssue } from '../../src/lib/model/data-issue';
import { dayNumber, isoDay } from '../../src/lib/model/day-number';
import { buildRecord } from '../../src/lib/model/record/build-record';
import { incidentVerdicts } from '../../src/lib/model/record/count-verdict';
import type { MndRecord, RecordDay } from '../../src/lib/model/record/mnd-record';
import { recordDayFigures } from '../../src/lib/model/record/record-day-figures';
import { describeUnusualRule } from '../../src/lib/model/record/describe-unusual-rule';
import type { NamedExercise } from '../../src/lib/model/record/parse-named-exercises';
import { recordDisagreements } from '../../src/lib/model/record/record-disagreements';
import { type RecordSeries, recordSeries } from '../../src/lib/model/record/record-series';
import { unusualDays } from '../../src/lib/model/record/unusual-days';
import { UNUSUAL_RULE } from '../../src/lib/model/record/unusual-rule';
import { readExercisesFile } from '../../src/lib/data/read-exercises-file';
import {
  COMPARED_MEASURES,
  RECORD_MEASURE_LABELS,
  RECORD_MEASURES,
  type RecordMeasure,
} from '../../src/lib/model/record/record-measures';
import {
  PROVENANCE_FILE,
  provenanceOf,
  type RecordProvenance,
} from '../../src/lib/model/record/record-provenance';
import { RECORD_PUBLISHER } from '../../src/lib/model/record/record-tabulations';
import { isoDaySchema } from '../../src/lib/model/schema';
import { MEASURE_LABELS } from '../../src/lib/model/vocabulary';

export const RECORD_USAGE =
  'usage: npm run record -- [--from YYYY-MM-DD] [--to YYYY-MM-DD] [--format table|json|csv] | --check | --unusual';

export const RECORD_FORMATS = ['table', 'json', 'csv'] as const;
export type RecordFormat = (typeof RECORD_FORMATS)[number];

export interface RecordOptions {
  readonly from?: string;
  readonly to?: string;
  readonly format: RecordFormat;
  readonly check: boolean;
  /** `--unusual`: the unusual days list instead of the table (present only when asked). */
  readonly unusual?: true;
  /** The geodata directory (the tests use copies). */
  readonly root: string;
}

/**
 * The command line's options, or an Error whose message says what is wrong.
 *
 * @example
 * parseRecordArgs(['--from', '2023-04-10', '--format', 'csv']) // → { from: '2023-04-10', format: 'csv', check: false, root: 'geodata' }
 */
export function parseRecordArgs(argv: readonly string[]): RecordOptions {
  const { values } = parseArgs({
    args: [...argv],
    options: {
      from: { type: 'string' },
      to: { type: 'string' },
      format: { type: 'string', default: 'table' },
      check: { type: 'boolean', default: false },
      unusual: { type: 'boolean', default: false },
      root: { type: 'string', default: 'geodata' },
    },
  });
  for (const option of ['from', 'to'] as const) {
    const value = values[option];
    if (value !== undefined && !v.is(isoDaySchema, value))
      throw new Error(`--${option} must be a real date as YYYY-MM-DD, not "${value}"`);
  }
  if (values.from && values.to && values.from > values.to)
    throw new Error(`--from (${values.from}) is after --to (${values.to})`);
  const format = values.format!;
  if (!(RECORD_FORMATS as readonly string[]).includes(format))
    throw new Error(`--format must be one of ${RECORD_FORMATS.join(', ')}, not "${format}"`);
  if (values.check && (values.from || values.to || format !== 'table'))
    throw new Error('--check takes no range or format: it looks at the whole record');
  if (values.unusual && (values.check || values.from || values.to || format !== 'table'))
    throw new Error('--unusual takes no range, format or --check: it looks at the whole record');
  return {
    ...(values.from ? { from: values.from } : {}),
    ...(values.to ? { to: values.to } : {}),
    format: format as RecordFormat,
    check: values.check!,
    ...(values.unusual ? { unusual: true as const } : {}),
    root: values.root!,
  };
}

/**
 * The report dates from `from` to `to` (both included, cut to the record's span), each with its
 * day in the record or `undefined` when no tabulation has that report.
 */
export function recordRange(
  record: MndRecord,
  from?: string,
  to?: string,
): { readonly date: string; readonly day?: RecordDay }[] {
  const first = record.days[0];
  const last = record.days[record.days.length - 1];
  if (!first || !last) return [];
  const lo = Math.max(first.day, from ? dayNumber(from) : first.day);
  const hi = Math.min(last.day, to ? dayNumber(to) : last.day);
  const out: { date: string; day?: RecordDay }[] = [];
  for (let d = lo; d <= hi; d++) {
    const date = isoDay(d);
    const day = record.byDate.get(date);
    out.push(day ? { date, day } : { date });
  }
  return out;
}

const SHORT: Readonly<Record<RecordMeasure | 'regions', string>> = {
  'aircraft-detected': 'aircraft',
  'aircraft-median-or-adiz': 'median/ADIZ',
  'aircraft-entered-adiz': 'ADIZ (own)',
  'navy-vessels': 'navy',
  'official-ships': 'official',
  regions: 'regions',
};

/** A header and rows as lines of columns padded to their widest cell. */
function columnLines(head: readonly string[], rows: readonly (readonly string[])[]): string[] {
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: readonly string[]) =>
    cells
      .map((c, i) => c.padEnd(widths[i]!))
      .join('  ')
      .trimEnd();
  return [line(head), ...rows.map(line)];
}

/**
 * Where the figures come from: each tabulation, at the commit its provenance (geodata/record/
 * provenance.json) names, and MND under its licence.
 */
export function provenanceLines(record: MndRecord, provenance?: RecordProvenance): string[] {
  return [
    ...record.tabulations.map((t) => {
      const read = provenanceOf(provenance, t.id);
      const at = read
        ? `${t.path} at ${read.commit}, ${read.committed}`
        : `${t.path}, commit unknown: ${PROVENANCE_FILE} has no entry`;
      return `${t.id.padEnd(8)} ${t.project}, ${t.repository} (${at}), ${t.licence} (${t.licenceFile}); reads ${t.reads}; ${t.span.days} reports, ${t.span.first} → ${t.span.last}, ${t.span.missing} missing`;
    }),
    `figures: ${RECORD_PUBLISHER.name}, reused under the ${RECORD_PUBLISHER.licence} (${RECORD_PUBLISHER.licenceUrl})`,
  ];
}

/** The record's days in the range as a readable table: a row per report and tabulation. */
export function recordTable(
  record: MndRecord,
  from?: string,
  to?: string,
  provenance?: RecordProvenance,
): string[] {
  const head = [
    'report',
    'window (UTC+8)',
    'tabulation',
    ...RECORD_MEASURES.map((m) => SHORT[m]),
    'regions',
    'row',
    'report URL',
  ];
  const rows: string[][] = [];
  for (const { date, day } of recordRange(record, from, to)) {
    const window = `${isoDay(dayNumber(date) - 1).slice(5)} 06:00 → ${date.slice(5)} 06:00`;
    if (!day) {
      rows.push([
        date,
        window,
        '–',
        ...RECORD_MEASURES.map(() => ''),
        '',
        '',
        'no tabulation has this report',
      ]);
      continue;
    }
    for (const reading of day.readings) {
      const cells = RECORD_MEASURES.map((m) => {
        const value = reading.figures[m];
        if (value === undefined) return '–';
        return (day.disagreements as readonly string[]).includes(m) ? `${value} ≠` : String(value);
      });
      rows.push([
        date,
        window,
        reading.tabulation,
        ...cells,
        reading.regions ? reading.regions.join(' ') || 'none' : '–',
        `${reading.file.replace(/^.*\//, '')}:${reading.line}`,
        reading.url ?? '–',
      ]);
    }
  }
  return [
    `MND's daily reports${from || to ? ` from ${from ?? 'the start'} to ${to ?? 'the end'}` : ''}, as the record's tabulations read them:`,
    ...provenanceLines(record, provenance).map((l) => `  ${l}`),
    '',
    ...columnLines(head, rows),
    '',
    ...RECORD_MEASURES.map((m) => `${SHORT[m].padEnd(11)}  ${RECORD_MEASURE_LABELS[m]}`),
    `${'regions'.padEnd(11)}  the ADIZ regions the report names (madeye only; "none": none named)`,
    `–            no such figure in that tabulation (a figure not reported is absent, not zero)`,
    `≠            the tabulations disagree on this figure that day: both readings are shown, neither picked`,
    `A 0 may be a tabulation's parser missing the figure; balloons are left out (geodata/README.md).`,
  ];
}

/** The record's days in the range as CSV: a row per report, tabulation and figure. */
export function recordCsv(record: MndRecord, from?: string, to?: string): string {
  const fields = [
    'report_date',
    'window_start',
    'window_end',
    'tabulation',
    'measure',
    'value',
    'disagreement',
    'file',
    'line',
    'report_url',
  ];
  const data: (string | number | boolean)[][] = [];
  for (const { day } of recordRange(record, from, to)) {
    if (!day) continue;
    for (const f of recordDayFigures(day))
      data.push([
        day.date,
        day.window.start,
        day.window.end,
        f.tabulation,
        f.measure,
        typeof f.value === 'number' ? f.value : f.value.join(' '),
        f.disagreement,
        f.file,
        f.line,
        f.url ?? '',
      ]);
  }
  return Papa.unparse({ fields, data }, { newline: '\n' }) + '\n';
}

/** The record's days in the range as JSON, with the tabulations' provenance. */
export function recordJson(
  record: MndRecord,
  from?: string,
  to?: string,
  provenance?: RecordProvenance,
): string {
  const days = recordRange(record, from, to).map(({ date, day }) =>
    day
      ? {
          date,
          window: day.window,
          disagreements: day.disagreements,
          readings: day.readings.map((r) => ({
            tabulation: r.tabulation,
            figures: r.figures,
            ...(r.regions ? { regions: r.regions } : {}),
            ...(r.url ? { url: r.url } : {}),
            file: r.file,
            line: r.line,
          })),
        }
      : { date, readings: [] },
  );

  const tabulations = record.tabulations.map((t) => {
    const read = provenanceOf(provenance, t.id);
    return read
      ? {
          ...t,
          commit: read.commit,
          committed: read.committed,
          ...(read.read ? { read: read.read } : {}),
        }
      : t;
  });
  return `${JSON.stringify({ publisher: RECORD_PUBLISHER, measures: RECORD_MEASURE_LABELS, tabulations, days }, null, 2)}\n`;
}

/**
 * `--check`: the tabulations' disagreements, the notes on rows kept as written, and each
 * shipped source figure against the record.
 */
export function checkLines(record: MndRecord, model: DashboardModel): string[] {
  const found = recordDisagreements(record);
  const lines = [
    `The tabulations disagree on ${found.days.length} of the ${found.daysInCommon} report dates both cover: ${COMPARED_MEASURES.map((m) => `${RECORD_MEASURE_LABELS[m]} ${found.byMeasure[m]}`).join(', ')}.`,
    "Both readings are kept; only MND's text settles which is right.",
    '',
  ];
  const names = record.tabulations.map((t) => t.id);
  const head = ['report', 'measure', ...names, 'report URL'];
  const rows = found.days.flatMap((day) =>
    day.disagreements.map((m) => [
      day.date,
      SHORT[m],
      ...names.map((t) => String(day.readings.find((r) => r.tabulation === t)?.figures[m] ?? '–')),
      day.readings.find((r) => r.url)?.url ?? '–',
    ]),
  );
  lines.push(...columnLines(head, rows), '');
  lines.push(`Rows kept as written that a reader should know of (${record.notes.length}):`);
  for (const n of record.notes)
    lines.push(`  ${n.file} › line ${n.line} (${n.tabulation}, ${n.date}): ${n.reason}`);
  lines.push('');

  const tally = new Map<string, number>();
  lines.push('Shipped source figures against the record:');
  for (const incident of model.incidents) {
    const draft = model.draftIds.has(incident.id) ? ' (draft)' : '';
    for (const verdict of incidentVerdicts(incident, record, model.sources)) {
      const c = verdict.count;
      const what = c.measure ? MEASURE_LABELS[c.measure.kind] : c.what;
      tally.set(verdict.verdict, (tally.get(verdict.verdict) ?? 0) + 1);
      lines.push(
        `  ${incident.id}${draft} › counts[${verdict.index}]: ${c.qualifier ? `${c.qualifier} ` : ''}${c.value.toLocaleString('en-GB')} ${what} — ${verdict.verdict.toUpperCase()}`,
      );
      if (verdict.report) lines.push(`    ${verdict.report.how}`);
      for (const f of verdict.figures)
        lines.push(
          `    ${f.measure === 'regions' ? 'regions: ' : f.separate ? 'beside it: ' : ''}${f.text}${f.url ? ` <${f.url}>` : f.line ? ` (${f.file?.replace(/^.*\//, '')}:${f.line})` : ''}`,
        );
      if (verdict.figures.length === 0) lines.push(`    ${verdict.text}`);
      if (verdict.claim)
        lines.push(`    claim “${verdict.claim.claim.words}”: ${verdict.claim.text}`);
    }
  }
  const order = ['agrees', 'disagrees', 'no-figure', 'no-day', 'not-compared'];
  const total = [...tally.values()].reduce((a, b) => a + b, 0);
  lines.push(
    '',
    `record check: ${found.days.length} of ${found.daysInCommon} days with a disagreement between the tabulations; ${total} shipped source figures: ${order.map((k) => `${tally.get(k) ?? 0} ${k}`).join(', ')}`,
  );
  return lines;
}

/**
 * `--unusual`: one line per report and measure that stands out from its own trailing baseline
 * (`unusualDays` with `UNUSUAL_RULE`): date, measure, each flagging tabulation's figure, median,
 * MAD and threshold, and the named exercise the report falls in; then the rule and a summary.
 */
export function unusualLines(series: RecordSeries, exercises: readonly NamedExercise[]): string[] {
  const found = unusualDays(series, exercises);
  const rows = found.flatMap((u) =>
    u.readings.map((r) => [
      u.date,
      r.tabulation,
      SHORT[u.measure],
      String(r.figure),
      String(r.median),
      String(r.mad),
      r.threshold.toFixed(1),
      u.exercise?.name ?? '–',
    ]),
  );
  const dates = new Set(found.map((u) => u.date)).size;
  const inside = found.filter((u) => u.exercise).length;
  const named = new Set(found.flatMap((u) => (u.exercise ? [u.exercise.name] : []))).size;
  return [
    `Unusual: ${describeUnusualRule(UNUSUAL_RULE)}`,
    '',
    ...columnLines(
      ['report', 'tabulation', 'measure', 'figure', 'median', 'MAD', 'threshold', 'exercise'],
      rows,
    ),
    '',
    `record unusual: ${found.length} unusual figures (report × measure) on ${dates} report dates; ${inside} inside ${named} of the ${exercises.length} named exercises`,
  ];
}

/** Run the command; returns its exit status. */
export function runRecord(
  options: RecordOptions,
  out: (text: string) => void,
  err: (text: string) => void,
): number {
  const root = resolve(options.root);
  const { record, issues } = buildRecord(readRecordFiles(root));
  // buildRecord read provenance.json with the CSVs and named its problems among `issues`.
  const provenance = record.provenance;
  const problems: DataIssue[] = [...issues];
  if (!provenance && !issues.some((issue) => issue.file === PROVENANCE_FILE))
    problems.push({ file: PROVENANCE_FILE, reason: 'is missing' });
  if (options.unusual) {
    const named = readExercisesFile(root);
    problems.push(...named.issues);
    for (const line of unusualLines(recordSeries(record), named.exercises)) out(line);
  } else if (options.check) {
    const model = buildModel(readGeodataFiles(root));
    for (const line of checkLines(record, model)) out(line);
  } else if (options.format === 'json')
    out(recordJson(record, options.from, options.to, provenance));
  else if (options.format === 'csv') out(recordCsv(record, options.from, options.to));
  else for (const line of recordTable(record, options.from, options.to, provenance)) out(line);
  for (const issue of problems) err(`record: ${formatIssue(issue)}`);
  return problems.length > 0 ? 1 : 0;
}

function main(): void {
  let options: RecordOptions;
  try {
    options = parseRecordArgs(process.argv.slice(2));
  } catch (error) {
    console.error(`record: ${(error as Error).message}\n${RECORD_USAGE}`);
    process.exitCode = 2;
    return;
  }
  // A reader closing the pipe early (| head) ends the command quietly.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw error;
  });
  process.exitCode = runRecord(
    options,
    (text) => console.log(text.replace(/\n$/, '')),
    (text) => console.error(text),
  );
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) main();
