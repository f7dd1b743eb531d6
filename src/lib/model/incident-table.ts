import { boxReadEntry, type BoxRead } from './box-read';
import {
  type IncidentColumns,
  incidentColumns,
  incidentColumnsSteps,
  insertColumns,
  mergeColumns,
  rowsInBox,
} from './incident-columns';
import { incidentsExtension } from './incidents-extension';
import { drain } from './run-sliced';
import type { IncidentEntry } from './incident-entry';
import type { Incident } from './schema';

/** An incident found by id in a table: its entry, its row (-1 outside the rows) and its flags. */
export interface FoundIncident {
  readonly entry: IncidentEntry;
  readonly row: number;
  readonly flags: number;
}

/**
 * Every incident the views show, as rows in date order: the columns the map draws, the
 * timeline bins, the counts chart sums and the list slices, and each row's incident. The list,
 * the map, the timeline, the chart, the selection and the evidence panel all read rows of one
 * table, whether it holds the model alone or the model merged with a box read.
 */
export interface IncidentTable {
  readonly columns: IncidentColumns;
  /** The file the rows read by bounding box come from; undefined when every row is the model's. */
  readonly boxReadFile: string | undefined;
  /** Row `row` as an entry: the model's incident itself, or a box read's row (built once, on demand). */
  entryAt(row: number): IncidentEntry;
  /** The row of an incident; -1 when it is not in the table. */
  rowOf(id: string): number;
  /**
   * An incident by id: a row's, or else a model incident outside a box read's rows (so that a
   * selection holds while the view moves on); undefined when neither holds it.
   */
  find(id: string): FoundIncident | undefined;
}

/**
 * The model's incidents (in date order, as the model keeps them) as a table: row `i` is
 * `incidents[i]`, its entry the incident object itself.
 *
 * @example
 * const table = incidentTable(model);
 * table.entryAt(table.rowOf('dm-2023-04-17-milius')) === model.incidents[…] // → true
 */
export function incidentTable(model: TableModel): IncidentTable {
  return drain(incidentTableSteps(model));
}

/** What a table is made of: a model's incidents (in date order) and its drafts. */
type TableModel = {
  readonly incidents: readonly Incident[];
  readonly draftIds: ReadonlySet<string>;
};

/**
 * `incidentTable` in steps (its columns made ROWS_PER_STEP rows at a time), for the model store
 * to make a dataset's table in slices before the model is shown.
 *
 * @example
 * await runSliced(incidentTableSteps(model));
 * incidentTable(model) // → the table made, at once
 */
export function* incidentTableSteps(model: TableModel): Generator<number, IncidentTable> {
  const { incidents, draftIds } = model;
  const known = tables.get(incidents);
  if (known?.draftIds === draftIds) return known.table;
  // A model made on top of another (an import) whose table is known: only the added rows are
  // made, and put in among the earlier ones; their look-up by id goes through the earlier one.
  const extension = incidentsExtension(incidents);
  const base = extension && tables.get(extension.base);
  // Worth it while what is added is smaller than what was there (an import, not a dataset on
  // top of the shipped files).
  const added =
    extension && incidentTableFromEarlier(model)
      ? Array.from(extension.addedRows, (row) => incidents[row]!)
      : undefined;
  let columns: IncidentColumns;
  let rowOf: (id: string) => number;
  if (extension && added && base && sameDraftsBefore(base.draftIds, draftIds, added)) {
    const { addedRows } = extension;
    columns = insertColumns(base.table.columns, addedRows, incidentColumns(added, draftIds));
    rowOf = extendedLookup(base.table.rowOf, columns.ids, addedRows);
  } else {
    columns = yield* incidentColumnsSteps(incidents, draftIds);
    rowOf = rowLookup(columns);
  }
  const table: IncidentTable = {
    columns,
    boxReadFile: undefined,
    entryAt: (row) => incidents[row]!,
    rowOf,
    find(id) {
      const row = rowOf(id);
      return row < 0 ? undefined : { entry: incidents[row]!, row, flags: columns.flags[row]! };
    },
  };
  tables.set(incidents, { draftIds, table });
  return table;
}

/** Whether the drafts of a list made by adding `added` are the earlier list's plus added ones. */
function sameDraftsBefore(
  before: ReadonlySet<string>,
  after: ReadonlySet<string>,
  added: readonly Incident[],
): boolean {
  if (before === after) return true;
  const addedDrafts = added.reduce((n, i) => n + (after.has(i.id) ? 1 : 0), 0);
  if (after.size !== before.size + addedDrafts) return false;
  for (const id of before) if (!after.has(id)) return false;
  return true;
}

/**
 * Whether the model's table is made from an earlier model's, made already (an import on top of
 * a larger model: its rows put in among the earlier columns, a few ms), rather than from its
 * whole list.
 */
export function incidentTableFromEarlier(model: TableModel): boolean {
  const extension = incidentsExtension(model.incidents);
  return (
    extension !== undefined &&
    extension.addedRows.length < extension.base.length &&
    tables.has(extension.base)
  );
}

/**
 * Each model's table, kept with its incident list (a model is frozen and replaced whole, so the
 * table of a list never changes): the state asks again for the table of a model it was shown,
 * the store makes it before the model is shown, and an import's table is made from this one.
 */
const tables = new WeakMap<
  readonly Incident[],
  { readonly draftIds: ReadonlySet<string>; readonly table: IncidentTable }
>();

/**
 * A box read merged with the model's incidents in the same box, by day (`mergeColumns`), so
 * that the map, the timeline, the counts chart and the list show one set: the article's
 * incidents in view beside the file's. A file row's entry is built when it is first asked for.
 *
 * @example
 * const table = boxReadTable(incidentTable(model), read, 'datasets/big/incidents.fgb');
 * table.columns.size // → read.columns.size + the model's incidents inside read.box
 */
export function boxReadTable(model: IncidentTable, read: BoxRead, file: string): IncidentTable {
  const merged = mergeColumns(model.columns, rowsInBox(model.columns, read.box), read.columns);
  const { columns, first, second } = merged;
  const rowOf = rowLookup(columns);
  // Rows on screen are asked for again on every render: each file row is built once.
  const built = new Map<number, IncidentEntry>();
  const entryAt = (row: number): IncidentEntry => {
    const own = first[row]!;
    if (own >= 0) return model.entryAt(own);
    let entry = built.get(row);
    if (!entry) built.set(row, (entry = boxReadEntry(read, second[row]!)));
    return entry;
  };
  return {
    columns,
    boxReadFile: file,
    entryAt,
    rowOf,
    find(id) {
      const row = rowOf(id);
      if (row >= 0) return { entry: entryAt(row), row, flags: columns.flags[row]! };
      const outside = model.find(id);
      return outside && { ...outside, row: -1 };
    },
  };
}

/**
 * Row by id, with the look-up map built on first use. A plain loop: building it from 100,000
 * `[id, row]` pairs made as many arrays for the collector, a 300 ms task on the first search.
 */
function rowLookup(columns: IncidentColumns): (id: string) => number {
  return lazyLookup(columns.ids);
}

/** Row by id, the map made on the first look-up. */
function lazyLookup(ids: readonly string[]): (id: string) => number {
  let rows: Map<string, number> | undefined;
  return (id) => {
    if (!rows) {
      rows = new Map();
      for (let row = 0; row < ids.length; row++) rows.set(ids[row]!, row);
    }
    return rows.get(id) ?? -1;
  };
}

/**
 * Row by id in a table made by putting rows in at `addedRows` among those of a table looked up by
 * `baseRowOf`: an added id by a map of its own, any other by the earlier row, moved down by the
 * rows put in before it.
 */
function extendedLookup(
  baseRowOf: (id: string) => number,
  ids: readonly string[],
  addedRows: Int32Array,
): (id: string) => number {
  const added = new Map<string, number>();
  // Where each added row went among the earlier rows: how many earlier rows came before it.
  const before = new Int32Array(addedRows.length);
  for (let k = 0; k < addedRows.length; k++) {
    added.set(ids[addedRows[k]!]!, addedRows[k]!);
    before[k] = addedRows[k]! - k;
  }
  return (id) => {
    const own = added.get(id);
    if (own !== undefined) return own;
    const row = baseRowOf(id);
    if (row < 0) return -1;
    // Added rows with at most `row` earlier rows before them come before it.
    let lo = 0;
    let hi = before.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (before[mid]! <= row) lo = mid + 1;
      else hi = mid;
    }
    return row + lo;
  };
}
