import { booleanPointInPolygon } from '@turf/boolean-point-in-polygon';
import { booleanValid } from '@turf/boolean-valid';
import { distance } from '@turf/distance';
import { point } from '@turf/helpers';
import { pointToLineDistance } from '@turf/point-to-line-distance';
import type { LineString, MultiLineString, MultiPolygon, Point, Polygon } from 'geojson';
import { describe, expect, it } from 'vitest';
import { countBasisValue } from '../../../src/lib/model/count-basis-value';
import { formatIssue } from '../../../src/lib/model/data-issue';
import { LAYERS } from '../../../src/lib/model/layer-registry';
import { repoModel } from '../../support/geodata';

// The repository's own data, through the same buildModel the app uses.
const model = repoModel();
const incidents = model.incidents;

describe('geodata/ as shipped', () => {
  it('parses and validates with no issues', () => {
    expect(model.issues.map(formatIssue)).toEqual([]);
  });

  it('has a non-empty file for every registry layer, with valid geometry', () => {
    for (const def of LAYERS) {
      const features = model.layers.get(def.id) ?? [];
      expect(features.length, def.id).toBeGreaterThan(0);
      for (const f of features)
        expect(booleanValid(f.geometry as never), `${def.id}/${f.id}`).toBe(true);
    }
  });

  it('names the layers the dashboard promises', () => {
    const ids = (layer: (typeof LAYERS)[number]['id']) =>
      (model.layers.get(layer) ?? []).map((f) => f.id);
    expect(ids('taiwan-strait')).toEqual(
      expect.arrayContaining([
        'median-line',
        'transit-corridor',
        'milius-transit-2023-04-16',
        'chung-hoon-transit-2023-01-05',
      ]),
    );
    expect(ids('adiz')).toEqual(
      expect.arrayContaining([
        'taiwan-adiz',
        'taiwan-adiz-southwest',
        'taiwan-adiz-southeast',
        'china-ecs-adiz',
      ]),
    );
    expect(ids('balikatan-2023')).toContain('fort-magsaysay');
    expect(ids('g7-japan-2023')).toEqual(expect.arrayContaining(['karuizawa', 'hiroshima']));
    expect(ids('reported-places')).toEqual(
      expect.arrayContaining([
        'moscow-kremlin',
        'rocket-debris-zone',
        'mischief-reef',
        'reagan-library',
      ]),
    );
  });

  it('has one source with its metadata', () => {
    const source = model.sources.get('dailymail-2023-04-17');
    expect(source?.meta).toMatchObject({
      outlet: expect.stringContaining('Daily Mail'),
      published: '2023-04-17',
      language: 'en',
    });
  });

  it('says of every shipped source when it was published and when it entered the project', () => {
    expect(model.sources.size).toBeGreaterThan(0);
    for (const { meta } of model.sources.values())
      expect([meta.id, meta.published, meta.added], meta.id).toEqual([
        meta.id,
        expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/),
        expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/),
      ]);
    expect(model.sources.get('dailymail-2023-04-17')!.meta.added).toBe('2026-11-26');
  });

  it('reports every event of the article as an incident', () => {
    expect(incidents.length).toBeGreaterThanOrEqual(15);
    expect(new Set(incidents.map((i) => i.id)).size).toBe(incidents.length);
  });

  it('sorts incidents by date', () => {
    const dates = incidents.map((i) => i.properties.date.value);
    expect(dates).toEqual([...dates].sort());
  });
});

describe.each(incidents.map((i) => [i.id, i] as const))('incident %s', (_, incident) => {
  const p = incident.properties;

  it('has at least one quote, each verbatim at its offsets', () => {
    expect(p.quotes.length).toBeGreaterThan(0);
    for (const q of p.quotes)
      expect(model.sources.get(q.source)!.text.slice(q.start, q.end)).toBe(q.text);
  });

  it('finds every count in one of its quotes, saying its value', () => {
    for (const c of p.counts ?? []) {
      expect(p.quotes[c.quote]!.text).toContain(c.basis);
      expect(countBasisValue(c.basis)).toBe(c.value);
    }
  });

  it('says what every count counts, in words of its quote', () => {
    for (const c of p.counts ?? []) {
      expect(c.measure, `${c.value} ${c.unit}`).toBeDefined();
      expect(p.quotes[c.quote]!.text).toContain(c.measure!.words);
    }
  });

  it('finds the words of every date reading in its quote', () => {
    for (const d of [p.date, ...(p.otherDates ?? [])])
      expect(p.quotes[d.quote]!.text).toContain(d.basis);
  });

  it('sits on or in the layer feature it links to', () => {
    if (!p.place.feature) return;
    const [layerId, featureId] = p.place.feature.split('/') as [
      (typeof LAYERS)[number]['id'],
      string,
    ];
    const feature = model.layers.get(layerId)!.find((f) => f.id === featureId)!;
    const here = point(incident.geometry.coordinates);
    const g = feature.geometry;
    if (g.type === 'Polygon' || g.type === 'MultiPolygon') {
      expect(booleanPointInPolygon(here, g as Polygon | MultiPolygon)).toBe(true);
    } else if (g.type === 'LineString') {
      expect(pointToLineDistance(here, g as LineString, { units: 'kilometers' })).toBeLessThan(1);
    } else if (g.type === 'Point') {
      expect(distance(here, g as Point, { units: 'kilometers' })).toBeLessThan(1);
    } else {
      const lines = (g as MultiLineString).coordinates.map((c) =>
        pointToLineDistance(here, { type: 'LineString', coordinates: c }, { units: 'kilometers' }),
      );
      expect(Math.min(...lines)).toBeLessThan(1);
    }
  });
});

describe('the article’s contested and headline facts', () => {
  it('carries both readings of the USS Milius transit date', () => {
    const milius = incidents.find(
      (i) =>
        i.properties.category === 'naval-transit' &&
        i.properties.otherDates?.length &&
        /Milius/.test(i.properties.title),
    );
    expect(milius).toBeDefined();
    const readings = [milius!.properties.date, ...milius!.properties.otherDates!].map((d) => [
      d.value,
      d.basis,
    ]);
    expect(readings).toEqual(
      expect.arrayContaining([
        ['2023-04-16', expect.stringContaining('April 16')],
        ['2023-04-17', expect.stringContaining('Monday')],
      ]),
    );
  });

  it('has the 54 aircraft of 10 April and the 4 warships and 18 aircraft of 17 April', () => {
    const figures = incidents.flatMap((i) =>
      (i.properties.counts ?? []).map((c) => `${i.properties.date.value} ${c.value} ${c.unit}`),
    );
    expect(figures).toEqual(
      expect.arrayContaining([
        '2023-04-10 54 aircraft',
        '2023-04-17 4 ships',
        '2023-04-17 18 aircraft',
        expect.stringMatching(/ 18000 troops$/),
      ]),
    );
  });

  it('has the four of the 18 aircraft that passed the southwestern ADIZ, as a part of the 18', () => {
    const mnd = incidents.find((i) => i.id === 'dm-2023-04-17-taiwan-mnd-warships-aircraft')!;
    const counts = mnd.properties.counts!;
    const four = counts.find((c) => c.measure?.kind === 'aircraft-median-or-adiz')!;
    expect(four).toMatchObject({ value: 4, basis: 'four', measure: { regions: ['southwest'] } });
    expect(counts[four.measure!.of!]).toMatchObject({ unit: 'aircraft', value: 18 });
  });
});
