import { booleanPointInPolygon } from '@turf/boolean-point-in-polygon';
import { point } from '@turf/helpers';
import { pointToLineDistance } from '@turf/point-to-line-distance';
import type { Feature, LineString, MultiPolygon, Polygon, Position } from 'geojson';
import type { LayerId } from './layer-registry';
import type { LayerFeature } from './schema';
import type { GeometryPrecision } from './vocabulary';

/** A zone a point lies in, with how far the zone's shape can be trusted. */
export interface ZoneMembership {
  readonly layerId: LayerId;
  readonly featureId: string;
  readonly name: string;
  readonly precision: GeometryPrecision;
}

/** Facts we compute about a point with turf; shown beside an incident, marked as computed. */
export interface GeoFacts {
  /** ADIZ parts, the transit corridor and reported zones that contain the point. */
  readonly zones: readonly ZoneMembership[];
  /** Distance to the Taiwan Strait median line, when within `MEDIAN_LINE_RANGE_KM`. */
  readonly medianLine?: { readonly km: number; readonly side: 'east' | 'west' };
}

/** Beyond this, distance to the median line says nothing useful. */
export const MEDIAN_LINE_RANGE_KM = 600;
const ZONE_LAYERS: readonly LayerId[] = ['adiz', 'taiwan-strait', 'reported-places'];

/**
 * Which zones a position lies in, and how far it is from the median line and on which side.
 * Geodesic distance (turf's `pointToLineDistance`, great-circle), point-in-polygon by turf.
 *
 * @example
 * incidentGeoFacts([119.6, 22.2], model.layers)
 * // → { zones: [{ featureId: 'taiwan-adiz', … }, { featureId: 'taiwan-adiz-southwest', … }] }
 */
export function incidentGeoFacts(
  position: readonly number[],
  layers: ReadonlyMap<LayerId, readonly LayerFeature[]>,
): GeoFacts {
  const here = point(position as Position);
  const zones: ZoneMembership[] = [];
  for (const layerId of ZONE_LAYERS) {
    for (const feature of layers.get(layerId) ?? []) {
      const g = feature.geometry;
      if (g.type !== 'Polygon' && g.type !== 'MultiPolygon') continue;
      if (booleanPointInPolygon(here, g as Polygon | MultiPolygon)) {
        const { id, name, precision } = feature.properties;
        zones.push({ layerId, featureId: id, name, precision });
      }
    }
  }
  const median = layers.get('taiwan-strait')?.find((f) => f.properties.kind === 'median-line');
  if (median?.geometry.type !== 'LineString') return { zones };
  const line = median.geometry as LineString;
  const km = pointToLineDistance(here, line as unknown as Feature<LineString>, {
    units: 'kilometers',
  });
  if (km > MEDIAN_LINE_RANGE_KM) return { zones };
  return { zones, medianLine: { km, side: sideOfLine(position, line.coordinates) } };
}

/**
 * East or west of a south-to-north line, by the sign of the cross product of the nearest
 * segment with the point (planar in degrees, which is enough to tell the side at strait scale).
 */
function sideOfLine(p: readonly number[], line: readonly Position[]): 'east' | 'west' {
  const ordered = line[0]![1]! <= line[line.length - 1]![1]! ? line : [...line].reverse();
  const a = ordered[0]!;
  const b = ordered[ordered.length - 1]!;
  const cross = (b[0]! - a[0]!) * (p[1]! - a[1]!) - (b[1]! - a[1]!) * (p[0]! - a[0]!);
  return cross > 0 ? 'west' : 'east';
}
