import { describe, expect, it } from 'vitest';
import { binDays, countBins, histogram } from '../../../src/lib/model/aggregate';
import { aggregateApi } from '../../../src/lib/workers/aggregate-api';

const day = new Int32Array([0, 1, 6, 7, 8, 20]);
const category = new Uint8Array([0, 1, 0, 0, 1, 0]);
const aircraft = new Float32Array([10, NaN, 5, NaN, 2, 1]);
const ships = new Float32Array([NaN, 3, NaN, NaN, 1, NaN]);

describe('binDays', () => {
  it('picks the narrowest bin that fits the span', () => {
    expect(binDays(30, 200)).toBe(1);
    expect(binDays(1095, 200)).toBe(7);
    expect(binDays(1095, 50)).toBe(30);
    expect(binDays(100_000, 10)).toBe(365);
  });
});

describe('histogram', () => {
  it('counts incidents per bin for the categories in the mask', () => {
    expect([...histogram(day, category, 0b11, 0, 7, 3).values]).toEqual([3, 2, 1]);
    expect([...histogram(day, category, 0b01, 0, 7, 3).values]).toEqual([2, 1, 1]);
    expect([...histogram(day, category, 0b11, 0, 7, 3, 2, 5).values]).toEqual([1, 2, 0]);
  });
});

describe('countBins', () => {
  it('sums reported figures per bin and leaves "not reported" out, never as zero', () => {
    const bins = countBins(day, category, aircraft, ships, 0b11, 0, day.length, 0, 7, 3);
    expect([...bins.aircraft]).toEqual([15, 2, 1]);
    expect([...bins.aircraftReports]).toEqual([2, 1, 1]);
    expect([...bins.ships]).toEqual([3, 1, 0]);
    expect([...bins.shipReports]).toEqual([1, 1, 0]);
  });

  it('is what the worker answers (the same functions over columns sent once)', () => {
    const api = aggregateApi();
    api.setColumns({ day, category, aircraft, ships });
    expect([...api.histogram(0b01, { origin: 0, days: 7, bins: 3 }).values]).toEqual([2, 1, 1]);
    expect([...api.countBins(0b10, 0, 6, { origin: 0, days: 7, bins: 3 }).ships]).toEqual([
      3, 1, 0,
    ]);
  });
});
