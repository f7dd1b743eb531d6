import type { LonLatBox } from './lon-lat-box';

/** Any GeoJSON geometry's coordinates: a position, or arrays of them nested to any depth. */
type Coordinates = readonly number[] | readonly Coordinates[];

/**
 * The bounding box of a geometry (a point's box has no size), for a camera to fit.
 *
 * @example
 * geometryBox({ type: 'LineString', coordinates: [[119, 23], [121, 26]] })
 * // → { west: 119, south: 23, east: 121, north: 26 }
 */
export function geometryBox(geometry: { readonly coordinates: Coordinates }): LonLatBox {
  let west = Infinity;
  let south = Infinity;
  let east = -Infinity;
  let north = -Infinity;
  const visit = (c: Coordinates): void => {
    if (typeof c[0] === 'number') {
      const [lon, lat] = c as readonly number[];
      west = Math.min(west, lon!);
      east = Math.max(east, lon!);
      south = Math.min(south, lat!);
      north = Math.max(north, lat!);
    } else for (const part of c as readonly Coordinates[]) visit(part);
  };
  visit(geometry.coordinates);
  return { west, south, east, north };
}
