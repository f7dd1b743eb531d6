/** A bounding box in WGS 84 degrees (a map view, or what a box read covers); edges count as inside. */
export interface LonLatBox {
  readonly west: number;
  readonly south: number;
  readonly east: number;
  readonly north: number;
}

/**
 * Whether a point lies in a box, edges included.
 *
 * @example
 * boxContains({ west: 118, south: 21, east: 123, north: 26 }, 120, 21) // → true
 */
export function boxContains(box: LonLatBox, lon: number, lat: number): boolean {
  return lon >= box.west && lon <= box.east && lat >= box.south && lat <= box.north;
}

/**
 * Whether two boxes have the same edges.
 *
 * @example
 * sameBox({ west: 1, south: 2, east: 3, north: 4 }, { west: 1, south: 2, east: 3, north: 4 }) // → true
 */
export function sameBox(a: LonLatBox, b: LonLatBox): boolean {
  return a.west === b.west && a.south === b.south && a.east === b.east && a.north === b.north;
}
