import { columnsInsertion, type IncidentColumns } from '../model/incident-columns';
import { projectPoints } from './project-points';

/** Floats per point in the vertex data: Mercator x and y, category, flags. */
export const FLOATS_PER_POINT = 4;

/** Room left for imports when the vertex data is made whole (a quarter more rows). */
const HEADROOM = 1.25;

/** What changed in the vertex data since it was last handed to the GPU. */
export type PointChange =
  /** Made whole, perhaps larger: the GPU buffer is made again with `capacity` rows. */
  | { readonly kind: 'whole' }
  /** Rows `[from, size)` changed (an insertion shifts every row after it): upload those. */
  | { readonly kind: 'rows'; readonly from: number };

/**
 * The incident points as the map's WebGL layer draws them: each row's Web Mercator x and y (for
 * the density grid and picking) and the interleaved vertex data for the GPU, with room for a
 * few more rows. Columns made by putting rows in among earlier ones (`columnsInsertion`, an
 * import) are followed by moving the earlier rows in place and projecting only the new ones,
 * so that a one-incident import on top of 100,000 re-projects one point and uploads only the
 * rows from it on, not every row again.
 *
 * @example
 * const points = new PointBuffer();
 * points.follow(table.columns) // → { kind: 'whole' }: make the GPU buffer (points.capacity rows)
 * points.follow(imported.columns) // → { kind: 'rows', from: 98_400 }: upload rows 98,400 on
 */
export class PointBuffer {
  #columns: IncidentColumns | undefined;
  #x: Float64Array = new Float64Array(0);
  #y: Float64Array = new Float64Array(0);
  #data: Float32Array = new Float32Array(0);

  /** The columns the points are of. */
  get columns(): IncidentColumns | undefined {
    return this.#columns;
  }
  /** Web Mercator x in [0, 1] of each row (`capacity` long: rows past `size` unused). */
  get x(): Float64Array {
    return this.#x;
  }
  /** Web Mercator y in [0, 1] (south is larger) of each row, as long as `x`. */
  get y(): Float64Array {
    return this.#y;
  }
  /** The vertex data, `capacity` rows of FLOATS_PER_POINT floats (rows past `size` unused). */
  get data(): Float32Array {
    return this.#data;
  }
  /** Rows the vertex data has room for. */
  get capacity(): number {
    return this.#data.length / FLOATS_PER_POINT;
  }

  /**
   * Follow `columns`: by their insertion into the columns followed now when there is one and
   * room for it, else whole. Undefined when they are the columns followed already.
   */
  follow(columns: IncidentColumns): PointChange | undefined {
    if (columns === this.#columns) return undefined;
    const insertion = columnsInsertion(columns);
    const change =
      insertion && insertion.base === this.#columns && columns.size <= this.capacity
        ? this.#insert(columns, insertion.addedRows)
        : this.#whole(columns);
    this.#columns = columns;
    return change;
  }

  #whole(columns: IncidentColumns): PointChange {
    const capacity = Math.ceil(columns.size * HEADROOM);
    this.#x = new Float64Array(capacity);
    this.#y = new Float64Array(capacity);
    projectPoints(columns.lon, columns.lat, this.#x, this.#y);
    this.#data = new Float32Array(capacity * FLOATS_PER_POINT);
    this.#fill(columns, 0, columns.size);
    return { kind: 'whole' };
  }

  /**
   * The earlier rows moved in place (no new arrays: a fresh megabyte costs milliseconds of page
   * faults here) around the added rows, which are projected and filled.
   */
  #insert(columns: IncidentColumns, addedRows: Int32Array): PointChange {
    const { size } = columns;
    // From the last block back, so that no row is overwritten before it is moved.
    let from = size - addedRows.length;
    let to = size;
    for (let k = addedRows.length; k >= 0; k--) {
      const added = k > 0 ? addedRows[k - 1]! : -1;
      const start = from - (to - (added + 1));
      if (added + 1 !== start) {
        this.#x.copyWithin(added + 1, start, from);
        this.#y.copyWithin(added + 1, start, from);
        this.#data.copyWithin(
          (added + 1) * FLOATS_PER_POINT,
          start * FLOATS_PER_POINT,
          from * FLOATS_PER_POINT,
        );
      }
      from = start;
      to = added;
    }
    for (const row of addedRows) {
      projectPoints(
        columns.lon.subarray(row, row + 1),
        columns.lat.subarray(row, row + 1),
        this.#x.subarray(row, row + 1),
        this.#y.subarray(row, row + 1),
      );
      this.#fill(columns, row, row + 1);
    }
    return { kind: 'rows', from: addedRows[0] ?? size };
  }

  #fill(columns: IncidentColumns, start: number, end: number): void {
    const data = this.#data;
    for (let i = start; i < end; i++) {
      data[i * FLOATS_PER_POINT] = this.#x[i]!;
      data[i * FLOATS_PER_POINT + 1] = this.#y[i]!;
      data[i * FLOATS_PER_POINT + 2] = columns.category[i]!;
      data[i * FLOATS_PER_POINT + 3] = columns.flags[i]!;
    }
  }
}
