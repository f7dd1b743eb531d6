import { along } from '@turf/along';
import { lineString } from '@turf/helpers';
import { length } from '@turf/length';
import { pointOnFeature } from '@turf/point-on-feature';
import type { LayerFeature } from '../model/schema';

/**
 * The point an incident at a layer feature is drawn at: the feature's own point; the midpoint
 * along a line (of the first part of a multi-line); for a polygon, a point on its surface
 * (turf `pointOnFeature`, never in a hole). Rounded to 4 decimals (≈ 11 m), as geodata/ stores
 * positions.
 *
 * @example
 * featureAnchor(medianLine) // → the point halfway along the median line
 */
export function featureAnchor(feature: LayerFeature): [number, number] {
  const g = feature.geometry;
  let position: readonly number[];
  switch (g.type) {
    case 'Point':
      position = g.coordinates;
      break;
    case 'MultiPoint':
      position = g.coordinates[0]!;
      break;
    case 'LineString':
    case 'MultiLineString': {
      const line = lineString(
        (g.type === 'LineString' ? g.coordinates : g.coordinates[0]!).map((p) => [...p]),
      );
      position = along(line, length(line) / 2).geometry.coordinates;
      break;
    }
    case 'Polygon':
    case 'MultiPolygon':
      position = pointOnFeature(structuredClone(g) as never).geometry.coordinates;
      break;
  }
  return [round(position[0]!), round(position[1]!)];
}

function round(n: number): number {
  return Math.round(n * 10_000) / 10_000;
}
