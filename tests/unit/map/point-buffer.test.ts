/**
 * The map's points follow an import by putting its rows in among the earlier ones: the same
 * projection and vertex data as made whole, with only the rows from the first one put in to
 * upload.
 */
import { describe, expect, it } from 'vitest';
import { FLOATS_PER_POINT, PointBuffer } from '../../../src/lib/map/point-buffer';
import { projectPoints } from '../../../src/lib/map/project-points';
import { type IncidentColumns, insertColumns } from '../../../src/lib/model/incident-columns';

/** Columns of points `[lon, lat]`, a day apart, with categories and flags from their row. */
function createColumns(points: readonly (readonly [number, number])[], id = 'p'): IncidentColumns {
  const size = points.length;
  return {
    size,
    ids: points.map((_, i) => `${id}${i}`),
    day: Int32Array.from(points, (_, i) => 19_000 + i),
    lon: Float64Array.from(points, ([lon]) => lon),
    lat: Float64Array.from(points, ([, lat]) => lat),
    category: Uint8Array.from(points, (_, i) => i % 5),
    flags: Uint8Array.from(points, (_, i) => i % 3),
    aircraft: new Float32Array(size).fill(NaN),
    ships: new Float32Array(size).fill(NaN),
  };
}

/** `n` points spread over the strait. */
const strait = (n: number, shift = 0) =>
  Array.from(
    { length: n },
    (_, i) => [118 + ((i * 7 + shift) % 50) / 10, 21 + ((i * 3 + shift) % 60) / 10] as const,
  );

/** The rows' x and y: only the first `size` rows count. */
const xOf = (points: PointBuffer) => points.x.subarray(0, points.columns!.size);
const yOf = (points: PointBuffer) => points.y.subarray(0, points.columns!.size);

/** The rows' vertex data, as drawn: only the first `size` rows count. */
const rowsOf = (points: PointBuffer) =>
  Array.from(points.data.subarray(0, points.columns!.size * FLOATS_PER_POINT));

/** That `points` hold what following `columns` whole (a copy: no insertion) gives. */
function expectMadeWhole(points: PointBuffer, columns: IncidentColumns): void {
  const whole = new PointBuffer();
  whole.follow({ ...columns });
  expect(xOf(points)).toEqual(xOf(whole));
  expect(yOf(points)).toEqual(yOf(whole));
  expect(rowsOf(points)).toEqual(rowsOf(whole));
}

describe('PointBuffer', () => {
  it('projects every row and interleaves x, y, category and flags, with room for more rows', () => {
    const columns = createColumns(strait(40));
    const points = new PointBuffer();
    expect(points.follow(columns)).toEqual({ kind: 'whole' });
    const { x, y } = projectPoints(columns.lon, columns.lat);
    expect(xOf(points)).toEqual(x);
    expect(yOf(points)).toEqual(y);
    expect(points.capacity).toBe(50);
    expect(points.x).toHaveLength(50);
    expect(Array.from(points.data.subarray(4 * 7, 4 * 8))).toEqual([
      Math.fround(x[7]!),
      Math.fround(y[7]!),
      7 % 5,
      7 % 3,
    ]);
    expect(points.follow(columns)).toBeUndefined();
  });

  it('follows rows put in (first, among, last) as making them whole does, from the first one', () => {
    const base = createColumns(strait(40));
    const added = createColumns(strait(3, 11), 'added');
    const addedRows = new Int32Array([0, 17, 42]);
    const next = insertColumns(base, addedRows, added);
    const points = new PointBuffer();
    points.follow(base);
    expect(points.follow(next)).toEqual({ kind: 'rows', from: 0 });
    expectMadeWhole(points, next);
  });

  it('uploads only from the first row put in, and the rows before it stay as they were', () => {
    const base = createColumns(strait(40));
    const next = insertColumns(base, new Int32Array([30, 35]), createColumns(strait(2, 5), 'a'));
    const points = new PointBuffer();
    points.follow(base);
    const before = Array.from(points.data.subarray(0, 30 * FLOATS_PER_POINT));
    expect(points.follow(next)).toEqual({ kind: 'rows', from: 30 });
    expect(Array.from(points.data.subarray(0, 30 * FLOATS_PER_POINT))).toEqual(before);
    expectMadeWhole(points, next);
  });

  it('is made whole when the rows put in do not fit, or the columns are not an insertion into its own', () => {
    const base = createColumns(strait(8));
    const points = new PointBuffer();
    points.follow(base);
    expect(points.capacity).toBe(10);
    // Three more rows than room for them.
    const many = insertColumns(base, new Int32Array([1, 2, 3]), createColumns(strait(3, 2), 'm'));
    expect(points.follow(many)).toEqual({ kind: 'whole' });
    expect(points.capacity).toBe(14);
    // Put in among columns it does not hold.
    const other = insertColumns(base, new Int32Array([0]), createColumns(strait(1, 9), 'o'));
    expect(points.follow(other)).toEqual({ kind: 'whole' });
    expectMadeWhole(points, other);
  });
});
