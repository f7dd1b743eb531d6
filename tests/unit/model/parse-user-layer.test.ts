import { describe, expect, it } from 'vitest';
import { formatIssue } from '../../../src/lib/model/data-issue';
import { parseUserLayer } from '../../../src/lib/model/parse-user-layer';
import { expectFixture, fixture, fixtures } from '../../support/import';

describe('parseUserLayer on fixtures', () => {
  it.each(fixtures('valid', '.geojson'))('valid/%s keeps every feature, frozen', (name) => {
    const json = JSON.parse(fixture(`valid/${name}`)) as { features: unknown[] };
    const parsed = parseUserLayer(name, json);
    expect(parsed.issues.map(formatIssue)).toEqual([]);
    expect(parsed.features).toHaveLength(json.features.length);
    expect(Object.isFrozen(parsed.features[0]!.geometry)).toBe(true);
  });

  it.each(fixtures('invalid', '.geojson'))(
    'invalid/%s gives the expected messages',
    async (name) => {
      const parsed = parseUserLayer(name, JSON.parse(fixture(`invalid/${name}`)));
      expect(parsed.issues.length).toBeGreaterThan(0);
      await expectFixture(
        `invalid/${name.replace(/\.geojson$/, '.expected.json')}`,
        parsed.issues.map(formatIssue),
      );
    },
  );
});

describe('parseUserLayer', () => {
  it('keeps properties as given, markup included: they are shown as text', () => {
    const parsed = parseUserLayer('bases.geojson', JSON.parse(fixture('valid/bases.geojson')));
    expect(parsed.features[0]!.properties).toEqual({
      name: '<b>Zone A</b>',
      area: 4,
      tags: ['x', 'y'],
    });
    expect(parsed.features[1]!.properties).toBeNull();
  });

  it('keeps the valid features beside a broken one', () => {
    const parsed = parseUserLayer(
      'bad.geojson',
      JSON.parse(fixture('invalid/bad-geometry.geojson')),
    );
    expect(parsed.features.map((f) => f.id)).toEqual(['open-ring']);
  });
});
