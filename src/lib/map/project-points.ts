/**
 * Web Mercator x and y in [0, 1] (x east, y south) of every point, as MapLibre's
 * `MercatorCoordinate.fromLngLat` computes them, without an object per point: a million points
 * in tens of milliseconds. Written into `x` and `y` when given (rows past `lon.length` untouched).
 *
 * @example
 * projectPoints(new Float64Array([0]), new Float64Array([0])) // → { x: [0.5], y: [0.5] }
 */
export function projectPoints(
  lon: ArrayLike<number>,
  lat: ArrayLike<number>,
  /** Where to write them (at least as long as `lon`); new arrays by default. */
  x: Float64Array = new Float64Array(lon.length),
  y: Float64Array = new Float64Array(lon.length),
): { x: Float64Array; y: Float64Array } {
  const n = lon.length;
  for (let i = 0; i < n; i++) {
    x[i] = (180 + lon[i]!) / 360;
    y[i] =
      (180 - (180 / Math.PI) * Math.log(Math.tan(Math.PI / 4 + (lat[i]! * Math.PI) / 360))) / 360;
  }
  return { x, y };
}
