import { describe, expect, it } from 'vitest';
import {
  categoryMask,
  dayNumber,
  FLAG_APPROXIMATE_PLACE,
  FLAG_DRAFT,
  incidentIndex,
  isoDay,
  lowerBound,
  windowRows,
} from '../../../src/lib/model/incident-index';
import { INCIDENT_CATEGORIES } from '../../../src/lib/model/vocabulary';
import { repoModel } from '../../support/geodata';

const model = repoModel();

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
});

describe('incidentIndex', () => {
  const index = incidentIndex(model.incidents, new Set([model.incidents[1]!.id]));

  it('holds every incident of the model as a row, in the model order', () => {
    expect(index.size).toBe(model.incidents.length);
    expect(index.ids).toEqual(model.incidents.map((i) => i.id));
    model.incidents.forEach((incident, row) => {
      expect(index.day[row]).toBe(dayNumber(incident.properties.date.value));
      expect(index.lon[row]).toBe(incident.geometry.coordinates[0]);
      expect(index.lat[row]).toBe(incident.geometry.coordinates[1]);
      expect(INCIDENT_CATEGORIES[index.category[row]!]).toBe(incident.properties.category);
      expect(Boolean(index.flags[row]! & FLAG_APPROXIMATE_PLACE)).toBe(
        incident.properties.place.precision !== 'exact',
      );
    });
  });

  it('flags drafts, and keeps "not reported" apart from zero', () => {
    expect(index.flags[1]! & FLAG_DRAFT).toBe(FLAG_DRAFT);
    expect(index.flags[0]! & FLAG_DRAFT).toBe(0);
    const fiftyFour = model.incidents.findIndex((i) =>
      i.properties.counts?.some((c) => c.unit === 'aircraft' && c.value === 54),
    );
    expect(index.aircraft[fiftyFour]).toBe(54);
    const noCounts = model.incidents.findIndex((i) => !i.properties.counts?.length);
    expect(Number.isNaN(index.aircraft[noCounts])).toBe(true);
    expect(Number.isNaN(index.ships[noCounts])).toBe(true);
  });

  it('refuses incidents that are not in date order', () => {
    expect(() => incidentIndex([...model.incidents].reverse())).toThrow(/not in date order/);
  });
});

describe('windowRows', () => {
  const days = new Int32Array([10, 12, 12, 15, 20]);

  it('finds the half-open row range of a window by binary search', () => {
    expect(lowerBound(days, 12)).toBe(1);
    expect(lowerBound(days, 13)).toBe(3);
    expect(lowerBound(days, 99)).toBe(5);
    expect(windowRows(days, { from: 12, to: 16 })).toEqual([1, 4]);
    expect(windowRows(days, { from: 0, to: 10 })).toEqual([0, 0]);
    expect(windowRows(days, undefined)).toEqual([0, 5]);
  });

  it('gives the same rows as filtering every day, for every window over the seed article', () => {
    const index = incidentIndex(model.incidents);
    const first = index.day[0]!;
    const last = index.day[index.size - 1]!;
    for (let from = first - 3; from <= last + 3; from += 7) {
      const to = from + 30;
      const [start, end] = windowRows(index.day, { from, to });
      const expected = model.incidents
        .map((i, row) => [row, dayNumber(i.properties.date.value)] as const)
        .filter(([, d]) => d >= from && d < to)
        .map(([row]) => row);
      expect(Array.from({ length: end - start }, (_, k) => start + k)).toEqual(expected);
    }
  });
});

describe('categoryMask', () => {
  it('sets one bit per chosen category, and every bit for no choice', () => {
    expect(categoryMask([])).toBe(2 ** INCIDENT_CATEGORIES.length - 1);
    expect(categoryMask(['air-activity'])).toBe(1);
    expect(categoryMask(['air-activity', 'naval-transit'])).toBe(3);
  });
});
