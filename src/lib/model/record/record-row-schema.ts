/**
 * The valibot schema of one row of a tabulation's CSV, built from the tabulation's columns:
 * cells arrive as strings and leave as figures (whole numbers; an empty cell is a figure not
 * reported, absent rather than zero), regions, a URL and date-times, or as issues naming the
 * column.
 */
import * as v from 'valibot';
import { isoDaySchema } from '../schema';
import { ADIZ_REGIONS } from '../vocabulary';
import type { Tabulation } from './record-tabulations';

const figure = v.pipe(
  v.string(),
  v.regex(/^\d*$/, 'must be a whole number, 0 or more (or empty: not reported)'),
  v.transform((cell) => (cell === '' ? undefined : Number(cell))),
);

const regions = v.pipe(
  v.string(),
  v.transform((cell) => cell.split(' ').filter((r) => r !== '')),
  v.check(
    (list) => list.every((r) => (ADIZ_REGIONS as readonly string[]).includes(r)),
    `must be regions separated by spaces, each one of ${ADIZ_REGIONS.join(', ')}`,
  ),
  v.check((list) => new Set(list).size === list.length, 'names a region twice'),
);

const dateTime = v.pipe(
  v.string(),
  v.regex(
    /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:Z|[+-]\d{2}:\d{2})$/,
    'must be a date and time as YYYY-MM-DDTHH:MM:SS+08:00',
  ),
  v.check((cell) => !Number.isNaN(Date.parse(cell)), 'is not a real date and time'),
);

/** MND's reports live on its own site: a link anywhere else is not the report. */
const reportUrl = v.pipe(
  v.string(),
  v.check(
    (cell) => cell === '' || /^https:\/\/www\.mnd\.gov\.tw\/\S+$/.test(cell),
    'must be the report’s address on https://www.mnd.gov.tw/ (or empty)',
  ),
  v.transform((cell) => (cell === '' ? undefined : cell)),
);

/**
 * The schema of a row of `tabulation`, as an object of its cells by column name.
 *
 * @example
 * v.parse(recordRowSchema(TABULATIONS[0]), { report_date: '2023-04-11', aircraft: '91', … })
 * // → { report_date: '2023-04-11', aircraft: 91, … }
 */
export function recordRowSchema(tabulation: Tabulation) {
  const entries: Record<string, v.GenericSchema<string, unknown>> = { report_date: isoDaySchema };
  for (const column of Object.values(tabulation.figureColumns)) entries[column] = figure;
  if (tabulation.regionsColumn) entries[tabulation.regionsColumn] = regions;
  if (tabulation.urlColumn) entries[tabulation.urlColumn] = reportUrl;
  if (tabulation.periodColumns) {
    entries[tabulation.periodColumns.start] = dateTime;
    entries[tabulation.periodColumns.end] = dateTime;
  }
  return v.object(entries);
}
