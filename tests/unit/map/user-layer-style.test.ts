import { describe, expect, it } from 'vitest';
import { userLayerParts, userLayerStyle } from '../../../src/lib/map/user-layer-style';
import type { UserLayer } from '../../../src/lib/model/parse-user-layer';

const layer = (n: number): UserLayer => ({
  id: 'user-bases',
  name: 'Bases',
  file: 'bases.geojson',
  features: Array.from({ length: n }, (_, i) => ({
    type: 'Feature',
    id: `b${i}`,
    geometry: { type: 'Point', coordinates: [120 + i / n, 23] },
    properties: { name: `Base ${i}` },
  })),
});

describe('userLayerParts', () => {
  it('gives the map every feature once, geometry only, with its index as its id', () => {
    const parts = [...userLayerParts(layer(1000), 600)];
    // A point's geometry is 5 values (object, type, array, two numbers): 120 per part of 600.
    expect(parts.map((p) => p.length)).toEqual([120, 120, 120, 120, 120, 120, 120, 120, 40]);
    const features = parts.flat();
    expect(features.map((f) => f.id)).toEqual(Array.from({ length: 1000 }, (_, i) => i));
    expect(features[7]).toEqual({
      type: 'Feature',
      id: 7,
      geometry: { type: 'Point', coordinates: [120.007, 23] },
      properties: {},
    });
  });

  it('gives a layer of one huge polygon in one part', () => {
    const ring = Array.from({ length: 5000 }, (_, i) => [
      120 + Math.cos(i) / 10,
      23 + Math.sin(i) / 10,
    ]);
    ring.push(ring[0]!);
    const big: UserLayer = {
      ...layer(0),
      features: [
        { type: 'Feature', geometry: { type: 'Polygon', coordinates: [ring] }, properties: null },
      ],
    };
    expect([...userLayerParts(big, 600)].map((p) => p.length)).toEqual([1]);
  });
});

describe('userLayerStyle', () => {
  it('draws a layer from its own source, its style ids prefixed by its id', () => {
    const style = userLayerStyle({ id: 'user-bases' });
    expect(style.map((l) => l.id)).toEqual([
      'user-bases-fill',
      'user-bases-outline',
      'user-bases-line',
      'user-bases-point',
    ]);
    expect(new Set(style.map((l) => ('source' in l ? l.source : undefined)))).toEqual(
      new Set(['user-bases']),
    );
  });
});
