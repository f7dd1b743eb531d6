import { describe, expect, it } from 'vitest';
import {
  dayNumber,
  isoDay,
  lowerBound,
  shiftDay,
  weekdayOf,
} from '../../../src/lib/model/day-number';

describe('dayNumber and isoDay', () => {
  it('count days since 1970-01-01 and back, for days, months and years', () => {
    expect(dayNumber('1970-01-01')).toBe(0);
    expect(dayNumber('2023-04-16')).toBe(19463);
    expect(dayNumber('2023-04')).toBe(dayNumber('2023-04-01'));
    expect(dayNumber('2023')).toBe(dayNumber('2023-01-01'));
    expect(isoDay(19463)).toBe('2023-04-16');
    for (const iso of ['2020-02-29', '2021-12-31', '2024-03-01'])
      expect(isoDay(dayNumber(iso))).toBe(iso);
  });

  it('writes the same ISO day as toISOString, and throws as it does on no day at all', () => {
    for (const day of [-719_528, -1, 0, 19_463, 2_932_896])
      expect(isoDay(day)).toBe(new Date(day * 86_400_000).toISOString().slice(0, 10));
    expect(() => isoDay(Number.NaN)).toThrow(RangeError);
  });
});

describe('shiftDay and weekdayOf', () => {
  it('moves an ISO day by whole days across months, years and leap days', () => {
    expect(shiftDay('2023-04-17', -1)).toBe('2023-04-16');
    expect(shiftDay('2023-02-27', 2)).toBe('2023-03-01');
    expect(shiftDay('2024-02-28', 1)).toBe('2024-02-29');
    expect(shiftDay('2023-12-31', 1)).toBe('2024-01-01');
    expect(shiftDay('2023-04-17', 0)).toBe('2023-04-17');
  });

  it('counts weekdays from Sunday, as getUTCDay does', () => {
    expect(weekdayOf(0)).toBe(4); // Thursday 1 January 1970
    expect(weekdayOf(dayNumber('2023-04-17'))).toBe(1); // Monday
    expect(weekdayOf(-1)).toBe(3);
    for (const iso of ['1969-12-28', '2021-06-05', '2023-04-16'])
      expect(weekdayOf(dayNumber(iso))).toBe(new Date(`${iso}T00:00:00Z`).getUTCDay());
  });
});

describe('lowerBound', () => {
  it('finds the first position not below a value, in typed arrays and plain lists', () => {
    const days = new Int32Array([10, 12, 12, 15, 20]);
    expect(lowerBound(days, 12)).toBe(1);
    expect(lowerBound(days, 13)).toBe(3);
    expect(lowerBound(days, 0)).toBe(0);
    expect(lowerBound(days, 99)).toBe(5);
    expect(lowerBound([1, 3, 3, 5], 4)).toBe(3);
    expect(lowerBound([], 4)).toBe(0);
  });
});
