import { describe, expect, it } from 'vitest';
import { boxReadEntry } from '../../../src/lib/model/box-read';
import { INCIDENT_CATEGORIES } from '../../../src/lib/model/vocabulary';
import { createBoxRead } from '../../support/create';

describe('boxReadEntry', () => {
  const read = createBoxRead();

  it('reads a row read by bounding box as one entry, not reported counts left out', () => {
    expect(boxReadEntry(read, 0)).toEqual({
      id: 'f1',
      geometry: { coordinates: [119, 23] },
      properties: {
        title: 'T1',
        category: INCIDENT_CATEGORIES[1],
        date: { value: '2021-01-01', precision: 'day' },
        actors: [],
        place: { name: 'Taiwan Strait', precision: 'approximate' },
        counts: [{ unit: 'aircraft', value: 12 }],
        quotes: [
          {
            source: 'syn-s1-dispatch-2021-01-01',
            start: 455,
            end: 528,
            text: 'One US warship sailed through the Taiwan Strait on Friday, the navy said.',
          },
        ],
      },
    });
    expect(boxReadEntry(read, 1).properties.date.precision).toBe('month');
    expect(boxReadEntry(read, 2).properties.date.precision).toBe('year');
    expect(boxReadEntry(read, 1).properties.place.precision).toBe('exact');
    expect(boxReadEntry(read, 1).properties.counts).toBeUndefined();
  });

  it('invents no words: the date and the figure come without a basis, rule or resolution', () => {
    const { date, counts } = boxReadEntry(read, 0).properties;
    expect(Object.keys(date).sort()).toEqual(['precision', 'value']);
    expect(Object.keys(counts![0]!).sort()).toEqual(['unit', 'value']);
  });
});
