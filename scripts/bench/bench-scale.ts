/**
 * The scale scenarios of `npm run bench` (issue 4): incidents at 1k, 100k and 1M in headless
 * Chromium, each figure against the naive approach measured in the same run (a `setData` of the
 * window's incidents into a GeoJSON source on every change), so the ratio holds on a noisy
 * machine.
 *
 * Two tiers:
 * - the app: a generated dataset (`npm run gen`, real schema) opened with `?dataset=`, read and
 *   validated in the browser; window changes go through the dashboard's state, so the map, the
 *   list and the counts chart all follow, and the timeline's play button is pressed for real;
 * - the map's incident layer alone, fed columns (lon, lat, day, category) for 1M incidents, a
 *   size whose full model (every quote) does not fit a browser tab.
 * "Drawn" is the map's `idle` after the change plus a 1-pixel `readPixels`, which waits for the
 * frame to finish.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import type { BrowserContext, Page } from 'playwright-core';
import { syntheticColumns } from '../../src/lib/gen/synthetic-columns.ts';
import { datasetRoute } from '../dataset/dataset-route.ts';
import { serveDist } from '../browser/serve-dist.ts';

export interface Stats {
  median: number;
  p95: number;
  min: number;
  max: number;
  runs: number;
}
export interface Row {
  figure: string;
  unit: string;
  stats: Stats;
  budget?: number;
  /** Budgets that are floors (steps a second) rather than ceilings. */
  atLeast?: boolean;
  met?: boolean;
  /** The naive approach, measured in the same run, and how many times slower it was. */
  naive?: Stats;
  ratio?: number;
}

export function stats(values: number[]): Stats {
  const s = [...values].sort((a, b) => a - b);
  const at = (q: number) => s[Math.min(s.length - 1, Math.ceil(q * s.length) - 1)]!;
  return { median: at(0.5), p95: at(0.95), min: s[0]!, max: s[s.length - 1]!, runs: s.length };
}

export type Launch = () => Promise<{
  context: BrowserContext;
  /** The browser's throwaway profile directory (names its processes). */
  profile: string;
  close: () => Promise<void>;
}>;

const SEED = 1;
const WINDOW_DAYS = 30;

/** A generated dataset's directory, generated first when missing. */
export function dataset(n: number): string {
  const dir = `datasets/synthetic-${n}-s${SEED}`;
  if (!existsSync(`${dir}/manifest.json`)) {
    console.log(`Generating ${dir} (npm run gen)…`);
    execFileSync(
      'npx',
      ['tsx', 'scripts/commands/gen.ts', '--n', String(n), '--seed', String(SEED)],
      {
        stdio: 'inherit',
      },
    );
  }
  return dir;
}

/** Resident memory of the renderer processes of a browser profile, in MB (Linux `ps`). */
function rendererRssMB(profile: string): number {
  const out = execFileSync('ps', ['-eo', 'rss=,args='], { encoding: 'utf8' });
  const rows = out
    .split('\n')
    .filter((l) => l.includes('--type=renderer') && l.includes(profile))
    .map((l) => Number(l.trim().split(/\s+/)[0]) / 1024);
  return rows.length ? Math.max(...rows) : NaN;
}

/** A CSV of one incident (id `id`) quoting the shipped article, as a user would import it. */
const importCsv = (id: string) =>
  [
    'id,title,category,date,date_precision,date_rule,date_basis,lat,lon,place,source,quote',
    `${id},US warship sails through the strait,naval-transit,2023-04-17,before,inferred,sailed,24.2,119.6,Taiwan Strait,dailymail-2023-04-17,"The warning to the west came as a US warship sailed through the sea separating Taiwan and mainland China amid escalating tensions in the region, and after Beijing staged war games around the self-governed island."`,
    '',
  ].join('\n');

/**
 * Wait until the page's service worker is installed and active, as it is for a returning
 * reader; the ms waited. Its first install precaches the app (≈ 960 files) in the background,
 * and while it does, every map frame costs SwiftShader about twice its time here.
 */
export async function serviceWorkerReady(page: Page): Promise<number> {
  return page.evaluate(async () => {
    const t0 = performance.now();
    await navigator.serviceWorker.ready;
    return performance.now() - t0;
  });
}

/**
 * Import a CSV through the Import panel, timed from the file's choice (the input's `change`
 * event, as a reader's pick in the file dialog fires it): until it is in the model, until the
 * map has drawn a frame with it, and the longest task from the choice until then. Playwright's
 * own work before the choice (finding the input, handing it the file: 100–200 ms on the page's
 * main thread here) is not the import's, and is left out.
 */
export async function importOnTop(page: Page, label: string, id = 'bench-warship'): Promise<Row[]> {
  const input = page.getByLabel('Import a file');
  await input.evaluate((element) => {
    const w = window as unknown as Record<string, unknown>;
    w.__importChosen = undefined;
    w.__importDrawn = undefined;
    w.__importInModel = undefined;
    element.addEventListener('change', (event) => (w.__importChosen = event.timeStamp), {
      capture: true,
      once: true,
    });
    const size = window.__dashboard!.model.incidents.length + 1;
    const map = window.__map!;
    const drawn = () => {
      // Builds before `lastFrameSize` (A/B runs against them) draw all time: every row.
      const last = window.__incidentPoints!.drawn as {
        lastFrameSize?: number;
        lastFrameRows: number;
      };
      if ((last.lastFrameSize ?? last.lastFrameRows) !== size) return;
      w.__importDrawn = performance.now();
      map.off('render', drawn);
    };
    map.on('render', drawn);
    // In the model: seen at the first frame after the import's report is set (a new one).
    const before = window.__dashboard!.imports.report;
    const inModel = () => {
      const report = window.__dashboard!.imports.report;
      if (report === undefined || report === before) requestAnimationFrame(inModel);
      else w.__importInModel = performance.now();
    };
    requestAnimationFrame(inModel);
  });
  await input.setInputFiles({
    name: `${id}.csv`,
    mimeType: 'text/csv',
    buffer: Buffer.from(importCsv(id)),
  });
  await page.waitForFunction(
    () => {
      const w = window as unknown as { __importDrawn?: number; __importInModel?: number };
      return w.__importDrawn !== undefined && w.__importInModel !== undefined;
    },
    undefined,
    { timeout: 120_000 },
  );
  // Long-task entries reach the observer a little after their task.
  await page.waitForTimeout(500);
  const result = await page.evaluate(() => {
    const d = window.__dashboard!;
    if (d.imports.report!.refused) throw new Error(d.imports.report!.summary);
    const w = window as unknown as {
      __importChosen: number;
      __importDrawn: number;
      __importInModel: number;
      __longTasks: [number, number][];
    };
    const chosen = w.__importChosen;
    return {
      inModel: w.__importInModel - chosen,
      drawn: w.__importDrawn - chosen,
      // Every task that ran after the choice, the one it was made in included.
      longest: Math.max(
        0,
        ...w.__longTasks
          .filter(([start, duration]) => start + duration > chosen && start < w.__importDrawn)
          .map(([, duration]) => duration),
      ),
    };
  });
  return [
    {
      figure: `${label}: import a one-incident CSV on top → in the model`,
      unit: 'ms',
      stats: stats([result.inModel]),
    },
    {
      figure: `${label}: import a one-incident CSV on top → drawn on the map`,
      unit: 'ms',
      stats: stats([result.drawn]),
      budget: 300,
    },
    {
      figure: `${label}: longest main-thread task during that import`,
      unit: 'ms',
      stats: stats([result.longest]),
      budget: 100,
    },
  ];
}

/**
 * The page's used JS heap in MB after a full garbage collection (CDP `HeapProfiler`): what the
 * page holds, not the garbage a load has left uncollected (`performance.memory` read straight
 * after the 100k load said 755 MB where 180 MB were held).
 */
async function jsHeapMB(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  try {
    await cdp.send('HeapProfiler.collectGarbage');
    const { usedSize } = await cdp.send('Runtime.getHeapUsage');
    return usedSize / 1048576;
  } finally {
    await cdp.detach();
  }
}

/** In the page: wait for the map's idle after a change, then force the frame to finish. */
const DRAWN_SOURCE = `
  window.__drawn = () => new Promise((resolve) => {
    const map = window.__map;
    map.once('idle', () => {
      const gl = map.getCanvas().getContext('webgl2');
      gl.readPixels(0, 0, 1, 1, gl.RGBA, gl.UNSIGNED_BYTE, new Uint8Array(4));
      resolve();
    });
    map.triggerRepaint();
  });
  window.__naive = async (features) => {
    const map = window.__map;
    if (!map.getSource('naive')) {
      map.addSource('naive', { type: 'geojson', data: { type: 'FeatureCollection', features: [] } });
      map.addLayer({ id: 'naive', type: 'circle', source: 'naive', paint: { 'circle-radius': 2, 'circle-color': '#333' } });
      await window.__drawn();
    }
    const t0 = performance.now();
    map.getSource('naive').setData({ type: 'FeatureCollection', features });
    await window.__drawn();
    return performance.now() - t0;
  };
  window.__removeNaive = async () => {
    const map = window.__map;
    if (map.getLayer('naive')) map.removeLayer('naive');
    if (map.getSource('naive')) map.removeSource('naive');
    await window.__drawn();
  };
`;

/**
 * A new page that records every main-thread task over 50 ms from its start in
 * `window.__longTasks` (`[startTime, duration]` pairs), for the longest-task figures.
 */
export async function watchedPage(context: BrowserContext): Promise<Page> {
  const page = await context.newPage();
  // tsx (esbuild) names the functions in page.evaluate callbacks with a `__name` helper that
  // only exists in Node.
  await page.addInitScript('window.__name = (f) => f');
  await page.addInitScript(
    "window.__longTasks = []; new PerformanceObserver((l) => { for (const e of l.getEntries()) window.__longTasks.push([e.startTime, e.duration]); }).observe({ type: 'longtask', buffered: true });",
  );
  return page;
}

export async function openApp(context: BrowserContext, url: string): Promise<Page> {
  const page = await watchedPage(context);
  await page.goto(url);
  // The map shows the shipped data first; a dataset joins it once checked (model ready).
  await page.waitForFunction(
    () =>
      performance.getEntriesByName('straitwatch:map-idle').length > 0 &&
      performance.getEntriesByName('straitwatch:model-ready').length > 0 &&
      performance.getEntriesByName('straitwatch:record-ready').length > 0,
    undefined,
    { timeout: 300_000 },
  );
  await page.evaluate(DRAWN_SOURCE);
  // The whole view of the data: every point on screen, as in the reference measurements.
  await page.evaluate(async () => {
    window.__map!.jumpTo({ center: [125, 22.5], zoom: 3.6 });
    await (window as unknown as { __drawn: () => Promise<void> }).__drawn();
  });
  return page;
}

/**
 * The longest main-thread tasks of a page opened with a dataset (`watchedPage`): while the
 * dataset loads (tasks that start from the start of its read to the model ready), and before
 * that (the page's own start-up, the shipped data and the map's first frames, which the dataset
 * waits for). The read starts inside the task of the map's first idle frame, so that frame
 * counts as the start-up's.
 */
export async function longestWhileLoading(
  page: Page,
): Promise<{ whileLoading: number; startUp: number }> {
  return page.evaluate(() => {
    const mark = (name: string) => performance.getEntriesByName(name)[0]!.startTime;
    const start = mark('straitwatch:dataset-read-start');
    const ready = mark('straitwatch:model-ready');
    const tasks = (window as unknown as { __longTasks: [number, number][] }).__longTasks;
    const longest = (keep: (from: number) => boolean) =>
      Math.max(0, ...tasks.filter(([from]) => keep(from)).map(([, d]) => d));
    return {
      whileLoading: longest((from) => from >= start && from < ready),
      startUp: longest((from) => from < start),
    };
  });
}

/** Windows of WINDOW_DAYS, `count` of them, spread over the data's days. */
function windows(first: number, last: number, count: number) {
  return Array.from({ length: count }, (_, k) => {
    const from = first + Math.round(((last - first - WINDOW_DAYS) * (k + 0.5)) / count);
    return { from, to: from + WINDOW_DAYS };
  });
}

/** The app at `n` incidents from a generated dataset: load, window changes, play, list, memory. */
async function appTier(launch: Launch, n: number, runs: number): Promise<Row[]> {
  const dir = dataset(n);
  const name = dir.split('/').at(-1)!;
  const { server, url } = await serveDist('dist', 0, datasetRoute(dir));
  const browser = await launch();
  const rows: Row[] = [];
  const label = n >= 1000 ? `${n / 1000}k` : String(n);
  try {
    const page = await openApp(browser.context, `${url}?dataset=${name}`);
    const loaded = await page.evaluate(() => ({
      incidents: window.__dashboard!.model.incidents.length,
      issues: window.__dashboard!.model.issues.length,
      ready: performance.getEntriesByName('straitwatch:model-ready')[0]!.startTime,
      idle: performance.getEntriesByName('straitwatch:map-idle')[0]!.startTime,
    }));
    const longest = await longestWhileLoading(page);
    if (loaded.incidents < n)
      throw new Error(
        `${name}: only ${loaded.incidents} incidents loaded (${loaded.issues} issues)`,
      );
    rows.push(
      {
        figure: `${label}: navigation → the map idle with the shipped data (the dataset still loading)`,
        unit: 'ms',
        stats: stats([loaded.idle]),
      },
      {
        figure: `${label}: navigation → model ready (fetch, validate every quote; once)`,
        unit: 'ms',
        stats: stats([loaded.ready]),
      },
      {
        figure: `${label}: longest main-thread task while the dataset loads (read start → model ready; budget 200)`,
        unit: 'ms',
        stats: stats([longest.whileLoading]),
        budget: 200,
        met: longest.whileLoading <= 200,
      },
      {
        figure: `${label}: longest main-thread task before it (the page's start-up, the map's first frames)`,
        unit: 'ms',
        stats: stats([longest.startUp]),
      },
    );

    // The floor beside it, in the same page: fetch and JSON.parse the dataset's own files (as
    // the app reads them, not from the HTTP cache), one after the other as the app's reads
    // overlap. The app's time is from the start of its dataset read to the model ready.
    const floor: number[] = [];
    for (let i = 0; i < Math.min(runs, 3); i++) floor.push(await datasetFloor(page, name));
    const floorStats = stats(floor);
    const toReady = await page.evaluate(
      () =>
        performance.getEntriesByName('straitwatch:model-ready')[0]!.startTime -
        performance.getEntriesByName('straitwatch:dataset-read-start')[0]!.startTime,
    );
    rows.push(
      {
        figure: `${label}: the same page's fetch + JSON.parse of the dataset's files (the floor)`,
        unit: 'ms',
        stats: floorStats,
      },
      {
        figure: `${label}: dataset read start → model ready (ratio: ÷ the floor; budget 2× it)`,
        unit: 'ms',
        stats: stats([toReady]),
        naive: floorStats,
        ratio: toReady / floorStats.median,
        budget: Math.round(2 * floorStats.median),
        met: toReady <= 2 * floorStats.median,
      },
    );

    // Memory with the data in and drawn, before any scenario: the naive comparisons below run in
    // the same page and leave their GeoJSON sources' memory behind in it.
    rows.push(
      {
        figure: `${label}: JS heap after load (after a full GC)`,
        unit: 'MB',
        stats: stats([await jsHeapMB(page)]),
      },
      {
        figure: `${label}: renderer memory (RSS) after load`,
        unit: 'MB',
        stats: stats([rendererRssMB(browser.profile)]),
      },
    );

    // Data ready → drawn: the incident layer given the model's incidents anew (index + upload +
    // frame), against a setData of every incident into a GeoJSON source.
    const load: number[] = [];
    const naiveLoad: number[] = [];
    for (let i = 0; i < Math.min(runs, 5); i++) {
      load.push(
        await page.evaluate(async () => {
          const t0 = performance.now();
          const d = window.__dashboard!;
          // A fresh copy of the columns: the layer converts and uploads every point again.
          const columns = d.list.table.columns;
          window.__incidentPoints!.setColumns({ ...columns, day: columns.day.slice() });
          await (window as unknown as { __drawn: () => Promise<void> }).__drawn();
          return performance.now() - t0;
        }),
      );
    }
    for (let i = 0; i < Math.min(runs, 3); i++) {
      naiveLoad.push(
        await page.evaluate(async () => {
          const w = window as unknown as {
            __naive: (f: unknown[]) => Promise<number>;
            __removeNaive: () => Promise<void>;
          };
          const features = window.__dashboard!.model.incidents.map((i) => ({
            type: 'Feature',
            geometry: i.geometry,
            properties: { day: window.__dashboard!.list.table.columns.day[0] },
          }));
          const ms = await w.__naive(features);
          await w.__removeNaive();
          return ms;
        }),
      );
    }
    rows.push(
      withNaive(`${label}: data ready → drawn`, load, naiveLoad, n >= 100_000 ? 500 : undefined),
    );

    // Window change → drawn, list and record panel updated, through the dashboard's state.
    const extent = await page.evaluate(() => {
      const d = window.__dashboard!.list.table.columns.day;
      return [d[0]!, d[d.length - 1]!] as const;
    });
    const ws = windows(extent[0], extent[1], runs);
    const change: number[] = [];
    for (const w of ws) {
      change.push(
        await page.evaluate(async (w) => {
          const d = window.__dashboard!;
          const t0 = performance.now();
          d.setTimeWindow(w);
          await (window as unknown as { __drawn: () => Promise<void> }).__drawn();
          // The list shows the window's first incident.
          const first = document.querySelector<HTMLElement>(
            'section[aria-label="Incidents"] button[data-index="0"]',
          )?.dataset.id;
          const { rows, table } = d.list;
          if (rows.length > 0 && first !== table.columns.ids[rows[0]!])
            throw new Error(`the list did not follow the window (${first})`);
          // The record's panel is redrawn for the window too (its summary names it).
          const summary = document.querySelector('.record details.summary summary')?.textContent;
          if (!summary?.startsWith('Window:'))
            throw new Error(`the record did not follow the window (${summary})`);
          return performance.now() - t0;
        }, w),
      );
    }
    const naiveChange: number[] = [];
    for (const w of ws.slice(0, Math.min(runs, 5))) {
      naiveChange.push(
        await page.evaluate(async (w) => {
          const d = window.__dashboard!;
          const [start, end] = [
            d.list.table.columns.day.findIndex((x) => x >= w.from),
            d.list.table.columns.day.findIndex((x) => x >= w.to),
          ];
          const features = d.model.incidents
            .slice(start, end < 0 ? undefined : end)
            .map((i) => ({ type: 'Feature', geometry: i.geometry, properties: {} }));
          return (window as unknown as { __naive: (f: unknown[]) => Promise<number> }).__naive(
            features,
          );
        }, w),
      );
    }
    await page.evaluate(() =>
      (window as unknown as { __removeNaive: () => Promise<void> }).__removeNaive(),
    );
    rows.push(
      withNaive(
        `${label}: time-window change (${WINDOW_DAYS} days) → drawn, list updated`,
        change,
        naiveChange,
        n >= 100_000 ? 100 : undefined,
      ),
    );

    // Playing: the timeline's own play button, at 1×, for 3 s from a 30-day window.
    const play = await page.evaluate(async (w) => {
      const d = window.__dashboard!;
      d.setTimeWindow(w);
      d.setPlaySpeed(1);
      await (window as unknown as { __drawn: () => Promise<void> }).__drawn();
      const longTasks: number[] = [];
      const observer = new PerformanceObserver((list) => {
        for (const e of list.getEntries()) longTasks.push(e.duration);
      });
      observer.observe({ type: 'longtask', buffered: false });
      const steps = new Set<number>();
      let frames = 0;
      const framesAtStart = window.__incidentPoints!.drawn.frames;
      document
        .querySelector<HTMLButtonElement>('section[aria-label="Timeline"] button.play')!
        .click();
      const t0 = performance.now();
      await new Promise<void>((resolve) => {
        const tick = () => {
          if (d.timeWindow) steps.add(d.timeWindow.from);
          frames += 1;
          if (performance.now() - t0 < 3000 && d.playing) requestAnimationFrame(tick);
          else resolve();
        };
        requestAnimationFrame(tick);
      });
      const seconds = (performance.now() - t0) / 1000;
      d.setPlaying(false);
      observer.disconnect();
      return {
        stepsPerSecond: (steps.size - 1) / seconds,
        mapFramesPerSecond: (window.__incidentPoints!.drawn.frames - framesAtStart) / seconds,
        longestTask: Math.max(0, ...longTasks),
        frames,
      };
    }, ws[0]!);
    rows.push({
      figure: `${label}: timeline playing, window steps a second`,
      unit: '/s',
      stats: stats([play.stepsPerSecond]),
      budget: n >= 100_000 ? 10 : undefined,
      atLeast: true,
    });
    rows.push({
      figure: `${label}: timeline playing, map frames a second`,
      unit: '/s',
      stats: stats([play.mapFramesPerSecond]),
    });
    rows.push({
      figure: `${label}: timeline playing, longest main-thread task`,
      unit: 'ms',
      stats: stats([play.longestTask]),
      budget: n >= 100_000 ? 100 : undefined,
    });

    // The list: rows in the DOM with all incidents shown, and after a scroll to the middle.
    const list = await page.evaluate(async () => {
      const d = window.__dashboard!;
      d.setTimeWindow(undefined);
      await (window as unknown as { __drawn: () => Promise<void> }).__drawn();
      const scroller = document.querySelector<HTMLElement>(
        'section[aria-label="Incidents"] .scroller',
      )!;
      const count = () => document.querySelectorAll('section[aria-label="Incidents"] li').length;
      const atTop = count();
      const t0 = performance.now();
      scroller.scrollTop = scroller.scrollHeight / 2;
      await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
      return {
        atTop,
        middle: count(),
        scrollMs: performance.now() - t0,
        shown: d.list.rows.length,
      };
    });
    rows.push({
      figure: `${label}: incident list rows in the DOM (${list.shown.toLocaleString('en')} listed)`,
      unit: 'rows',
      stats: stats([list.atTop, list.middle]),
      budget: n >= 100_000 ? 200 : undefined,
    });
    rows.push({
      figure: `${label}: list scroll to the middle → painted`,
      unit: 'ms',
      stats: stats([list.scrollMs]),
    });
    rows.push({
      figure: `${label}: JS heap after every scenario (after a full GC)`,
      unit: 'MB',
      stats: stats([await jsHeapMB(page)]),
    });
    rows.push({
      figure: `${label}: renderer memory (RSS) after every scenario (naive runs included)`,
      unit: 'MB',
      stats: stats([rendererRssMB(browser.profile)]),
    });

    // An import on top of the dataset: checked against the model already built (extendModel).
    rows.push(...(await importOnTop(page, label)));
  } finally {
    await browser.close();
    server.close();
  }
  return rows;
}

/** The incident layer alone at `n` incidents, fed columns: load, window changes, memory. */
async function layerTier(launch: Launch, n: number, runs: number): Promise<Row[]> {
  const { server, url } = await serveDist('dist', 0);
  const browser = await launch();
  const rows: Row[] = [];
  const label = n >= 1_000_000 ? `${n / 1_000_000}M` : `${n / 1000}k`;
  try {
    const c = syntheticColumns(n, SEED);
    const body = Buffer.concat([
      Buffer.from(c.lon.buffer),
      Buffer.from(c.lat.buffer),
      Buffer.from(c.day.buffer),
      Buffer.from(c.category.buffer),
    ]);
    await browser.context.route('**/__bench/columns.bin', (route) =>
      route.fulfill({ body, contentType: 'application/octet-stream' }),
    );
    const page = await openApp(browser.context, url);
    await page.evaluate(async (n) => {
      const buffer = await (await fetch('/__bench/columns.bin')).arrayBuffer();
      const lon = new Float64Array(buffer, 0, n);
      const lat = new Float64Array(buffer, n * 8, n);
      const day = new Int32Array(buffer, n * 16, n);
      const category = new Uint8Array(buffer, n * 20, n);
      (window as unknown as { __columns: unknown }).__columns = {
        size: n,
        ids: Array.from({ length: n }, (_, i) => `syn-${i + 1}`),
        lon,
        lat,
        day,
        category,
        flags: new Uint8Array(n),
        aircraft: new Float32Array(n).fill(NaN),
        ships: new Float32Array(n).fill(NaN),
      };
    }, n);

    const load: number[] = [];
    for (let i = 0; i < Math.min(runs, 5); i++) {
      load.push(
        await page.evaluate(async () => {
          const columns = (window as unknown as { __columns: { day: Int32Array } }).__columns;
          const t0 = performance.now();
          // A new object each time: the layer converts and uploads every point again.
          window.__incidentPoints!.setColumns({ ...columns } as never);
          window.__incidentPoints!.setRows([0, columns.day.length]);
          await (window as unknown as { __drawn: () => Promise<void> }).__drawn();
          return performance.now() - t0;
        }),
      );
    }
    const first = c.day[0]!;
    const last = c.day[n - 1]!;
    const ws = windows(first, last, runs);
    const change: number[] = [];
    for (const w of ws) {
      change.push(
        await page.evaluate(async (w) => {
          const day = (window as unknown as { __columns: { day: Int32Array } }).__columns.day;
          const lower = (d: number) => {
            let lo = 0;
            let hi = day.length;
            while (lo < hi) {
              const mid = (lo + hi) >>> 1;
              if (day[mid]! < d) lo = mid + 1;
              else hi = mid;
            }
            return lo;
          };
          const t0 = performance.now();
          window.__incidentPoints!.setRows([lower(w.from), lower(w.to)]);
          await (window as unknown as { __drawn: () => Promise<void> }).__drawn();
          return performance.now() - t0;
        }, w),
      );
    }
    const rss = rendererRssMB(browser.profile);
    const heap = await page.evaluate(
      () =>
        ((performance as unknown as { memory?: { usedJSHeapSize: number } }).memory
          ?.usedJSHeapSize ?? 0) / 1048576,
    );
    // The naive approach: the window's points as GeoJSON, setData on every change.
    const naiveChange: number[] = [];
    for (const w of ws.slice(0, n >= 1_000_000 ? 3 : 5)) {
      naiveChange.push(
        await page.evaluate(async (w) => {
          const c = (
            window as unknown as {
              __columns: { lon: Float64Array; lat: Float64Array; day: Int32Array };
            }
          ).__columns;
          const features = [];
          for (let i = 0; i < c.day.length; i++)
            if (c.day[i]! >= w.from && c.day[i]! < w.to)
              features.push({
                type: 'Feature',
                geometry: { type: 'Point', coordinates: [c.lon[i], c.lat[i]] },
                properties: {},
              });
          return (window as unknown as { __naive: (f: unknown[]) => Promise<number> }).__naive(
            features,
          );
        }, w),
      );
    }
    rows.push(
      withNaive(
        `${label}, incident layer alone: data ready → drawn`,
        load,
        undefined,
        n >= 1_000_000 ? 2000 : 500,
      ),
    );
    rows.push(
      withNaive(
        `${label}, incident layer alone: time-window change (${WINDOW_DAYS} days) → drawn`,
        change,
        naiveChange,
        n >= 1_000_000 ? 500 : 100,
      ),
    );
    rows.push({
      figure: `${label}, incident layer alone: renderer memory (RSS)`,
      unit: 'MB',
      stats: stats([rss]),
      budget: n >= 1_000_000 ? 1536 : undefined,
    });
    rows.push({
      figure: `${label}, incident layer alone: JS heap`,
      unit: 'MB',
      stats: stats([heap]),
    });
  } finally {
    await browser.close();
    server.close();
  }
  return rows;
}

function withNaive(
  figure: string,
  values: number[],
  naive: number[] | undefined,
  budget: number | undefined,
): Row {
  const row: Row = { figure, unit: 'ms', stats: stats(values), budget };
  if (naive && naive.length > 0) {
    row.naive = stats(naive);
    row.ratio = row.naive.median / row.stats.median;
  }
  return row;
}

/**
 * A million incidents read by the map's bounding box from the dataset's FlatGeobuf file over
 * range requests (the preview server is a static host). Measured only when the dataset exists
 * (`npm run gen -- --n 1000000 --seed 1 --fgb`, ~70 s and 1.5 GB, so the benchmark does not make
 * it).
 */
async function boxTier(launch: Launch): Promise<Row[]> {
  const dir = `datasets/synthetic-1000000-s${SEED}`;
  if (!existsSync(`${dir}/incidents.fgb`)) {
    console.log(
      `Skipping the bounding-box reads: no ${dir}/incidents.fgb (npm run gen -- --n 1000000 --fgb)`,
    );
    return [];
  }
  const { server, url } = await serveDist('dist', 0, datasetRoute(dir));
  const browser = await launch();
  const rows: Row[] = [];
  try {
    const page = await browser.context.newPage();
    await page.addInitScript('window.__name = (f) => f');
    // Every main-thread task over 50 ms from the start, to find the longest while data loads.
    await page.addInitScript(
      "window.__longTasks = []; new PerformanceObserver((l) => { for (const e of l.getEntries()) window.__longTasks.push([e.startTime, e.duration]); }).observe({ type: 'longtask', buffered: true });",
    );
    await page.goto(`${url}?dataset=synthetic-1000000-s${SEED}`);
    await page.waitForFunction(() => window.__dashboard?.boxReader.read !== undefined, undefined, {
      timeout: 120_000,
    });
    const first = await page.evaluate(() => performance.now());
    await page.evaluate(DRAWN_SOURCE);
    const views = [
      { center: [120.2, 23.2], zoom: 7 },
      { center: [116, 12], zoom: 6 },
      { center: [124, 26], zoom: 6.5 },
      { center: [121.2, 24.5], zoom: 8 },
    ] as const;
    const reads: number[] = [];
    const sizes: number[] = [];
    for (const view of views) {
      const r = await page.evaluate(async (view) => {
        const d = window.__dashboard!;
        const before = d.boxReader.read;
        const t0 = performance.now();
        window.__map!.jumpTo({ center: [...view.center] as [number, number], zoom: view.zoom });
        await new Promise<void>((resolve) => {
          const wait = () =>
            d.boxReader.read !== before && !d.boxReader.status.reading
              ? resolve()
              : setTimeout(wait, 20);
          wait();
        });
        await (window as unknown as { __drawn: () => Promise<void> }).__drawn();
        return { ms: performance.now() - t0, size: d.boxReader.read!.columns.size };
      }, view);
      reads.push(r.ms);
      sizes.push(r.size);
    }
    rows.push({
      figure:
        '1M by bounding box (FlatGeobuf, range requests): navigation → first view read and drawn',
      unit: 'ms',
      stats: stats([first]),
    });
    rows.push({
      figure: `1M by bounding box: new view → read and drawn (${Math.min(...sizes).toLocaleString('en')}–${Math.max(...sizes).toLocaleString('en')} incidents a view)`,
      unit: 'ms',
      stats: stats(reads),
    });
    rows.push({
      figure: '1M by bounding box: renderer memory (RSS)',
      unit: 'MB',
      stats: stats([rendererRssMB(browser.profile)]),
      budget: 1536,
    });
  } finally {
    await browser.close();
    server.close();
  }
  return rows;
}

/**
 * Every scale scenario, in order: the app at 1k and 100k, the layer alone at 100k and 1M, and
 * 1M read by bounding box when that dataset exists.
 */
export async function scaleRows(launch: Launch, runs: number): Promise<Row[]> {
  const sizes = (process.env.BENCH_SIZES ?? '1000,100000,1000000').split(',').map(Number);
  const rows: Row[] = [];
  for (const n of sizes.filter((n) => n <= 200_000)) rows.push(...(await appTier(launch, n, runs)));
  for (const n of sizes.filter((n) => n >= 100_000))
    rows.push(...(await layerTier(launch, n, runs)));
  if (sizes.includes(1_000_000)) rows.push(...(await boxTier(launch)));
  return rows;
}

/**
 * The floor for opening a dataset, in the same page: its files fetched (uncached, as the app
 * reads them) and `JSON.parse`d, with the overlap the app's reads have. Milliseconds.
 */
export function datasetFloor(page: Page, name: string): Promise<number> {
  return page.evaluate(async (dir: string) => {
    const t0 = performance.now();
    const get = (path: string) =>
      fetch(`/datasets/${dir}/${path}`, { cache: 'no-store' }).then((r) => r.text());
    const manifest = JSON.parse(await get('manifest.json')) as {
      sources?: string[];
      sourceBundles?: string[];
      incidentFiles: string[];
    };
    await Promise.all([
      ...(manifest.sources ?? []).flatMap((p) => [
        get(p).then(JSON.parse),
        get(p.replace(/\.json$/, '.txt')),
      ]),
      ...[...(manifest.sourceBundles ?? []), ...manifest.incidentFiles].map((p) =>
        get(p).then(JSON.parse),
      ),
    ]);
    return performance.now() - t0;
  }, name);
}
