import { describe, expect, it } from 'vitest';
import { boxContains, sameBox } from '../../../src/lib/model/lon-lat-box';

describe('boxContains and sameBox', () => {
  const strait = { west: 118, south: 21, east: 123, north: 26 };

  it('counts the edges of a box as inside', () => {
    expect(boxContains(strait, 120, 24)).toBe(true);
    expect(boxContains(strait, 118, 21)).toBe(true);
    expect(boxContains(strait, 123, 26)).toBe(true);
    expect(boxContains(strait, 117.99, 24)).toBe(false);
    expect(boxContains(strait, 120, 26.01)).toBe(false);
  });

  it('tells boxes apart by every edge', () => {
    expect(sameBox(strait, { ...strait })).toBe(true);
    for (const edge of ['west', 'south', 'east', 'north'] as const)
      expect(sameBox(strait, { ...strait, [edge]: strait[edge] + 0.5 })).toBe(false);
  });
});
