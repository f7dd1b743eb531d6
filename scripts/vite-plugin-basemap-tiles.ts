/**
 * Vite plugin: serves the basemap's vector tiles in dev and writes them into the build under
 * `basemap-tiles/<hash>/{set}/{z}/{x}/{y}.pbf`, the hash taken from the tiles' bytes so the
 * files can be cached for good. The app learns the path from `virtual:basemap-tiles`.
 */
import { createHash } from 'node:crypto';
import type { Plugin } from 'vite';
import { basemapTiles, DETAIL_MAX_ZOOM, EAST_ASIA_BOX, WORLD_MAX_ZOOM } from './basemap-tiles.ts';

const VIRTUAL = 'virtual:basemap-tiles';

export function basemapTilesPlugin(dir = 'geodata/basemap'): Plugin {
  let cache: { hash: string; tiles: Map<string, Uint8Array> } | undefined;
  const load = () => {
    if (cache) return cache;
    const tiles = new Map<string, Uint8Array>();
    const hash = createHash('sha256');
    for (const t of basemapTiles(dir)) {
      const key = `${t.set}/${t.z}/${t.x}/${t.y}`;
      tiles.set(key, t.data);
      hash.update(key).update(t.data);
    }
    cache = { hash: hash.digest('hex').slice(0, 10), tiles };
    return cache;
  };
  return {
    name: 'straitwatch-basemap-tiles',
    resolveId: (id) => (id === VIRTUAL ? `\0${VIRTUAL}` : undefined),
    load(id) {
      if (id !== `\0${VIRTUAL}`) return undefined;
      const { hash } = load();
      return `export default ${JSON.stringify({
        path: `basemap-tiles/${hash}`,
        worldMaxZoom: WORLD_MAX_ZOOM,
        detailMaxZoom: DETAIL_MAX_ZOOM,
        eastAsiaBox: EAST_ASIA_BOX,
      })};`;
    },
    configureServer(server) {
      server.middlewares.use((req, res, next) => {
        const match = /\/basemap-tiles\/[0-9a-f]+\/(\w+\/\d+\/\d+\/\d+)\.pbf$/.exec(req.url ?? '');
        if (!match) return next();
        const tile = load().tiles.get(match[1]!);
        if (!tile) {
          res.statusCode = 404;
          return res.end();
        }
        res.setHeader('Content-Type', 'application/x-protobuf');
        res.end(tile);
      });
    },
    generateBundle() {
      const { hash, tiles } = load();
      for (const [key, data] of tiles) {
        this.emitFile({
          type: 'asset',
          fileName: `basemap-tiles/${hash}/${key}.pbf`,
          source: data,
        });
      }
    },
  };
}
