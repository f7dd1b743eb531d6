import { boxReadEntry, type BoxRead } from './box-read';
import { type IncidentColumns, incidentColumns, mergeColumns, rowsInBox } from './incident-columns';
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
export function incidentTable(model: {
  readonly incidents: readonly Incident[];
  readonly draftIds: ReadonlySet<string>;
}): IncidentTable {
  const columns = incidentColumns(model.incidents, model.draftIds);
  const rowOf = rowLookup(columns);
  return {
    columns,
    boxReadFile: undefined,
    entryAt: (row) => model.incidents[row]!,
    rowOf,
    find(id) {
      const row = rowOf(id);
      return row < 0
        ? undefined
        : { entry: model.incidents[row]!, row, flags: columns.flags[row]! };
    },
  };
}

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
  let rows: Map<string, number> | undefined;
  return (id) => {
    if (!rows) {
      rows = new Map();
      const { ids } = columns;
      for (let row = 0; row < ids.length; row++) rows.set(ids[row]!, row);
    }
    return rows.get(id) ?? -1;
  };
}
