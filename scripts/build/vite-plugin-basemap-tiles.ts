/**
 * Vite plugin: serves the basemap's vector tiles and label glyphs in dev, and writes them into
 * the build under content-hashed folders so they can be cached for good:
 * - `basemap-tiles/<hash>/{set}/{z}/{x}/{y}.pbf`, cut from geodata/basemap/ at build time;
 * - `glyphs/<hash>/{fontstack}/{range}.pbf`, the SDF glyphs in geodata/glyphs/ (npm run glyphs).
 * The app learns both paths from `virtual:basemap-tiles`.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin } from 'vite';
import { basemapTiles, DETAIL_MAX_ZOOM, EAST_ASIA_BOX, WORLD_MAX_ZOOM } from './basemap-tiles.ts';

const VIRTUAL = 'virtual:basemap-tiles';

interface FileSet {
  readonly hash: string;
  /** Relative path → bytes. */
  readonly files: Map<string, Uint8Array>;
}

function hashed(files: Map<string, Uint8Array>): FileSet {
  const hash = createHash('sha256');
  for (const [key, data] of files) hash.update(key).update(data);
  return { hash: hash.digest('hex').slice(0, 10), files };
}

function readTree(dir: string, ext: string): Map<string, Uint8Array> {
  const files = new Map<string, Uint8Array>();
  if (!existsSync(dir)) return files;
  for (const entry of readdirSync(dir, { recursive: true, encoding: 'utf8' }).sort()) {
    if (entry.endsWith(ext)) files.set(entry.split('\\').join('/'), readFileSync(join(dir, entry)));
  }
  return files;
}

export function basemapTilesPlugin(
  basemapDir = 'geodata/basemap',
  glyphsDir = 'geodata/glyphs',
): Plugin {
  let tiles: FileSet | undefined;
  let glyphs: FileSet | undefined;
  const loadTiles = () =>
    (tiles ??= hashed(
      new Map(
        [...basemapTiles(basemapDir)].map((t) => [`${t.set}/${t.z}/${t.x}/${t.y}.pbf`, t.data]),
      ),
    ));
  const loadGlyphs = () => (glyphs ??= hashed(readTree(glyphsDir, '.pbf')));
  const trees = () => [
    { prefix: `basemap-tiles/${loadTiles().hash}/`, set: loadTiles() },
    { prefix: `glyphs/${loadGlyphs().hash}/`, set: loadGlyphs() },
  ];

  return {
    name: 'straitwatch-basemap-tiles',
    resolveId: (id) => (id === VIRTUAL ? `\0${VIRTUAL}` : undefined),
    load(id) {
      if (id !== `\0${VIRTUAL}`) return undefined;
      return `export default ${JSON.stringify({
        path: `basemap-tiles/${loadTiles().hash}`,
        glyphsPath: loadGlyphs().files.size > 0 ? `glyphs/${loadGlyphs().hash}` : undefined,
        worldMaxZoom: WORLD_MAX_ZOOM,
        detailMaxZoom: DETAIL_MAX_ZOOM,
        eastAsiaBox: EAST_ASIA_BOX,
      })};`;
    },
    configureServer(server) {
      server.middlewares.use((req, res, next) => {
        const url = decodeURIComponent((req.url ?? '').split('?')[0]!).replace(/^\//, '');
        for (const { prefix, set } of trees()) {
          if (!url.startsWith(prefix)) continue;
          const file = set.files.get(url.slice(prefix.length));
          if (!file) break;
          res.setHeader('Content-Type', 'application/x-protobuf');
          return res.end(file);
        }
        next();
      });
    },
    generateBundle() {
      for (const { prefix, set } of trees()) {
        for (const [key, data] of set.files)
          this.emitFile({ type: 'asset', fileName: `${prefix}${key}`, source: data });
      }
    },
  };
}
