/** A row of a list of rows of one height, placed: its index, its key and its top in pixels. */
export interface PlacedRow {
  readonly index: number;
  readonly key: string | number;
  readonly start: number;
}

/**
 * The rows of a list of `count` rows of `rowHeight` pixels that are in a view of `viewHeight`
 * scrolled to `scrollTop`, and `overscan` more either side. Constant time in `count`: with one
 * height for every row, where a row is is arithmetic, so 100,000 rows cost what 27 do (a
 * general virtualizer measures every row each time the count changes).
 *
 * @example
 * listWindow(100_000, 74, 740, 600, 30, (i) => i).map((r) => r.index) // → [0, 1, …, 48]
 */
export function listWindow(
  count: number,
  rowHeight: number,
  scrollTop: number,
  viewHeight: number,
  overscan: number,
  keyOf: (index: number) => string | number,
): PlacedRow[] {
  if (count === 0) return [];
  const first = Math.max(0, Math.floor(scrollTop / rowHeight) - overscan);
  const last = Math.min(count - 1, Math.ceil((scrollTop + viewHeight) / rowHeight) - 1 + overscan);
  const rows: PlacedRow[] = [];
  for (let index = first; index <= last; index++)
    rows.push({ index, key: keyOf(index), start: index * rowHeight });
  return rows;
}

/**
 * Where to scroll so that row `index` is wholly in view, moving as little as possible (its top
 * at the view's top when it is above, its bottom at the view's bottom when below); undefined
 * when it is in view already.
 *
 * @example
 * scrollTopToShow(20, 74, 0, 600) // → 954 (row 20's bottom at the view's bottom)
 */
export function scrollTopToShow(
  index: number,
  rowHeight: number,
  scrollTop: number,
  viewHeight: number,
): number | undefined {
  const start = index * rowHeight;
  const end = start + rowHeight;
  if (start < scrollTop) return start;
  if (end > scrollTop + viewHeight) return Math.max(0, end - viewHeight);
  return undefined;
}
