/**
 * eskim19/taiwan-strait-tracker's `docs/data/tension.json`, read in its own format and turned
 * into rows of the shipped CSV (geodata/record/eskim19-taiwan-strait-tracker.csv). Only MND's
 * figures are carried: `balloons` (0 on every day), `index`, `baseline` and `ratio` (the
 * project's own derived figures) are not. `parse_ok: false` rows are carried as written, as the
 * shipped CSV carries them, and counted in a note.
 */
import * as v from 'valibot';
import { type DataIssue, issuesFromValibot } from '../data-issue';
import { parseJsonText } from '../parse-json-text';
import {
  checkUpstreamRow,
  figureCell,
  type RefusedUpstreamRow,
  type UpstreamConversion,
  upstreamFigureSchema,
} from './check-upstream-row';
import type { RecordCsvRow } from './record-csv-text';
import { TABULATIONS } from './record-tabulations';

const ESKIM19 = TABULATIONS.find((t) => t.id === 'eskim19')!;

const figure = upstreamFigureSchema;

const fileSchema = v.looseObject(
  { records: v.array(v.unknown(), 'must be the list of daily records') },
  'must be there: the file is an object with a list of records',
);

const recordSchema = v.looseObject(
  {
    date: v.string('must be the report date as YYYY-MM-DD'),
    aircraft: figure,
    navy_ships: figure,
    official_ships: figure,
    crossed_median: figure,
    parse_ok: v.optional(v.boolean('must be true or false')),
  },
  'must be there: a record is an object with date, aircraft, navy_ships, official_ships and crossed_median',
);

/** The upstream field each column of the CSV comes from. */
const FIELDS: Readonly<Record<string, string>> = {
  report_date: 'date',
  crossed_median_or_entered_adiz: 'crossed_median',
};

/**
 * The rows of eskim19's tabulation in `tension.json`'s text (`file` names it in issues): one
 * row a record, each checked with the record's own row schema. A record that fails is refused
 * and named (`docs/data/tension.json › records[12] (2026-03-15) › crossed_median: reason`); a
 * date given twice keeps its first record. A text that is not JSON, or not an object with a
 * `records` list, fails as a whole.
 *
 * @example
 * upstreamEskim19('docs/data/tension.json', '{"records":[{"date":"2023-04-11","aircraft":91,"navy_ships":12,"official_ships":0,"crossed_median":54,"parse_ok":true}]}').rows
 * // → [{ report_date: '2023-04-11', aircraft: '91', navy_ships: '12', official_ships: '0', crossed_median_or_entered_adiz: '54' }]
 */
export function upstreamEskim19(file: string, text: string): UpstreamConversion {
  const json = parseJsonText(file, text);
  if (!json.ok) return { rows: [], refused: [], failures: [json.issue], notes: [] };
  const parsed = v.safeParse(fileSchema, json.json);
  if (!parsed.success)
    return {
      rows: [],
      refused: [],
      failures: issuesFromValibot(file, undefined, parsed.issues).map(formatChanged),
      notes: [],
    };

  const rows: RecordCsvRow[] = [];
  const refused: RefusedUpstreamRow[] = [];
  const seen = new Map<string, number>();
  let unparsed = 0;
  parsed.output.records.forEach((item, i) => {
    const date = dateOf(item);
    const row = `records[${i}]${date ? ` (${date})` : ''}`;
    const record = v.safeParse(recordSchema, item);
    if (!record.success) {
      refused.push({ date, issues: issuesFromValibot(file, row, record.issues) });
      return;
    }
    const r = record.output;
    const first = seen.get(r.date);
    if (first !== undefined) {
      refused.push({
        date: r.date,
        issues: [
          {
            file,
            feature: row,
            path: 'date',
            reason: `${r.date} is given twice (records[${first}] is kept)`,
          },
        ],
      });
      return;
    }
    const cells: RecordCsvRow = {
      report_date: r.date,
      aircraft: figureCell(r.aircraft),
      navy_ships: figureCell(r.navy_ships),
      official_ships: figureCell(r.official_ships),
      crossed_median_or_entered_adiz: figureCell(r.crossed_median),
    };
    const checked = checkUpstreamRow(ESKIM19, file, row, cells, FIELDS);
    if ('issues' in checked) {
      refused.push({ date, issues: checked.issues });
      return;
    }
    seen.set(r.date, i);
    if (r.parse_ok === false) unparsed++;
    rows.push(checked.row);
  });
  const notes =
    unparsed > 0
      ? [
          `${unparsed} of its rows are marked parse_ok: false by the project's parser; they are carried as written`,
        ]
      : [];
  return { rows, refused, failures: [], notes };
}

function dateOf(item: unknown): string | undefined {
  const date = (item as { date?: unknown } | null)?.date;
  return typeof date === 'string' ? date : undefined;
}

function formatChanged(issue: DataIssue): DataIssue {
  return { ...issue, reason: `${issue.reason}: its format has changed, or this is not the file` };
}
