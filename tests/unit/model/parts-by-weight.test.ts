import { describe, expect, it } from 'vitest';
import { jsonWeight, partsByWeight } from '../../../src/lib/model/parts-by-weight';

describe('jsonWeight', () => {
  it('counts every value of a JSON value, itself included', () => {
    expect(jsonWeight(7)).toBe(1);
    expect(jsonWeight(null)).toBe(1);
    expect(jsonWeight({ type: 'Point', coordinates: [121, 24] })).toBe(5);
    expect(jsonWeight({ a: { b: [1, [2, 3]] } })).toBe(7);
  });

  it('stops counting at the limit', () => {
    const huge = { coordinates: Array.from({ length: 100_000 }, () => [0, 0]) };
    expect(jsonWeight(huge, 1000)).toBe(1000);
  });
});

describe('partsByWeight', () => {
  it('cuts items into consecutive parts of at most the weight, keeping every item in order', () => {
    const items = Array.from({ length: 10 }, (_, i) => i);
    const parts = [...partsByWeight(items, 3, () => 1)];
    expect(parts).toEqual([[0, 1, 2], [3, 4, 5], [6, 7, 8], [9]]);
  });

  it('gives an item heavier than a part a part of its own', () => {
    const weights = [1, 10, 1, 1];
    const parts = [...partsByWeight([0, 1, 2, 3], 3, (i) => weights[i]!)];
    expect(parts).toEqual([[0], [1], [2, 3]]);
  });

  it('weighs JSON values by default, and gives nothing for no items', () => {
    const point = { type: 'Point', coordinates: [121, 24] };
    expect([...partsByWeight([point, point, point], 10)].map((p) => p.length)).toEqual([2, 1]);
    expect([...partsByWeight([], 12)]).toEqual([]);
  });
});
