/**
 * The tile sets cut at build time hold every tile MapLibre can ask for (issue 13: it asked for
 * world/4/1/6, which did not exist, and a host with a single-page-app fallback answered with
 * index.html). MapLibre asks a source for the tiles of its zoom range (over-zooming the last)
 * that meet its `bounds`; its rule (src/tile/tile_bounds.ts) is restated here, not taken from
 * scripts/build/basemap-tiles.ts, so the two are checked against each other.
 */
import { describe, expect, it } from 'vitest';
import {
  basemapTiles,
  DETAIL_MAX_ZOOM,
  EAST_ASIA_BOX,
  WORLD_MAX_ZOOM,
} from '../../../scripts/build/basemap-tiles';
import { GEODATA_DIR } from '../../support/geodata';

const tiles = [...basemapTiles(`${GEODATA_DIR}/basemap`)];
const keys = new Set(tiles.map((t) => `${t.set}/${t.z}/${t.x}/${t.y}`));

/** The tiles at zoom z that MapLibre's TileBounds lets a source with these bounds request. */
function tilesMapLibreRequests([w, s, e, n]: readonly number[], z: number): string[] {
  const mx = (lon: number) => (lon + 180) / 360;
  const my = (lat: number) =>
    (180 - (180 / Math.PI) * Math.log(Math.tan(Math.PI / 4 + (lat * Math.PI) / 360))) / 360;
  const size = 2 ** z;
  const [x0, x1] = [Math.floor(mx(w!) * size), Math.ceil(mx(e!) * size)];
  const [y0, y1] = [Math.floor(my(n!) * size), Math.ceil(my(s!) * size)];
  const out: string[] = [];
  for (let x = x0; x < x1; x++) for (let y = y0; y < y1; y++) out.push(`${z}/${x}/${y}`);
  return out;
}

describe('basemap tiles', () => {
  it.each(Array.from({ length: WORLD_MAX_ZOOM + 1 }, (_, z) => z))(
    'world: every tile of zoom %i exists, ocean ones empty',
    (z) => {
      const missing = tilesMapLibreRequests([-180, -85.0511, 180, 85.0511], z).filter(
        (k) => !keys.has(`world/${k}`),
      );
      expect(missing).toEqual([]);
      expect(tiles.filter((t) => t.set === 'world' && t.z === z)).toHaveLength(4 ** z);
    },
  );

  it.each(
    Array.from({ length: DETAIL_MAX_ZOOM - WORLD_MAX_ZOOM }, (_, i) => WORLD_MAX_ZOOM + 1 + i),
  )('detail: every tile of zoom %i inside the source bounds exists', (z) => {
    const requested = tilesMapLibreRequests(EAST_ASIA_BOX, z);
    expect(requested.filter((k) => !keys.has(`detail/${k}`))).toEqual([]);
  });

  it('writes empty tiles as zero bytes and keeps the land ones', () => {
    const world = tiles.filter((t) => t.set === 'world');
    const empty = world.filter((t) => t.data.length === 0);
    // The open Pacific north-east of Hawaii (world/4/1/6, the tile issue 13 saw missing).
    expect(empty.some((t) => t.z === 4 && t.x === 1 && t.y === 6)).toBe(true);
    // East Asia's tile at zoom 4 holds land.
    expect(world.find((t) => t.z === 4 && t.x === 13 && t.y === 6)?.data.length).toBeGreaterThan(0);
    expect(empty.length).toBeLessThan(world.length / 2);
  });
});
