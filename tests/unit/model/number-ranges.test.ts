import { describe, expect, it } from 'vitest';
import { numberRanges } from '../../../src/lib/model/number-ranges';

describe('numberRanges', () => {
  it('joins runs of consecutive numbers and lists the rest', () => {
    expect(numberRanges([7, 9, 12, 13, 14])).toBe('7, 9, 12–14');
    expect(numberRanges([22])).toBe('22');
    expect(numberRanges([])).toBe('');
  });

  it('writes thousands with separators', () => {
    const lines = Array.from({ length: 49_980 }, (_, i) => i + 22);
    expect(numberRanges(lines)).toBe('22–50,001');
  });

  it('sorts numbers that came out of order and drops duplicates', () => {
    expect(numberRanges([14, 7, 12, 13, 9, 13, 7])).toBe('7, 9, 12–14');
  });

  it('keeps the first parts and the last beyond max, with … between', () => {
    const odd = Array.from({ length: 50_000 }, (_, i) => 2 * i + 1);
    expect(numberRanges(odd)).toBe('1, 3, 5, 7, 9, 11, 13, …, 99,999');
    expect(numberRanges([1, 3, 5, 7], { max: 4 })).toBe('1, 3, 5, 7');
    expect(numberRanges([1, 3, 5, 7, 9], { max: 4 })).toBe('1, 3, 5, …, 9');
  });

  it('leaves its input as it was', () => {
    const numbers = Object.freeze([3, 1, 2]);
    expect(numberRanges(numbers)).toBe('1–3');
    expect(numbers).toEqual([3, 1, 2]);
  });
});
