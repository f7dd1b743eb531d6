import { describe, expect, it } from 'vitest';
import { listWindow, scrollTopToShow } from '../../../src/lib/panels/list-window';

describe('listWindow', () => {
  it('places the rows in view and `overscan` more either side, keyed and at their tops', () => {
    const rows = listWindow(100_000, 74, 7400, 600, 30, (i) => `id-${i}`);
    // Rows 100–108 are in view (7400–8000 px); 30 more either side.
    expect(rows.map((r) => r.index)).toEqual(Array.from({ length: 69 }, (_, k) => 70 + k));
    expect(rows[0]).toEqual({ index: 70, key: 'id-70', start: 70 * 74 });
  });

  it('stops at the list’s ends, and is empty for an empty list', () => {
    expect(listWindow(27, 74, 0, 600, 30, (i) => i).map((r) => r.index)).toEqual(
      Array.from({ length: 27 }, (_, k) => k),
    );
    const end = listWindow(1000, 74, 1000 * 74 - 600, 600, 30, (i) => i);
    expect(end.at(-1)!.index).toBe(999);
    expect(end[0]!.index).toBe(Math.floor((1000 * 74 - 600) / 74) - 30);
    expect(listWindow(0, 74, 0, 600, 30, (i) => i)).toEqual([]);
  });

  it('costs the same for 100,000 rows as for 100: only the rows placed are asked for a key', () => {
    let asked = 0;
    listWindow(100_000, 74, 0, 600, 30, (i) => (asked++, i));
    expect(asked).toBe(39);
  });
});

describe('scrollTopToShow', () => {
  it('scrolls as little as needed: a row above to the top, a row below to the bottom', () => {
    expect(scrollTopToShow(2, 74, 740, 600)).toBe(148);
    expect(scrollTopToShow(20, 74, 0, 600)).toBe(21 * 74 - 600);
    expect(scrollTopToShow(5, 74, 0, 600)).toBeUndefined();
    // Partly in view counts as out of view.
    expect(scrollTopToShow(8, 74, 0, 600)).toBe(9 * 74 - 600);
  });
});
