import { type DayWindow, dayNumber, lowerBound } from './day-number';
import { boxContains, type LonLatBox } from './lon-lat-box';
import { drain } from './run-sliced';
import type { Incident } from './schema';
import { INCIDENT_CATEGORIES, type IncidentCategory } from './vocabulary';

/** `flags` bit: an unreviewed draft. */
export const FLAG_DRAFT = 1;
/** `flags` bit: the incident's place is approximate or schematic, not exact. */
export const FLAG_APPROXIMATE_PLACE = 2;
/** `flags` bit: read by bounding box from a dataset's file, not part of the model. */
export const FLAG_BOX_READ = 4;

/**
 * The model's incidents as columns, in the model's (date) order: what the map draws, the
 * timeline bins and a time window slices, without touching an incident object. Row `i` is
 * `model.incidents[i]`. Built once per model; 1,000,000 rows are ~30 MB.
 */
export interface IncidentColumns {
  readonly size: number;
  readonly ids: readonly string[];
  /** Days since 1970-01-01 (UTC) of the date's first day; non-decreasing. */
  readonly day: Int32Array;
  readonly lon: Float64Array;
  readonly lat: Float64Array;
  /** Index into INCIDENT_CATEGORIES. */
  readonly category: Uint8Array;
  /** FLAG_DRAFT | FLAG_APPROXIMATE_PLACE | FLAG_BOX_READ: where the row came from, and its place. */
  readonly flags: Uint8Array;
  /** Aircraft and ships reported (NaN: not reported, which is not zero). */
  readonly aircraft: Float32Array;
  readonly ships: Float32Array;
}

export const CATEGORY_INDEX: Readonly<Record<IncidentCategory, number>> = Object.fromEntries(
  INCIDENT_CATEGORIES.map((c, i) => [c, i]),
) as Record<IncidentCategory, number>;

/**
 * Columns of the incidents, which must be in date order (as the model keeps them).
 *
 * @example
 * const columns = incidentColumns(model.incidents, model.draftIds);
 * columns.day[0] // → the first incident's day number
 */
export function incidentColumns(
  incidents: readonly Incident[],
  draftIds: ReadonlySet<string> = new Set(),
): IncidentColumns {
  return drain(incidentColumnsSteps(incidents, draftIds));
}

/** Rows filled between two steps of `incidentColumnsSteps`. */
export const ROWS_PER_STEP = 10_000;

/**
 * `incidentColumns` in steps: yields the rows filled every ROWS_PER_STEP, so 100,000 incidents'
 * columns (70–280 ms here) can be made in slices (`runSliced`).
 *
 * @example
 * const columns = await runSliced(incidentColumnsSteps(model.incidents, model.draftIds));
 */
export function* incidentColumnsSteps(
  incidents: readonly Incident[],
  draftIds: ReadonlySet<string> = new Set(),
): Generator<number, IncidentColumns> {
  const size = incidents.length;
  const columns = blankColumns(incidents.map((i) => i.id));
  columns.aircraft.fill(NaN);
  columns.ships.fill(NaN);
  // Dates repeat (100,000 incidents over three years have ~1,100 distinct days): each distinct
  // date string is turned into a day number once.
  let lastDate = '';
  let lastDay = 0;
  for (let i = 0; i < size; i++) {
    if (i > 0 && i % ROWS_PER_STEP === 0) yield i;
    const incident = incidents[i]!;
    const p = incident.properties;
    if (p.date.value !== lastDate) {
      lastDate = p.date.value;
      lastDay = dayNumber(lastDate);
      if (i > 0 && lastDay < columns.day[i - 1]!)
        throw new Error(`incidentColumns: incidents are not in date order at ${incident.id}`);
    }
    columns.day[i] = lastDay;
    columns.lon[i] = incident.geometry.coordinates[0]!;
    columns.lat[i] = incident.geometry.coordinates[1]!;
    columns.category[i] = CATEGORY_INDEX[p.category];
    columns.flags[i] =
      (draftIds.size > 0 && draftIds.has(incident.id) ? FLAG_DRAFT : 0) |
      (p.place.precision === 'exact' ? 0 : FLAG_APPROXIMATE_PLACE);
    const counts = p.counts;
    if (counts === undefined) continue;
    for (const count of counts) {
      if (count.unit === 'aircraft' && Number.isNaN(columns.aircraft[i]))
        columns.aircraft[i] = count.value;
      if (count.unit === 'ships' && Number.isNaN(columns.ships[i])) columns.ships[i] = count.value;
    }
  }
  return columns;
}

/**
 * The rows of a time window, as the half-open row range `[start, end)`; every row when there
 * is no window. O(log n): a window change never scans the incidents.
 *
 * @example
 * windowRows(columns.day, { from: 19448, to: 19478 }) // → [start, end]
 */
export function windowRows(
  days: Int32Array,
  window: DayWindow | undefined,
): readonly [number, number] {
  if (!window) return [0, days.length];
  return [lowerBound(days, window.from), lowerBound(days, window.to)];
}

/**
 * The categories present in the columns, in the order of the row each is first seen at (date
 * order): the list's category filter, read from the category column rather than from 100,000
 * incidents. Stops once every category is seen.
 *
 * @example
 * presentCategories(columns) // → ['naval-transit', 'air-activity', …]
 */
export function presentCategories(columns: IncidentColumns): IncidentCategory[] {
  const seen = new Uint8Array(INCIDENT_CATEGORIES.length);
  const present: IncidentCategory[] = [];
  const { category, size } = columns;
  for (let row = 0; row < size && present.length < INCIDENT_CATEGORIES.length; row++) {
    const c = category[row]!;
    if (seen[c]) continue;
    seen[c] = 1;
    present.push(INCIDENT_CATEGORIES[c]!);
  }
  return present;
}

/**
 * A bit mask of categories for the map's shader (bit i: INCIDENT_CATEGORIES[i]); all bits when
 * the choice is empty (no filter).
 *
 * @example
 * categoryMask(['air-activity']) // → 1
 */
export function categoryMask(categories: readonly IncidentCategory[]): number {
  if (categories.length === 0) return (1 << INCIDENT_CATEGORIES.length) - 1;
  return categories.reduce((mask, c) => mask | (1 << CATEGORY_INDEX[c]), 0);
}

/** Two sets of columns merged by day (see `mergeColumns`), and where each row came from. */
export interface MergedColumns {
  readonly columns: IncidentColumns;
  /** For each row, its row in the second columns, or -1 when it came from the first. */
  readonly second: Int32Array;
  /** For each row from the first columns, its row there (-1 for rows of the second). */
  readonly first: Int32Array;
}

/**
 * Merge the rows `rows` of columns `a` (ascending) with every row of `b` into one set of
 * columns in date order (on the same day, `a`'s rows first): the article's incidents in view
 * beside those read by bounding box, drawn, binned and listed as one. O(n).
 *
 * @example
 * const { columns, second } = mergeColumns(model, [3, 7], fromFile);
 * second[0] // → -1 when row 0 is model row 3 (earlier than anything read), else its row in fromFile
 */
export function mergeColumns(
  a: IncidentColumns,
  rows: ArrayLike<number>,
  b: IncidentColumns,
): MergedColumns {
  const size = rows.length + b.size;
  const ids: string[] = new Array<string>(size);
  const columns = blankColumns(ids);
  const second = new Int32Array(size);
  const first = new Int32Array(size);
  let i = 0;
  let j = 0;
  for (let out = 0; out < size; out++) {
    const fromA = i < rows.length && (j >= b.size || a.day[rows[i]!]! <= b.day[j]!);
    const src = fromA ? a : b;
    const row = fromA ? rows[i++]! : j++;
    ids[out] = src.ids[row]!;
    columns.day[out] = src.day[row]!;
    columns.lon[out] = src.lon[row]!;
    columns.lat[out] = src.lat[row]!;
    columns.category[out] = src.category[row]!;
    columns.flags[out] = src.flags[row]!;
    columns.aircraft[out] = src.aircraft[row]!;
    columns.ships[out] = src.ships[row]!;
    second[out] = fromA ? -1 : row;
    first[out] = fromA ? row : -1;
  }
  return { columns, second, first };
}

/**
 * `base`'s rows with `added`'s put in among them at rows `addedRows` of the result (ascending,
 * one a row of `added`): the columns of a model made on top of another by an import, copied in
 * blocks rather than made again from 100,000 incidents. The same columns as `incidentColumns`
 * of the new model's incidents.
 *
 * @example
 * insertColumns(columns, new Int32Array([2]), incidentColumns([imported])).ids[2] // → imported.id
 */
export function insertColumns(
  base: IncidentColumns,
  addedRows: Int32Array,
  added: IncidentColumns,
): IncidentColumns {
  const size = base.size + added.size;
  const ids: string[] = new Array<string>(size);
  const columns = blankColumns(ids);
  let from = 0;
  let at = 0;
  // Each block of earlier rows up to the next added row, then that row.
  for (let k = 0; k <= added.size; k++) {
    const next = k < added.size ? addedRows[k]! : size;
    const to = from + (next - at);
    copyRows(columns, at, base, from, to);
    for (let r = from; r < to; r++) ids[at + r - from] = base.ids[r]!;
    if (k === added.size) break;
    ids[next] = added.ids[k]!;
    copyRows(columns, next, added, k, k + 1);
    from = to;
    at = next + 1;
  }
  insertions.set(columns, { base, addedRows });
  return columns;
}

/** How columns were made by `insertColumns`: the earlier columns, and the rows put in. */
export interface ColumnsInsertion {
  readonly base: IncidentColumns;
  /** The rows the added took in the new columns, ascending. */
  readonly addedRows: Int32Array;
}

const insertions = new WeakMap<IncidentColumns, ColumnsInsertion>();

/**
 * How `columns` were made from earlier ones by `insertColumns`, if they were: what is derived
 * from 100,000 rows (the map's projected points and its GPU buffer) can then be derived from
 * the earlier columns' by adding the rows put in.
 *
 * @example
 * const next = insertColumns(columns, new Int32Array([2]), incidentColumns([imported]));
 * columnsInsertion(next)?.base === columns // → true
 */
export function columnsInsertion(columns: IncidentColumns): ColumnsInsertion | undefined {
  return insertions.get(columns);
}

/**
 * The rows of `columns` whose point lies in a box (west, south, east, north in degrees), in order.
 *
 * @example
 * rowsInBox(columns, { west: 118, south: 21, east: 123, north: 26 }) // → [0, 4, 5, …]
 */
export function rowsInBox(columns: IncidentColumns, box: LonLatBox): number[] {
  const rows: number[] = [];
  for (let row = 0; row < columns.size; row++)
    if (boxContains(box, columns.lon[row]!, columns.lat[row]!)) rows.push(row);
  return rows;
}

/**
 * The rows in `[start, end)` whose category bit is in `mask`, for a list that follows the
 * category filter without building incident objects.
 *
 * @example
 * rowsInCategories(columns, [0, columns.size], categoryMask(['air-activity']))
 */
export function rowsInCategories(
  columns: IncidentColumns,
  [start, end]: readonly [number, number],
  mask: number,
): Int32Array {
  const out = new Int32Array(end - start);
  let n = 0;
  for (let row = start; row < end; row++) if (mask & (1 << columns.category[row]!)) out[n++] = row;
  return out.subarray(0, n);
}

/** Rows `[start, end)` of `from`'s typed columns into `to`'s, from row `at`. */
function copyRows(
  to: IncidentColumns,
  at: number,
  from: IncidentColumns,
  start: number,
  end: number,
): void {
  (to.day as Int32Array).set(from.day.subarray(start, end), at);
  (to.lon as Float64Array).set(from.lon.subarray(start, end), at);
  (to.lat as Float64Array).set(from.lat.subarray(start, end), at);
  (to.category as Uint8Array).set(from.category.subarray(start, end), at);
  (to.flags as Uint8Array).set(from.flags.subarray(start, end), at);
  (to.aircraft as Float32Array).set(from.aircraft.subarray(start, end), at);
  (to.ships as Float32Array).set(from.ships.subarray(start, end), at);
}

/** Columns of zeros for rows with these ids, to be filled in. */
function blankColumns(ids: string[]) {
  const size = ids.length;
  return {
    size,
    ids,
    day: new Int32Array(size),
    lon: new Float64Array(size),
    lat: new Float64Array(size),
    category: new Uint8Array(size),
    flags: new Uint8Array(size),
    aircraft: new Float32Array(size),
    ships: new Float32Array(size),
  };
}
