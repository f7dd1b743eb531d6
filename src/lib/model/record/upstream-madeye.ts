/**
 * madeye/taiwan-strait-monitor's `data/daily/*.json`, one file a report, read in its own format
 * and turned into rows of the shipped CSV (geodata/record/madeye-taiwan-strait-monitor.csv):
 * the window (`period`), the figures, the ADIZ regions named (space-separated, in the file's
 * order) and the report's URL. `positions` (zone centres madeye assigns) and `map_image` are
 * not MND's figures and are not carried.
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

const MADEYE = TABULATIONS.find((t) => t.id === 'madeye')!;

const figure = upstreamFigureSchema;

const reportSchema = v.looseObject(
  {
    date: v.string('must be the report date as YYYY-MM-DD'),
    period: v.object(
      {
        start: v.string('must be the window’s start, as 2025-09-30T06:00:00+08:00'),
        end: v.string('must be the window’s end, as 2025-10-01T06:00:00+08:00'),
      },
      'must be there: the report’s window is an object with start and end',
    ),
    aircraft: v.optional(
      v.nullable(
        v.looseObject({
          total: figure,
          crossed_median: figure,
          entered_adiz: figure,
          adiz_regions: v.optional(v.nullable(v.array(v.string('must be a region’s name')))),
        }),
      ),
    ),
    vessels: v.optional(v.nullable(v.looseObject({ naval: figure, official: figure }))),
    source_url: v.optional(v.nullable(v.string('must be the report’s address'))),
  },
  'must be there: a report is an object with date, period, aircraft, vessels and source_url',
);

/** The upstream field each column of the CSV comes from. */
const FIELDS: Readonly<Record<string, string>> = {
  report_date: 'date',
  period_start: 'period.start',
  period_end: 'period.end',
  aircraft: 'aircraft.total',
  crossed_median: 'aircraft.crossed_median',
  entered_adiz: 'aircraft.entered_adiz',
  adiz_regions: 'aircraft.adiz_regions',
  navy_ships: 'vessels.naval',
  official_ships: 'vessels.official',
};

/**
 * The rows of madeye's tabulation in its daily files (`data/daily/<report date>.json`): one row
 * a file, each checked with the record's own row schema. A file that fails, or whose `date` is
 * not its name, is refused and named (`data/daily/2026-03-15.json › 2026-03-15 ›
 * aircraft.total: reason`). A file that is not JSON fails the whole tabulation.
 *
 * @example
 * upstreamMadeye([{ path: 'data/daily/2026-03-15.json', text }]).rows[0]?.crossed_median // → '16'
 */
export function upstreamMadeye(
  files: readonly { readonly path: string; readonly text: string }[],
): UpstreamConversion {
  const rows: RecordCsvRow[] = [];
  const refused: RefusedUpstreamRow[] = [];
  const failures: DataIssue[] = [];
  for (const { path, text } of files) {
    const named = /(?:^|\/)(\d{4}-\d{2}-\d{2})\.json$/.exec(path)?.[1];
    const json = parseJsonText(path, text);
    if (!json.ok) {
      failures.push(json.issue);
      continue;
    }
    const report = v.safeParse(reportSchema, json.json);
    const row = named ?? path.replace(/^.*\//, '');
    if (!report.success) {
      refused.push({ date: named, issues: issuesFromValibot(path, row, report.issues) });
      continue;
    }
    const r = report.output;
    if (r.date !== named) {
      refused.push({
        date: named,
        issues: [
          {
            file: path,
            feature: row,
            path: 'date',
            reason: `is ${r.date}, but the file is named ${row}.json`,
          },
        ],
      });
      continue;
    }
    const cells: RecordCsvRow = {
      report_date: r.date,
      period_start: r.period.start,
      period_end: r.period.end,
      aircraft: figureCell(r.aircraft?.total),
      crossed_median: figureCell(r.aircraft?.crossed_median),
      entered_adiz: figureCell(r.aircraft?.entered_adiz),
      adiz_regions: (r.aircraft?.adiz_regions ?? []).join(' '),
      navy_ships: figureCell(r.vessels?.naval),
      official_ships: figureCell(r.vessels?.official),
      source_url: r.source_url ?? '',
    };
    const checked = checkUpstreamRow(MADEYE, path, row, cells, FIELDS);
    if ('issues' in checked) refused.push({ date: r.date, issues: checked.issues });
    else rows.push(checked.row);
  }
  return { rows, refused, failures, notes: [] };
}
