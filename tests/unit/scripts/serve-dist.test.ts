/**
 * `npm start`'s server (scripts/browser/serve-dist.ts) on a made-up build: the security headers on every
 * response, immutable caching only where files are named by their content, and a right
 * Content-Type for every kind of file the app and a service worker fetch (nosniff makes the
 * browser trust it).
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { datasetRoute } from '../../../scripts/dataset/dataset-route';
import { IMMUTABLE, REVALIDATE, SECURITY_HEADERS } from '../../../scripts/build/response-headers';
import { serveDist } from '../../../scripts/browser/serve-dist';

const ROOT = mkdtempSync(join(tmpdir(), 'straitwatch-serve-'));
const FILES = [
  'index.html',
  'assets/index-BJ2MBWZR.js',
  'assets/maplibre-gl-worker-CZtFQQIV.mjs',
  'assets/adiz-D3WVRQfN.geojson',
  'assets/dailymail-2023-04-17-a5GXrMHZ.txt',
  'assets/decoder-1a2b3c4d.wasm',
  'basemap-tiles/1b10c2ef8a/world/0/0/0.pbf',
  'glyphs/e9ebf774f3/Noto Sans Regular/0-255.pbf',
  'manifest.webmanifest',
  'sw.js',
];
let server: Server;
let base: string;

beforeAll(async () => {
  for (const file of FILES) {
    mkdirSync(join(ROOT, 'dist', dirname(file)), { recursive: true });
    writeFileSync(join(ROOT, 'dist', file), 'x');
  }
  mkdirSync(join(ROOT, 'datasets', 'tiny'), { recursive: true });
  writeFileSync(join(ROOT, 'datasets', 'tiny', 'manifest.json'), '{}');
  writeFileSync(join(ROOT, 'datasets', 'tiny', 'incidents.fgb'), 'fgb');
  const route = datasetRoute(join(ROOT, 'datasets', 'tiny'), join(ROOT, 'datasets'));
  ({ server, url: base } = await serveDist(join(ROOT, 'dist'), 0, route));
});

afterAll(() => {
  server.close();
  rmSync(ROOT, { recursive: true, force: true });
});

const get = (path: string) => fetch(new URL(path, base));

describe('serveDist', () => {
  it.each([
    '/',
    '/index.html',
    '/assets/index-BJ2MBWZR.js',
    '/basemap-tiles/1b10c2ef8a/world/0/0/0.pbf',
    '/datasets/tiny/manifest.json',
    '/no-such-file',
  ])('sends the security headers with %s', async (path) => {
    const response = await get(path);
    for (const [name, value] of Object.entries(SECURITY_HEADERS))
      expect(response.headers.get(name), name).toBe(value);
  });

  it.each([
    ['/assets/index-BJ2MBWZR.js', IMMUTABLE],
    ['/glyphs/e9ebf774f3/Noto%20Sans%20Regular/0-255.pbf', IMMUTABLE],
    ['/', REVALIDATE],
    ['/index.html', REVALIDATE],
    ['/sw.js', REVALIDATE],
    ['/manifest.webmanifest', REVALIDATE],
    ['/datasets/tiny/incidents.fgb', REVALIDATE],
    ['/no-such-file', REVALIDATE],
  ])('caches %s with %s', async (path, cache) => {
    expect((await get(path)).headers.get('cache-control')).toBe(cache);
  });

  it.each([
    ['/', 'text/html;charset=utf-8'],
    ['/assets/index-BJ2MBWZR.js', 'text/javascript'],
    ['/assets/maplibre-gl-worker-CZtFQQIV.mjs', 'text/javascript'],
    ['/assets/adiz-D3WVRQfN.geojson', 'application/geo+json'],
    ['/assets/dailymail-2023-04-17-a5GXrMHZ.txt', 'text/plain; charset=utf-8'],
    ['/assets/decoder-1a2b3c4d.wasm', 'application/wasm'],
    ['/basemap-tiles/1b10c2ef8a/world/0/0/0.pbf', 'application/x-protobuf'],
    ['/glyphs/e9ebf774f3/Noto%20Sans%20Regular/0-255.pbf', 'application/x-protobuf'],
    ['/manifest.webmanifest', 'application/manifest+json'],
    ['/sw.js', 'text/javascript'],
    ['/datasets/tiny/incidents.fgb', 'application/octet-stream'],
  ])('serves %s as %s', async (path, type) => {
    const response = await get(path);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe(type);
  });
});
