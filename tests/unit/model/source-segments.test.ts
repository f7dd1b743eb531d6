import { describe, expect, it } from 'vitest';
import { sourceSegments } from '../../../src/lib/model/source-segments';
import type { Incident } from '../../../src/lib/model/schema';
import { deepFreeze } from '../../../src/lib/model/parse-feature-collection';

function createIncident(id: string, spans: [number, number, string?][]): Incident {
  return deepFreeze({
    type: 'Feature',
    id,
    geometry: { type: 'Point', coordinates: [0, 0] },
    properties: {
      quotes: spans.map(([start, end, source]) => ({
        source: source ?? 'src',
        start,
        end,
        text: '',
      })),
    },
  }) as unknown as Incident;
}

describe('sourceSegments', () => {
  const text = 'abcdefghij';

  it('tiles the text with quoted and unquoted runs, in order', () => {
    const { segments, quotedChars, share } = sourceSegments(text, 'src', [
      createIncident('a', [[2, 5]]),
    ]);
    expect(segments).toEqual([
      { start: 0, end: 2, incidentIds: [] },
      { start: 2, end: 5, incidentIds: ['a'] },
      { start: 5, end: 10, incidentIds: [] },
    ]);
    expect(quotedChars).toBe(3);
    expect(share).toBeCloseTo(0.3);
  });

  it('splits overlapping quotes into runs per combination and counts covered text once', () => {
    const { segments, quotedChars } = sourceSegments(text, 'src', [
      createIncident('a', [[1, 6]]),
      createIncident('b', [[4, 8]]),
    ]);
    expect(segments.map((s) => [s.start, s.end, s.incidentIds.join('+')])).toEqual([
      [0, 1, ''],
      [1, 4, 'a'],
      [4, 6, 'a+b'],
      [6, 8, 'b'],
      [8, 10, ''],
    ]);
    expect(quotedChars).toBe(7);
  });

  it('ignores quotes into other sources', () => {
    const { segments, share } = sourceSegments(text, 'src', [
      createIncident('a', [[0, 10, 'other']]),
    ]);
    expect(segments).toEqual([{ start: 0, end: 10, incidentIds: [] }]);
    expect(share).toBe(0);
  });
});
