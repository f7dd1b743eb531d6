/**
 * `npm run bench:floor`: what a MapLibre map costs to start on this machine, without our app, next
 * to the app itself. It answers "how much of navigation → first idle is ours?" for the start-up
 * budget. Each variant is a cold load in a fresh profile (variants interleaved, RUNS rounds,
 * default 7); for each, the median wall time to the map's first `idle` and the CPU time each
 * Chromium process spent on the load (from /proc, so Linux only):
 *
 * - `empty`: MapLibre with an empty style;
 * - `dot`: MapLibre with one GeoJSON point in a circle layer;
 * - `basemap`: MapLibre with our basemap layers only (vector tiles and glyphs from dist/);
 * - `style`: MapLibre with the app's whole style as the app builds it (basemap, every overlay
 *   and the incident labels, data inline), but none of the app: no Svelte, no model, no panels;
 * - `app`: the dashboard itself.
 *
 * The style is read from the running app (`map.getStyle()`), so it is the real one.
 * Needs a build (`npm run build`); writes nothing but a temporary folder.
 */
import { copyFileSync, cpSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext } from 'playwright-core';
import { launchChromium, settledPage } from '../browser/chromium-args.ts';
import { serveDist } from '../browser/serve-dist.ts';

const RUNS = Number(process.env.RUNS ?? 7);
const IDLE_MARK = 'straitwatch:map-idle';

async function withBrowser<T>(run: (context: BrowserContext) => Promise<T>): Promise<T> {
  const browser = await launchChromium('straitwatch-floor-');
  try {
    return await run(browser.context);
  } finally {
    await browser.close();
  }
}

/** CPU milliseconds so far of every Chromium process, by process type (renderer, gpu-process…). */
function chromiumCpu(): Map<string, { type: string; ms: number }> {
  const out = new Map<string, { type: string; ms: number }>();
  const tick = 1000 / 100; // USER_HZ is 100 on Linux
  for (const pid of readdirSync('/proc').filter((p) => /^\d+$/.test(p))) {
    try {
      const cmd = readFileSync(`/proc/${pid}/cmdline`, 'utf8');
      if (!cmd.includes('chromium')) continue;
      const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
      const type = cmd.match(/--type=([a-z-]+)/)?.[1] ?? 'browser';
      out.set(pid, { type, ms: (Number(fields[11]) + Number(fields[12])) * tick });
    } catch {
      // the process ended between listing and reading
    }
  }
  return out;
}

/** One cold load: wall ms to the idle mark, and CPU ms by process type spent on it. */
async function load(url: string): Promise<{ wall: number; cpu: Record<string, number> }> {
  return withBrowser(async (context) => {
    const page = await settledPage(context);
    const before = chromiumCpu();
    await page.goto(url);
    await page.waitForFunction((mark) => performance.getEntriesByName(mark).length > 0, IDLE_MARK, {
      timeout: 60_000,
    });
    const wall = await page.evaluate((mark) => {
      const map = window.__map!;
      const gl = map.getCanvas().getContext('webgl2') ?? map.getCanvas().getContext('webgl');
      gl?.readPixels(0, 0, 1, 1, gl.RGBA, gl.UNSIGNED_BYTE, new Uint8Array(4));
      return performance.getEntriesByName(mark)[0]!.startTime;
    }, IDLE_MARK);
    const cpu: Record<string, number> = {};
    for (const [pid, { type, ms }] of chromiumCpu())
      cpu[type] = (cpu[type] ?? 0) + ms - (before.get(pid)?.ms ?? 0);
    return { wall, cpu };
  });
}

/** The app's style as its map holds it, with our origin replaced by a placeholder. */
async function appStyle(url: string): Promise<string> {
  return withBrowser(async (context) => {
    const page = await context.newPage();
    await page.goto(url);
    await page.waitForFunction((mark) => performance.getEntriesByName(mark).length > 0, IDLE_MARK);
    return page.evaluate(() =>
      JSON.stringify(window.__map!.getStyle()).replaceAll(location.origin, '__ORIGIN__'),
    );
  });
}

/**
 * The map container's place and size in the app, so the bare pages draw the same pixels. The
 * script is a file of its own: the served site sends the app's Content-Security-Policy, which
 * allows no inline script.
 */
const FLOOR_PAGE = `<!doctype html>
<html><head><meta charset="utf-8"><link rel="stylesheet" href="maplibre-gl.css">
<style>html,body{margin:0;height:100%}
#map{position:absolute;left:300px;top:32px;width:600px;height:487px;background:#cfe0ec}</style></head>
<body><div id="map"></div><script type="module" src="floor.js"></script></body></html>`;

const FLOOR_SCRIPT = `import { Map, setWorkerUrl } from './maplibre-gl.mjs';
setWorkerUrl(new URL('./maplibre-gl-worker.mjs', location.href).href);
const kind = new URLSearchParams(location.search).get('kind');
let style = { version: 8, sources: {}, layers: [] };
if (kind === 'dot') {
  style.sources.p = { type: 'geojson', data: { type: 'Point', coordinates: [121, 24] } };
  style.layers.push({ id: 'c', type: 'circle', source: 'p', paint: { 'circle-color': '#c00' } });
}
if (kind === 'basemap' || kind === 'style') {
  const text = await (await fetch('style.json')).text();
  style = JSON.parse(text.replaceAll('__ORIGIN__', location.origin));
  if (kind === 'basemap') {
    const base = ['world', 'detail'];
    style.layers = style.layers.filter((l) => base.includes(l.source));
    style.sources = Object.fromEntries(base.map((s) => [s, style.sources[s]]));
  }
}
const map = new Map({ container: 'map', style, bounds: [[112, 7], [141, 37.5]],
  fadeDuration: 0, attributionControl: false });
map.once('idle', () => { window.__map = map; performance.mark('${IDLE_MARK}'); });
`;

const median = (values: number[]) => [...values].sort((a, b) => a - b)[values.length >> 1]!;

async function main() {
  const app = await serveDist('dist');
  const floorDir = mkdtempSync(join(tmpdir(), 'straitwatch-floor-site-'));
  try {
    // The bare pages serve the app's own tiles and glyphs, and MapLibre's ES module build.
    cpSync('dist', floorDir, { recursive: true });
    for (const file of ['maplibre-gl.mjs', 'maplibre-gl-worker.mjs', 'maplibre-gl.css'])
      copyFileSync(join('node_modules/maplibre-gl/dist', file), join(floorDir, file));
    writeFileSync(join(floorDir, 'style.json'), await appStyle(app.url));
    writeFileSync(join(floorDir, 'floor.html'), FLOOR_PAGE);
    writeFileSync(join(floorDir, 'floor.js'), FLOOR_SCRIPT);
    const floor = await serveDist(floorDir);
    const variants: Record<string, string> = {
      'MapLibre, empty style': `${floor.url}floor.html?kind=empty`,
      'MapLibre, one GeoJSON dot': `${floor.url}floor.html?kind=dot`,
      'MapLibre, our basemap only': `${floor.url}floor.html?kind=basemap`,
      "MapLibre, the app's whole style, no app": `${floor.url}floor.html?kind=style`,
      'the dashboard (npm start)': app.url,
    };
    const results = new Map<string, { wall: number; cpu: Record<string, number> }[]>();
    for (let round = 0; round < RUNS; round++)
      for (const [name, url] of Object.entries(variants)) {
        const list = results.get(name) ?? [];
        list.push(await load(url));
        results.set(name, list);
      }
    floor.server.close();
    const cpuOf = (runs: { cpu: Record<string, number> }[], type?: string) =>
      median(
        runs.map((r) =>
          type === undefined ? Object.values(r.cpu).reduce((a, b) => a + b, 0) : (r.cpu[type] ?? 0),
        ),
      );
    const lines = [
      `Start-up floor, ${RUNS} cold loads each (medians; CPU from /proc, all Chromium processes)`,
      '',
      '| variant | navigation → first idle | CPU, all processes | renderer (page + map worker) | GPU process (SwiftShader) |',
      '|---|---|---|---|---|',
      ...[...results].map(
        ([name, runs]) =>
          `| ${name} | ${Math.round(median(runs.map((r) => r.wall)))} ms | ${Math.round(cpuOf(runs))} ms | ${Math.round(cpuOf(runs, 'renderer'))} ms | ${Math.round(cpuOf(runs, 'gpu-process'))} ms |`,
      ),
    ];
    console.log(lines.join('\n'));
  } finally {
    app.server.close();
    rmSync(floorDir, { recursive: true, force: true });
  }
}

await main();
