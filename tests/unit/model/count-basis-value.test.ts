import { describe, expect, it } from 'vitest';
import { countBasisValue } from '../../../src/lib/model/count-basis-value';

describe('countBasisValue', () => {
  it.each([
    ['54', 54],
    ['18,000', 18000],
    ['1,234,567', 1234567],
    ['four', 4],
    ['Four', 4],
    ['eighteen', 18],
    ['twenty-one', 21],
    ['thirty five', 35],
  ])('"%s" says %d', (basis, value) => {
    expect(countBasisValue(basis)).toBe(value);
  });

  it.each(['about half', 'several', '18.000', '1,23', 'a', 'four hundred thousand', ''])(
    '"%s" says no number',
    (basis) => {
      expect(countBasisValue(basis)).toBeUndefined();
    },
  );
});
