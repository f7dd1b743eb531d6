import { describe, expect, it } from 'vitest';
import { choosePlace } from '../../../src/lib/ingest/choose-place';
import { datedFeature } from '../../../src/lib/ingest/dated-feature';
import { featureAnchor } from '../../../src/lib/ingest/feature-anchor';
import { matchGazetteer } from '../../../src/lib/ingest/match-gazetteer';
import type { LayerFeature } from '../../../src/lib/model/schema';
import { booleanPointInPolygon } from '@turf/boolean-point-in-polygon';
import { pointToLineDistance } from '@turf/point-to-line-distance';
import { repoGazetteer, repoLayers } from '../../support/ingest';

const layers = repoLayers();
const features = new Map<string, LayerFeature>(
  [...layers].flatMap(([layer, list]) => list.map((f) => [`${layer}/${f.id}`, f] as const)),
);
const place = (text: string) => {
  const choice = choosePlace(matchGazetteer(text, repoGazetteer()), features);
  return choice && [choice.ref, choice.how];
};

describe('choosePlace', () => {
  it('prefers the ADIZ part to the line crossed and the zone around', () => {
    expect(
      place(
        '13 aircraft around the island, four of which crossed the median line into its southeast ADIZ',
      ),
    ).toEqual(['adiz/taiwan-adiz-southeast', 'named']);
  });

  it('reads a name that is also an actor as a place only after a place preposition', () => {
    expect(place('A senior official in Kiev said')).toEqual(['reported-places/kyiv', 'named']);
    expect(place('Beijing staged war games around the self-governed island')).toEqual([
      'reported-places/around-taiwan',
      'named',
    ]);
  });

  it('puts a named site before a region', () => {
    expect(place('talks in Russia and in the Japanese resort of Karuizawa')).toEqual([
      'g7-japan-2023/karuizawa',
      'named',
    ]);
  });

  it('puts where something came from after where it went', () => {
    expect(place('flew from the East China Sea between Yonaguni and Taiwan')).toEqual([
      'adiz/japan-adiz-west-edge',
      'named',
    ]);
  });

  it('lets an actor’s place stand in when no place is named', () => {
    expect(place('Publicly, both NATO and the US have said so.')).toEqual([
      'reported-places/pentagon',
      'actor',
    ]);
    expect(place('Colonel Shi Yi spoke.')).toBeUndefined();
  });
});

describe('featureAnchor', () => {
  it('keeps a point, takes the middle of a line and a point inside a polygon', () => {
    const kremlin = features.get('reported-places/moscow-kremlin')!;
    expect(featureAnchor(kremlin)).toEqual(kremlin.geometry.coordinates);
    const line = features.get('taiwan-strait/median-line')!;
    expect(pointToLineDistance(featureAnchor(line), line.geometry as never)).toBeLessThan(0.02);
    const ring = features.get('reported-places/around-taiwan')!;
    expect(booleanPointInPolygon(featureAnchor(ring), ring.geometry as never)).toBe(true);
  });
});

describe('datedFeature', () => {
  it('finds the track of the day inside the named strait', () => {
    expect(datedFeature('taiwan-strait/transit-corridor', '2023-04-16', layers)?.ref).toBe(
      'taiwan-strait/milius-transit-2023-04-16',
    );
    expect(datedFeature('taiwan-strait/transit-corridor', '2023-04-17', layers)).toBeUndefined();
  });

  it('ignores dated features that do not lie in the place', () => {
    // The Kremlin is dated 16 April 2023, but it is not in the waters around Taiwan.
    expect(datedFeature('reported-places/around-taiwan', '2023-04-16', layers)).toBeUndefined();
  });
});
