import { describe, expect, it } from 'vitest';
import { binRows, intensities } from '../../../src/lib/map/density-grid';

/** A projection matrix mapping mercator [0, 1]² onto clip space [-1, 1]² (y flipped). */
const WHOLE_WORLD = [2, 0, 0, 0, 0, -2, 0, 0, 0, 0, 1, 0, -1, 1, 0, 1];

describe('binRows', () => {
  it('counts shown rows into the cell under them, leaving out other categories and rows', () => {
    const x = new Float64Array([0.15, 0.16, 0.95, 0.55, 0.35]);
    const y = new Float64Array([0.15, 0.17, 0.95, 0.55, 0.35]);
    const category = new Uint8Array([0, 0, 0, 1, 0]);
    const counts = new Uint32Array(100);
    const inView = binRows(x, y, category, 0b01, 0, 4, WHOLE_WORLD, 10, 10, counts);
    expect(inView).toBe(3);
    expect(counts[1 * 10 + 1]).toBe(2); // both points near (0.15, 0.15)
    expect(counts[9 * 10 + 9]).toBe(1);
    expect(counts[5 * 10 + 5]).toBe(0); // category 1 is masked out
    expect(counts[3 * 10 + 3]).toBe(0); // row 4 is outside the rows asked for
    expect(counts.reduce((a, b) => a + b, 0)).toBe(3);
  });

  it('leaves out points outside the viewport', () => {
    const counts = new Uint32Array(4);
    const zoomedIn = [4, 0, 0, 0, 0, -4, 0, 0, 0, 0, 1, 0, -1, 1, 0, 1]; // shows [0, 0.5]²
    expect(
      binRows(
        new Float64Array([0.75]),
        new Float64Array([0.25]),
        new Uint8Array(1),
        1,
        0,
        1,
        zoomedIn,
        2,
        2,
        counts,
      ),
    ).toBe(0);
  });
});

describe('intensities', () => {
  it('keeps empty cells empty and grows by log2 of the count', () => {
    expect([...intensities(new Uint32Array([0, 1, 2, 1000]), new Uint8Array(4))]).toEqual([
      0, 96, 116, 255,
    ]);
  });
});
