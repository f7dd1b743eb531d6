/**
 * Cut the basemap GeoJSON in geodata/basemap/ into static vector tiles (Mapbox Vector Tile
 * protobufs) at build time, so the browser's worker decodes a few small ready tiles instead of
 * indexing 1.5 MB of GeoJSON on every start. Two tile sets:
 * - `world`, zooms 0–4, everywhere: land, borders and labels from every file; East Asia's
 *   land and borders carry `detail: true` so the style can leave them to the detail set above z4;
 * - `detail`, zooms 5–7, only inside the East Asia box (the source's `bounds`, so MapLibre asks
 *   for nothing outside it), from the 10 m files.
 * Every tile MapLibre can ask for is written, an empty one (open ocean) as zero bytes, which
 * MapLibre reads as a tile with no layers: a static host never answers 404, and one that answers
 * a missing file with index.html (a single-page-app fallback) is never asked for one. `bounds`
 * cannot describe the world set's holes (oceans between land), hence the empty files.
 * MapLibre over-zooms both beyond their last zoom. Used by the Vite plugin in vite.config.ts;
 * tiles are build output, never committed. Deterministic: same files in, same bytes out.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { GeoJSONVT } from '@maplibre/geojson-vt';
import { fromGeojsonVt } from '@maplibre/vt-pbf';
import type { Feature, FeatureCollection } from 'geojson';

export const WORLD_MAX_ZOOM = 4;
export const DETAIL_MAX_ZOOM = 7;
/** West, south, east, north: where the 10 m files have data. */
export const EAST_ASIA_BOX: readonly [number, number, number, number] = [100, -2, 150, 46];

export interface BasemapTile {
  /** `world` or `detail`. */
  readonly set: string;
  readonly z: number;
  readonly x: number;
  readonly y: number;
  readonly data: Uint8Array;
}

type Index = GeoJSONVT;
type TileLayers = Record<string, NonNullable<ReturnType<Index['getTile']>>>;

export function* basemapTiles(dir: string): Generator<BasemapTile> {
  const read = (file: string, detail = false): Feature[] =>
    (JSON.parse(readFileSync(join(dir, file), 'utf8')) as FeatureCollection).features.map((f) =>
      detail ? { ...f, properties: { ...f.properties, detail: true } } : f,
    );
  const index = (features: Feature[], maxZoom: number) =>
    new GeoJSONVT(
      { type: 'FeatureCollection', features },
      { maxZoom, indexMaxZoom: maxZoom, tolerance: 3, buffer: 64 },
    );

  const world: Record<string, Index> = {
    land: index(
      [...read('world-land.geojson'), ...read('east-asia-land.geojson', true)],
      WORLD_MAX_ZOOM,
    ),
    borders: index(
      [...read('world-borders.geojson'), ...read('east-asia-borders.geojson', true)],
      WORLD_MAX_ZOOM,
    ),
    'country-labels': index(read('country-labels.geojson'), WORLD_MAX_ZOOM),
    'sea-labels': index(read('sea-labels.geojson'), WORLD_MAX_ZOOM),
  };
  for (let z = 0; z <= WORLD_MAX_ZOOM; z++) {
    for (let x = 0; x < 2 ** z; x++) {
      for (let y = 0; y < 2 ** z; y++) {
        yield { set: 'world', z, x, y, data: encode(world, z, x, y) ?? new Uint8Array() };
      }
    }
  }

  const detail: Record<string, Index> = {
    land: index(read('east-asia-land.geojson'), DETAIL_MAX_ZOOM),
    borders: index(read('east-asia-borders.geojson'), DETAIL_MAX_ZOOM),
  };
  for (let z = WORLD_MAX_ZOOM + 1; z <= DETAIL_MAX_ZOOM; z++) {
    const [x0, y0, x1, y1] = tileRange(EAST_ASIA_BOX, z);
    for (let x = x0; x <= x1; x++) {
      for (let y = y0; y <= y1; y++)
        yield { set: 'detail', z, x, y, data: encode(detail, z, x, y) ?? new Uint8Array() };
    }
  }
}

function encode(
  indexes: Record<string, Index>,
  z: number,
  x: number,
  y: number,
): Uint8Array | undefined {
  const layers: TileLayers = {};
  for (const [name, index] of Object.entries(indexes)) {
    const tile = index.getTile(z, x, y);
    if (tile && tile.features.length > 0) layers[name] = tile;
  }
  return Object.keys(layers).length > 0
    ? fromGeojsonVt(layers, { version: 2, extent: 4096 })
    : undefined;
}

/** The tiles (x0, y0, x1, y1) covering a lon/lat box at zoom z, in Web Mercator. */
export function tileRange(
  [w, s, e, n]: readonly number[],
  z: number,
): [number, number, number, number] {
  const size = 2 ** z;
  const tx = (lon: number) => Math.min(size - 1, Math.floor(((lon + 180) / 360) * size));
  const ty = (lat: number) => {
    const r = (lat * Math.PI) / 180;
    return Math.min(
      size - 1,
      Math.floor(((1 - Math.log(Math.tan(r) + 1 / Math.cos(r)) / Math.PI) / 2) * size),
    );
  };
  return [tx(w!), ty(n!), tx(e!), ty(s!)];
}
