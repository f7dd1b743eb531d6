/**
 * `npm run bench:ab -- <distA> <distB>`: navigation → first idle of two builds, cold, each start
 * in a fresh profile once the browser has settled (`settledPage`), A and B alternating (ABBA…) so
 * the machine's noise falls on both alike. Prints each build's medians (first incident row
 * painted, first idle) and every run. RUNS sets the starts per build (default 9); VIEWPORT the
 * window, as WIDTHxHEIGHT (default 1440x900, the size issue 23 holds steady; 390x844 a phone).
 *
 * @example
 * git worktree add /tmp/before <commit> && (cd /tmp/before && npm ci && npm run build)
 * npm run build && npm run bench:ab -- /tmp/before/dist dist
 */
import { launchChromium, settledPage } from '../browser/chromium-args.ts';
import { stats } from './bench-scale.ts';
import { serveDist } from '../browser/serve-dist.ts';

const dirs = process.argv.slice(2);
if (dirs.length !== 2) {
  console.error('usage: npm run bench:ab -- <distA> <distB>');
  process.exit(2);
}
const runs = Number(process.env.RUNS ?? 9);
const [width, height] = (process.env.VIEWPORT ?? '1440x900').split('x').map(Number);
if (!(width! > 0 && height! > 0)) {
  console.error(`VIEWPORT must be WIDTHxHEIGHT, as 1440x900 (got ${process.env.VIEWPORT})`);
  process.exit(2);
}
const served = await Promise.all(dirs.map((dir) => serveDist(dir, 0)));
const times: number[][] = [[], []];
const rows: number[][] = [[], []];
try {
  for (let i = 0; i < runs; i++)
    for (const k of i % 2 ? [1, 0] : [0, 1]) {
      const browser = await launchChromium('straitwatch-ab-', { width: width!, height: height! });
      const page = await settledPage(browser.context);
      await page.goto(served[k]!.url);
      await page.waitForFunction(
        () => performance.getEntriesByName('straitwatch:map-idle').length > 0,
        undefined,
        { timeout: 60_000 },
      );
      times[k]!.push(
        await page.evaluate(
          () => performance.getEntriesByName('straitwatch:map-idle')[0]!.startTime,
        ),
      );
      // The first incident row painted (Element Timing); NaN for a build without the attribute.
      rows[k]!.push(
        await page.evaluate(
          () =>
            new Promise<number>((resolve) => {
              setTimeout(() => resolve(NaN), 3000);
              new PerformanceObserver((list) => {
                for (const e of list.getEntries() as (PerformanceEntry & {
                  identifier: string;
                  renderTime: number;
                })[])
                  if (e.identifier === 'first-incident-row') resolve(e.renderTime);
              }).observe({ type: 'element', buffered: true });
            }),
        ),
      );
      await browser.close();
    }
} finally {
  for (const s of served) s.server.close();
}
dirs.forEach((dir, k) => {
  const line = (what: string, values: number[]) =>
    `${'AB'[k]} ${dir}: navigation → ${what}, cold, ${width}×${height}, median ${stats(values).median.toFixed(0)} ms (${values.map((t) => t.toFixed(0)).join(', ')})`;
  console.log(line('first incident row painted', rows[k]!));
  console.log(line('first idle', times[k]!));
});
