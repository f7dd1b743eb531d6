/**
 * `npm run bench`: build and serve the app, drive Debian's headless Chromium through the
 * budgeted scenarios, and write bench-output/report.json and bench-output/report.md (median,
 * p95, min, max over repeated runs). Budgets are checked here, in the report, not as timed
 * unit tests. RUNS sets the repetitions (default 9).
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { BrowserContext, Request } from 'playwright-core';
import { launchChromium, settledPage } from '../browser/chromium-args.ts';
import { type Launch, type Row, scaleRows, stats } from './bench-scale.ts';
import { importRows } from './bench-imports.ts';
import { searchRows } from './bench-search.ts';
import { serveDist } from '../browser/serve-dist.ts';

/**
 * BENCH_STARTUP=0 leaves out the start-up figures (for working on the scale scenarios);
 * BENCH_SCALE=0 the scale tiers; BENCH_IMPORTS=0 the large imports (bench-imports.ts);
 * BENCH_SEARCH=0 the search at 100k (bench-search.ts).
 */
class SkipStartup extends Error {}

const RUNS = Number(process.env.RUNS ?? 9);
const OUT = 'bench-output';

const launch: Launch = () => launchChromium('straitwatch-bench-');

/**
 * The window sizes the start-up is also measured at (issue 23): a desktop's, where the layout
 * must not cost anything, and a phone's, where the map is on top and the list is a tab under it.
 * The rows without a size are at launchChromium's default, 1280 × 800.
 */
const START_VIEWPORTS = [
  { width: 1440, height: 900 },
  { width: 390, height: 844 },
] as const;

/**
 * Navigation start → the map's first idle with the data drawn, plus a forced finished frame, in
 * a page opened once the browser has settled (`settledPage`).
 */
async function firstIdle(
  context: BrowserContext,
  url: string,
  requested?: Requested,
): Promise<{ ms: number; heapMB: number; recordMs: number; firstRowMs: number }> {
  const page = await settledPage(context);
  const record = (r: Request) => requested?.before.add(new URL(r.url()).pathname);
  if (requested) {
    context.on('request', record);
    // Every request of the load is kept in the page's resource timing (tiles and glyphs included).
    await page.addInitScript(() => performance.setResourceTimingBufferSize(10_000));
  }
  await page.goto(url);
  await page.waitForFunction(
    () => performance.getEntriesByName('straitwatch:map-idle').length > 0,
    undefined,
    { timeout: 60_000 },
  );
  // The first load is what came before the first idle; the record is read after it.
  if (requested) context.off('request', record);
  const result = await page.evaluate(() => {
    const map = window.__map!;
    const gl = map.getCanvas().getContext('webgl2') ?? map.getCanvas().getContext('webgl');
    gl?.readPixels(0, 0, 1, 1, gl.RGBA, gl.UNSIGNED_BYTE, new Uint8Array(4));
    const idle = performance.getEntriesByName('straitwatch:map-idle')[0]!.startTime;
    const memory = (performance as unknown as { memory?: { usedJSHeapSize: number } }).memory;
    return { ms: idle, heapMB: (memory?.usedJSHeapSize ?? 0) / 1048576 };
  });
  // The first incident row's title painted (Element Timing: its `elementtiming` attribute).
  const firstRowMs = await page.evaluate(
    () =>
      new Promise<number>((resolve, reject) => {
        setTimeout(() => reject(new Error('no element timing for the first incident row')), 10_000);
        new PerformanceObserver((list) => {
          for (const e of list.getEntries() as (PerformanceEntry & {
            identifier: string;
            renderTime: number;
            loadTime: number;
          })[])
            if (e.identifier === 'first-incident-row') resolve(e.renderTime || e.loadTime);
        }).observe({ type: 'element', buffered: true });
      }),
  );
  // The record read, built and its chart painted (two frames after its mark).
  await page.waitForFunction(
    () => performance.getEntriesByName('straitwatch:record-ready').length > 0,
    undefined,
    { timeout: 60_000 },
  );
  const recordMs = await page.evaluate(
    () =>
      new Promise<number>((resolve) =>
        requestAnimationFrame(() =>
          requestAnimationFrame(() => {
            if (!document.querySelector('.record path.line')) throw new Error('no record chart');
            const idle = performance.getEntriesByName('straitwatch:map-idle')[0]!.startTime;
            resolve(performance.now() - idle);
          }),
        ),
      ),
  );
  if (requested) {
    // What the page asked for after its first idle (the record's code and CSVs, the chart and
    // the cards over it) is not the first load, however soon after the idle its request began
    // (the listener above goes only once the idle is seen).
    const late = await page.evaluate(() => {
      const idle = performance.getEntriesByName('straitwatch:map-idle')[0]!.startTime;
      return performance
        .getEntriesByType('resource')
        .filter((e) => e.startTime > idle)
        .map((e) => new URL(e.name).pathname);
    });
    for (const path of late) {
      requested.before.delete(path);
      requested.after.add(path);
    }
  }
  await page.close();
  return { ...result, recordMs, firstRowMs };
}

/** What the first load asked for (before the map's first idle), and what came after it. */
interface Requested {
  readonly before: Set<string>;
  readonly after: Set<string>;
}

/**
 * What the first load fetched, by kind, as gzip bytes of the built files: the app's own code
 * (JS, worker, CSS), the basemap (tiles and glyphs) and the data. What the page asked for after
 * its first idle (MND's record: its code, its chart, its CSVs) is counted apart, and chunks
 * loaded on demand later (the extractor, for text imports) are listed apart.
 */
function firstLoadSizes({ before: requested, after }: Requested) {
  const gz = (path: string) =>
    gzipSync(readFileSync(join('dist', decodeURIComponent(path))), { level: 9 }).length / 1024;
  const sum = (test: (p: string) => boolean) =>
    [...requested].filter(test).reduce((n, p) => n + gz(p), 0);
  // The record is read after the first idle: its code (whatever chunks it comes in) and its
  // CSVs are counted apart.
  const isRecord = (p: string) => after.has(p) || /\/load-record-[^/]*\.js$|\.csv$/.test(p);
  // The service worker is registered at the first idle (App.svelte); a worker's script is not
  // in the page's resource timing, so it is named here.
  const code = (p: string) => /\.(m?js|css)$/.test(p) && !isRecord(p) && p !== '/sw.js';
  const basemap = (p: string) => p.startsWith('/basemap-tiles/') || p.startsWith('/glyphs/');
  const data = (p: string) => /\.(geojson|json|txt)$/.test(p);
  const lazy = readdirSync('dist/assets').filter(
    (f) => /\.m?js$/.test(f) && !requested.has(`/assets/${f}`) && !isRecord(`/assets/${f}`),
  );
  const recordCsvs = readdirSync('dist/assets').filter((f) => /\.csv$/.test(f));
  return {
    codeGzipKB: sum(code),
    basemapGzipKB: sum(basemap),
    dataGzipKB: sum(data),
    lazyChunks: Object.fromEntries(lazy.map((f) => [f, gz(`/assets/${f}`)])),
    recordCsvGzipKB: recordCsvs.reduce((n, f) => n + gz(`/assets/${f}`), 0),
    recordCodeGzipKB: readdirSync('dist/assets')
      .filter((f) => isRecord(`/assets/${f}`) && /\.(m?js|css)$/.test(f))
      .reduce((n, f) => n + gz(`/assets/${f}`), 0),
  };
}

async function main() {
  if (process.env.SKIP_BUILD !== '1')
    execFileSync('npm', ['run', 'build', '--silent'], { stdio: 'inherit' });
  const { server, url } = await serveDist('dist');
  const rows: Row[] = [];
  const requested: Requested = { before: new Set(), after: new Set() };
  try {
    if (process.env.BENCH_STARTUP === '0') throw new SkipStartup();
    // Cold: a fresh browser profile each run, nothing cached.
    const cold: number[] = [];
    const heap: number[] = [];
    const record: number[] = [];
    const firstRow: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      const browser = await launch();
      const r = await firstIdle(browser.context, url, i === 0 ? requested : undefined);
      cold.push(r.ms);
      heap.push(r.heapMB);
      record.push(r.recordMs);
      firstRow.push(r.firstRowMs);
      await browser.close();
    }
    rows.push({
      figure: 'shipped dashboard, navigation → first incident row painted (cold cache)',
      unit: 'ms',
      stats: stats(firstRow),
      budget: 500,
    });
    rows.push({
      figure: 'shipped dashboard, navigation → first idle (cold cache)',
      unit: 'ms',
      stats: stats(cold),
      budget: 1200,
    });
    rows.push({
      figure: "MND's record, first idle → read, built and its chart drawn (cold cache)",
      unit: 'ms',
      stats: stats(record),
    });
    // The same cold start at each of START_VIEWPORTS: the first row and the first idle.
    for (const viewport of START_VIEWPORTS) {
      const size = `${viewport.width} × ${viewport.height}`;
      const idle: number[] = [];
      const row: number[] = [];
      for (let i = 0; i < RUNS; i++) {
        const sized = await launchChromium('straitwatch-bench-', viewport);
        const r = await firstIdle(sized.context, url);
        idle.push(r.ms);
        row.push(r.firstRowMs);
        await sized.close();
      }
      rows.push({
        figure: `shipped dashboard, navigation → first incident row painted (cold cache, ${size})`,
        unit: 'ms',
        stats: stats(row),
        budget: 500,
      });
      rows.push({
        figure: `shipped dashboard, navigation → first idle (cold cache, ${size})`,
        unit: 'ms',
        stats: stats(idle),
        budget: 1200,
      });
    }
    // Warm: the same profile, hashed assets served from the HTTP cache.
    const browser = await launch();
    await firstIdle(browser.context, url);
    const warm: number[] = [];
    for (let i = 0; i < RUNS; i++) warm.push((await firstIdle(browser.context, url)).ms);
    await browser.close();
    rows.push({
      figure: 'shipped dashboard, navigation → first idle (warm cache)',
      unit: 'ms',
      stats: stats(warm),
    });
    rows.push({ figure: 'JS heap after first idle', unit: 'MB', stats: stats(heap) });
  } catch (error) {
    if (!(error instanceof SkipStartup)) throw error;
  } finally {
    server.close();
  }
  if (process.env.BENCH_SCALE !== '0') rows.push(...(await scaleRows(launch, RUNS)));
  if (process.env.BENCH_IMPORTS !== '0') rows.push(...(await importRows(launch)));
  if (process.env.BENCH_SEARCH !== '0') rows.push(...(await searchRows(launch, RUNS)));
  const sizes = firstLoadSizes(requested);
  for (const row of rows)
    if (row.budget !== undefined)
      row.met = row.atLeast ? row.stats.median >= row.budget : row.stats.median <= row.budget;
  const bundleMet = sizes.codeGzipKB <= 600;

  const machine = `${readFileSync('/proc/cpuinfo', 'utf8').match(/model name\s*:\s*(.*)/)?.[1] ?? 'unknown CPU'}, ${process.env.CI ? 'CI' : 'local'}`;
  const report = {
    date: new Date().toISOString(),
    machine,
    runs: RUNS,
    rows,
    ...(requested.before.size === 0
      ? {}
      : { firstLoad: { ...sizes, budgetKB: 600, met: bundleMet } }),
  };
  mkdirSync(OUT, { recursive: true });
  writeFileSync(join(OUT, 'report.json'), JSON.stringify(report, null, 2) + '\n');
  const f = (n: number) => (n >= 100 ? n.toFixed(0) : n.toFixed(1));
  const md = [
    `Headless Chromium (SwiftShader), ${machine}; ${RUNS} runs each; \`npm run bench\`, ${report.date.slice(0, 10)}.`,
    '',
    '| figure | median | p95 | min | max | runs | budget | met | naive median (ratio) |',
    '|---|---|---|---|---|---|---|---|---|',
    ...rows.map(
      (r) =>
        `| ${r.figure} | ${f(r.stats.median)} ${r.unit} | ${f(r.stats.p95)} | ${f(r.stats.min)} | ${f(r.stats.max)} | ${r.stats.runs} | ${r.budget !== undefined ? `${r.atLeast ? '≥' : '≤'} ${r.budget} ${r.unit}` : '–'} | ${r.met === undefined ? '–' : r.met ? 'yes' : '**no**'} | ${r.naive ? `${f(r.naive.median)} ms (${r.ratio!.toFixed(1)}×)` : '–'} |`,
    ),
    // The first load's sizes come from the start-up runs' requests: none without them.
    ...(requested.before.size === 0
      ? []
      : [
          `| first load: JS + worker + CSS, gzip | ${f(sizes.codeGzipKB)} KB | | | | | ≤ 600 KB | ${bundleMet ? 'yes' : '**no**'} | |`,
          `| first load: basemap tiles and glyphs, gzip (counted separately) | ${f(sizes.basemapGzipKB)} KB | | | | | – | – | |`,
          `| first load: data (layers, sources, incidents), gzip | ${f(sizes.dataGzipKB)} KB | | | | | – | – | |`,
          `| after first idle: MND's record, its code (chart and cards) + its two CSVs, gzip | ${f(sizes.recordCodeGzipKB)} + ${f(sizes.recordCsvGzipKB)} KB | | | | | – | – | |`,
          `| loaded on demand (not first load): ${Object.keys(sizes.lazyChunks).join(', ') || 'none'} | ${f(Object.values(sizes.lazyChunks).reduce((a, b) => a + b, 0))} KB | | | | | – | – | |`,
        ]),
    '',
  ].join('\n');
  writeFileSync(join(OUT, 'report.md'), md);
  console.log(md);
}

await main();
