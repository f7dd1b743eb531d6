import { describe, expect, it } from 'vitest';
import { dayNumber, lowerBound } from '../../../src/lib/model/day-number';
import {
  categoryMask,
  FLAG_APPROXIMATE_PLACE,
  FLAG_DRAFT,
  incidentColumns,
  incidentColumnsSteps,
  mergeColumns,
  rowsInBox,
  ROWS_PER_STEP,
  rowsInCategories,
  windowRows,
} from '../../../src/lib/model/incident-columns';
import type { Incident } from '../../../src/lib/model/schema';
import { INCIDENT_CATEGORIES } from '../../../src/lib/model/vocabulary';
import { createColumns as columns } from '../../support/create';
import { repoModel } from '../../support/geodata';

const model = repoModel();

describe('incidentColumns', () => {
  const index = incidentColumns(model.incidents, new Set([model.incidents[1]!.id]));

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
    expect(() => incidentColumns([...model.incidents].reverse())).toThrow(/not in date order/);
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
    const index = incidentColumns(model.incidents);
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

describe('mergeColumns, rowsInBox and rowsInCategories', () => {
  const article = columns([
    ['a1', 10, 120, 24, 0],
    ['a2', 12, 0, 51, 1], // outside the box
    ['a3', 15, 121, 25, 2],
  ]);
  const file = columns([
    ['f1', 9, 119, 23, 1],
    ['f2', 10, 119.5, 23.5, 0],
    ['f3', 15, 120.5, 24.5, 1],
    ['f4', 20, 122, 26, 2],
  ]);
  const box = { west: 118, south: 20, east: 123, north: 27 };

  it('keeps the rows of a box, in order', () => {
    expect(rowsInBox(article, box)).toEqual([0, 2]);
    expect(rowsInBox(article, { west: -1, south: 50, east: 1, north: 52 })).toEqual([1]);
  });

  it('merges by day, the first index’s rows first on a day, and says where each row came from', () => {
    const { columns: index, first, second } = mergeColumns(article, rowsInBox(article, box), file);
    expect(index.ids).toEqual(['f1', 'a1', 'f2', 'a3', 'f3', 'f4']);
    expect([...index.day]).toEqual([9, 10, 10, 15, 15, 20]);
    expect([...second]).toEqual([0, -1, 1, -1, 2, 3]);
    expect([...first]).toEqual([-1, 0, -1, 2, -1, -1]);
    expect([...index.lon]).toEqual([119, 120, 119.5, 121, 120.5, 122]);
    expect([...index.category]).toEqual([1, 0, 0, 2, 1, 2]);
    expect([...index.aircraft].map((n) => (Number.isNaN(n) ? null : n))).toEqual([
      12,
      12,
      null,
      null,
      null,
      null,
    ]);
    expect([...index.flags]).toEqual([FLAG_APPROXIMATE_PLACE, FLAG_APPROXIMATE_PLACE, 0, 0, 0, 0]);
    // The windows of the merged index are still a binary search away.
    expect(windowRows(index.day, { from: 10, to: 16 })).toEqual([1, 5]);
  });

  it('lists the rows of a range in the chosen categories', () => {
    const { columns: index } = mergeColumns(article, [0, 2], file);
    expect([...rowsInCategories(index, [0, index.size], categoryMask([]))]).toEqual([
      0, 1, 2, 3, 4, 5,
    ]);
    expect([...rowsInCategories(index, [1, 5], 1 << 1)]).toEqual([4]);
    expect([...rowsInCategories(index, [0, index.size], (1 << 0) | (1 << 2))]).toEqual([
      1, 2, 3, 5,
    ]);
  });
});

describe('incidentColumnsSteps', () => {
  it('gives the columns of incidentColumns, a step every ROWS_PER_STEP rows', () => {
    const incidents = Array.from(
      { length: 2 * ROWS_PER_STEP + 5 },
      (_, i) =>
        ({
          id: `i-${i}`,
          geometry: { type: 'Point', coordinates: [120 + (i % 7) / 10, 23] },
          properties: {
            date: { value: `2023-0${1 + Math.floor((9 * i) / (2 * ROWS_PER_STEP + 5))}-01` },
            category: i % 3 ? 'air-activity' : 'exercise',
            place: { precision: i % 2 ? 'exact' : 'approximate' },
            ...(i % 5 ? {} : { counts: [{ unit: 'ships', value: i % 11 }] }),
          },
        }) as unknown as Incident,
    );
    const steps = incidentColumnsSteps(incidents, new Set(['i-3']));
    const yielded: number[] = [];
    let step = steps.next();
    for (; !step.done; step = steps.next()) yielded.push(step.value);
    expect(yielded).toEqual([ROWS_PER_STEP, 2 * ROWS_PER_STEP]);
    expect(step.value).toEqual(incidentColumns(incidents, new Set(['i-3'])));
  });
});
