/**
 * `npm run bench:load-ab -- <distA> <distB>`: the 100,000-incident dataset opened by two builds
 * side by side, A and B alternating (ABBA…), each in a fresh browser: the dataset's read start →
 * model ready against the same page's fetch + `JSON.parse` of the same files (the floor), the
 * longest main-thread task while the dataset loads and before it (the page's start-up), then a
 * one-incident CSV imported on top (from the file's choice until it is in the model and until
 * the map has drawn it, and the longest task meanwhile), 2 s after the model is ready (while the
 * service worker's first install precaches the app) and again once it is installed. Prints each
 * build's medians and every run. RUNS sets the loads per build (default 3); BENCH_N the
 * dataset's size.
 *
 * @example
 * git worktree add /tmp/before <commit> && (cd /tmp/before && npm ci && npm run build)
 * npm run build && npm run bench:load-ab -- /tmp/before/dist dist
 */
import type { Page } from 'playwright-core';
import { launchChromium, settledPage } from '../browser/chromium-args.ts';
import { datasetRoute } from '../dataset/dataset-route.ts';
import {
  dataset,
  datasetFloor,
  importOnTop,
  longestWhileLoading,
  serviceWorkerReady,
  stats,
} from './bench-scale.ts';
import { serveDist } from '../browser/serve-dist.ts';

const dirs = process.argv.slice(2);
if (dirs.length !== 2) {
  console.error('usage: npm run bench:load-ab -- <distA> <distB>');
  process.exit(2);
}
const runs = Number(process.env.RUNS ?? 3);
const dir = dataset(Number(process.env.BENCH_N ?? 100_000));
const name = dir.split('/').at(-1)!;
const served = await Promise.all(dirs.map((d) => serveDist(d, 0, datasetRoute(dir))));
const figures = [
  'dataset read start → model ready',
  'the floor: fetch + JSON.parse of the same files',
  'ratio to the floor',
  'longest task while the dataset loads (read start → model ready; budget 200)',
  'longest task before it (start-up: the first frames of the map)',
  'import a one-incident CSV on top, 2 s after ready, from the choice → in the model',
  'that import → drawn on the map',
  'longest task from the choice until drawn',
  'service worker ready (its precache done), after that import',
  'a second import, with the service worker ready → in the model',
  'that import → drawn on the map',
  'longest task from the choice until drawn',
] as const;
const values = dirs.map(() => figures.map(() => [] as number[]));

const floor = (page: Page) => datasetFloor(page, name);

try {
  for (let i = 0; i < runs; i++)
    for (const k of i % 2 ? [1, 0] : [0, 1]) {
      const browser = await launchChromium('straitwatch-load-ab-');
      try {
        const page = await settledPage(browser.context);
        await page.addInitScript('window.__name = (f) => f');
        await page.addInitScript(
          "window.__longTasks = []; new PerformanceObserver((l) => { for (const e of l.getEntries()) window.__longTasks.push([e.startTime, e.duration]); }).observe({ type: 'longtask', buffered: true });",
        );
        await page.goto(`${served[k]!.url}?dataset=${name}`);
        await page.waitForFunction(
          () =>
            performance.getEntriesByName('straitwatch:map-idle').length > 0 &&
            performance.getEntriesByName('straitwatch:model-ready').length > 0 &&
            window.__dashboard!.loading.status === 'ready',
          undefined,
          { timeout: 300_000 },
        );
        const toReady = await page.evaluate(
          () =>
            performance.getEntriesByName('straitwatch:model-ready')[0]!.startTime -
            performance.getEntriesByName('straitwatch:dataset-read-start')[0]!.startTime,
        );
        const longest = await longestWhileLoading(page);
        const floorMs = await floor(page);
        // Let the page settle (the record, the map's frames) before the import.
        await page.waitForTimeout(2000);
        const first = await importOnTop(page, 'ab');
        const swReady = await serviceWorkerReady(page);
        await page.waitForTimeout(1000);
        const second = await importOnTop(page, 'ab', 'bench-warship-2');
        const v = values[k]!;
        v[0]!.push(toReady);
        v[1]!.push(floorMs);
        v[2]!.push(toReady / floorMs);
        v[3]!.push(longest.whileLoading);
        v[4]!.push(longest.startUp);
        for (const [j, row] of first.entries()) v[5 + j]!.push(row.stats.median);
        v[8]!.push(swReady);
        for (const [j, row] of second.entries()) v[9 + j]!.push(row.stats.median);
        console.log(
          `${'AB'[k]} run ${i + 1}: ${figures.map((f, j) => `${f} ${v[j]!.at(-1)!.toFixed(j === 2 ? 2 : 0)}`).join('; ')}`,
        );
      } finally {
        await browser.close();
      }
    }
} finally {
  for (const s of served) s.server.close();
}
dirs.forEach((d, k) => {
  console.log(`${'AB'[k]} ${d}:`);
  figures.forEach((f, j) => {
    const all = values[k]![j]!;
    const digits = j === 2 ? 2 : 0;
    console.log(
      `  ${f}: median ${stats(all).median.toFixed(digits)} (${all.map((x) => x.toFixed(digits)).join(', ')})`,
    );
  });
});
