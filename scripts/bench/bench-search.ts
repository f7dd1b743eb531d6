/**
 * The search at 100k incidents (issue 22), in the app with the generated dataset: the index
 * (in its worker) built from the first opening of the search until it is ready (the longest
 * main-thread task meanwhile is reported too), then queries typed one key at a time into the
 * search field, each keystroke timed from its keydown until the worker's answer to the query as
 * typed is drawn (the frame after it), with every main-thread task over 50 ms recorded while
 * typing. Each keystroke is also timed to when the page holds the worker's answer (the search
 * in the worker and the messages both ways; the rest, to the frame drawn, is the page's).
 * Budgets: ≤ 50 ms median a keystroke, no task over 100 ms while typing.
 * `measureSearch` serves any build (`dist` by default): `scripts/bench/bench-search-ab.ts` runs two.
 */
import type { Page } from 'playwright-core';
import { dataset, type Launch, openApp, type Row, stats } from './bench-scale.ts';
import { datasetRoute } from '../dataset/dataset-route.ts';
import { serveDist } from '../browser/serve-dist.ts';

/** Typed as a reader would: words of the synthetic dispatches, a place, a misspelling. */
const QUERIES = ['aircraft taiwan', 'carrier group', 'median line', 'bashi channel', 'destroyr'];

/** Tasks over 50 ms since `since` (the page's `__longTasks`, from `watchedPage`), longest first. */
function longestTaskSince(page: Page, since: number): Promise<number> {
  return page.evaluate(
    (t) =>
      Math.max(
        0,
        ...(window as unknown as { __longTasks: [number, number][] }).__longTasks
          .filter(([start]) => start >= t)
          .map(([, duration]) => duration),
      ),
    since,
  );
}

/** One browser's figures: the index's build, then `runs` passes over `QUERIES`, key by key. */
export interface SearchMeasures {
  readonly buildMs: number;
  readonly documents: number;
  readonly buildLongest: number;
  /** Each keystroke, keydown → results drawn. */
  readonly keystrokes: number[];
  /** Each keystroke, keydown → the worker's answer held by the page. */
  readonly answers: number[];
  /** Each keystroke's query as typed. */
  readonly typed: string[];
  readonly typingLongest: number;
}

export async function measureSearch(
  launch: Launch,
  runs: number,
  dist = 'dist',
): Promise<SearchMeasures> {
  const n = 100_000;
  const dir = dataset(n);
  const { server, url } = await serveDist(dist, 0, datasetRoute(dir));
  const browser = await launch();
  try {
    const page = await openApp(browser.context, `${url}?dataset=${dir.split('/').at(-1)}`);
    // Each keystroke's keydown time, in the page: its results are drawn when the search has
    // answered the query as typed and the next frame has painted (the index is in a worker).
    await page.evaluate(() => {
      const w = window as unknown as { __keydown: number };
      window.addEventListener(
        'keydown',
        (e) => {
          if ((e.target as HTMLElement).id === 'search-input') w.__keydown = e.timeStamp;
        },
        true,
      );
    });
    const start = await page.evaluate(() => performance.now());
    await page.keyboard.press('Control+K');
    const build = await page.evaluate(async () => {
      const search = window.__dashboard!.search;
      const t0 = performance.now();
      await search.prepare();
      return { ms: performance.now() - t0, documents: search.indexed };
    });
    const buildMs = (await page.evaluate(() => performance.now())) - start;
    const buildLongest = await longestTaskSince(page, start);
    const typing = await page.evaluate(() => performance.now());
    const keystrokes: number[] = [];
    const answers: number[] = [];
    const typed: string[] = [];
    for (let run = 0; run < runs; run++)
      for (const query of QUERIES) {
        await page.keyboard.press('Control+A');
        await page.keyboard.press('Backspace');
        for (const [i, key] of [...query].entries()) {
          await page.keyboard.type(key);
          typed.push(query.slice(0, i + 1));
          const [answer, drawn] = await page.evaluate(async () => {
            const keydown = (window as unknown as { __keydown: number }).__keydown;
            await window.__dashboard!.search.answered();
            const answered = performance.now();
            await new Promise((r) => requestAnimationFrame(() => setTimeout(r)));
            return [answered - keydown, performance.now() - keydown];
          });
          answers.push(answer!);
          keystrokes.push(drawn!);
        }
      }
    const typingLongest = await longestTaskSince(page, typing);
    return {
      buildMs,
      documents: build.documents,
      buildLongest,
      keystrokes,
      answers,
      typed,
      typingLongest,
    };
  } finally {
    await browser.close();
    server.close();
  }
}

export async function searchRows(launch: Launch, runs: number): Promise<Row[]> {
  const { buildMs, documents, buildLongest, keystrokes, answers, typingLongest } =
    await measureSearch(launch, runs);
  return [
    {
      figure: `100k: search index built on first opening (${documents.toLocaleString('en')} entries, in slices)`,
      unit: 'ms',
      stats: stats([buildMs]),
    },
    {
      figure: '100k: longest main-thread task while the search index is built',
      unit: 'ms',
      stats: stats([buildLongest]),
    },
    {
      figure: `100k: search, keystroke → results drawn (${QUERIES.length} queries typed key by key)`,
      unit: 'ms',
      stats: stats(keystrokes),
      budget: 50,
    },
    {
      figure: '100k: search, keystroke → the worker’s answer in the page',
      unit: 'ms',
      stats: stats(answers),
    },
    {
      figure: '100k: search, longest main-thread task while typing',
      unit: 'ms',
      stats: stats([typingLongest]),
      budget: 100,
    },
  ];
}
