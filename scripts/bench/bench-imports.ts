/**
 * Large imports through the Import panel, each in a fresh browser (an accepted import is stored
 * and would be restored into the next page): the time until the report is shown, and the
 * longest main-thread task from the choice of the file until the map has drawn every imported
 * feature (the page must never freeze: budget ≤ 200 ms). The cases
 * are issue 12's: CSVs of 5,000 and 50,000 rows that all have the same bad latitude (refused
 * whole), a valid 50,000-row CSV, and GeoJSON layers of 200,000 points (≈ 25 MB) and ≈ 60 MB.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { type Launch, type Row, stats, watchedPage } from './bench-scale.ts';
import { serveDist } from '../browser/serve-dist.ts';

const HEADER =
  'id,title,category,date,date_precision,date_rule,date_basis,lat,lon,place,source,quote';
const QUOTE =
  'The warning to the west came as a US warship sailed through the sea separating Taiwan and mainland China amid escalating tensions in the region, and after Beijing staged war games around the self-governed island.';

/** A CSV of `n` incidents quoting the shipped article; `lat` for every row. */
function csv(n: number, lat: (i: number) => string): string {
  const rows = [HEADER];
  for (let i = 0; i < n; i++)
    rows.push(
      `bench-${i},Warship ${i},naval-transit,2023-04-17,before,inferred,sailed,${lat(i)},${(119 + (i % 1000) / 1000).toFixed(3)},Taiwan Strait,dailymail-2023-04-17,"${QUOTE}"`,
    );
  return rows.join('\n') + '\n';
}

/** A GeoJSON layer of `n` points, each with a name padded to `pad` characters. */
function points(n: number, pad = 0): string {
  const features = Array.from({ length: n }, (_, i) => ({
    type: 'Feature',
    id: `p${i}`,
    properties: { name: `Point ${i}`.padEnd(pad, '.') },
    geometry: {
      type: 'Point',
      coordinates: [110 + ((i * 7919) % 20000) / 1000, 15 + ((i * 104729) % 15000) / 1000],
    },
  }));
  return JSON.stringify({ type: 'FeatureCollection', name: 'Bench points', features });
}

const CASES: readonly {
  label: string;
  file: string;
  text: () => string;
  refused: boolean;
}[] = [
  {
    label: 'CSV, 5,000 rows with the same bad latitude (refused)',
    file: 'bad-5000.csv',
    text: () => csv(5000, () => '123.5'),
    refused: true,
  },
  {
    label: 'CSV, 50,000 rows with the same bad latitude (refused)',
    file: 'bad-50000.csv',
    text: () => csv(50_000, () => '123.5'),
    refused: true,
  },
  {
    label: 'CSV, 50,000 valid rows',
    file: 'valid-50000.csv',
    text: () => csv(50_000, (i) => (22 + (i % 3000) / 1000).toFixed(3)),
    refused: false,
  },
  {
    label: 'GeoJSON, 200,000 points',
    file: 'points-200000.geojson',
    text: () => points(200_000),
    refused: false,
  },
  {
    label: 'GeoJSON, 300,000 points with long names',
    file: 'points-300000.geojson',
    text: () => points(300_000, 90),
    refused: false,
  },
];

async function importOnce(page: Page, path: string) {
  const t0 = await page.evaluate(() => performance.now());
  // From a file: Playwright refuses buffers over 50 MB.
  await page.getByLabel('Import a file').setInputFiles(path);
  await page.waitForFunction(
    () => window.__dashboard!.imports.report !== undefined && !window.__dashboard!.imports.busy,
    undefined,
    { timeout: 900_000, polling: 100 },
  );
  const shown = await page.evaluate((t0) => performance.now() - t0, t0);
  // The longest task counts until the map holds every imported feature (a layer is given to it
  // in parts after the report) and has drawn them.
  await page.waitForFunction(
    async () => {
      const map = window.__map!;
      for (const layer of window.__dashboard!.model.userLayers.values()) {
        const source = map.getSource(layer.id) as
          { getData(): Promise<{ features: unknown[] }> } | undefined;
        if ((await source?.getData())?.features.length !== layer.features.length) return false;
      }
      return map.loaded();
    },
    undefined,
    { timeout: 300_000, polling: 250 },
  );
  await page.evaluate(
    () =>
      new Promise<void>((resolve) => window.__map!.once('idle', () => resolve()).triggerRepaint()),
  );
  // Long-task entries reach the observer a little after their task.
  await page.waitForTimeout(1000);
  return page.evaluate(
    ({ t0, shown }) => {
      const report = window.__dashboard!.imports.report!;
      return {
        ms: shown,
        refused: report.refused,
        summary: report.summary,
        longest: Math.max(
          0,
          ...(window as unknown as { __longTasks: [number, number][] }).__longTasks
            .filter(([start]) => start >= t0)
            .map(([, duration]) => duration),
        ),
      };
    },
    { t0, shown },
  );
}

/** Fresh browsers per case (BENCH_IMPORT_RUNS, 3 by default): the figures are their medians. */
const RUNS = Number(process.env.BENCH_IMPORT_RUNS ?? 3);

/** One row pair per case: time to the report, and the longest task (budget 200 ms). */
export async function importRows(launch: Launch): Promise<Row[]> {
  const { server, url } = await serveDist('dist', 0);
  const dir = mkdtempSync(join(tmpdir(), 'straitwatch-imports-'));
  const rows: Row[] = [];
  try {
    for (const c of CASES) {
      const buffer = Buffer.from(c.text());
      const path = join(dir, c.file);
      writeFileSync(path, buffer);
      const runs: { ms: number; longest: number }[] = [];
      for (let run = 0; run < RUNS; run++) runs.push(await importInBrowser(launch, url, path, c));
      const size = `${(buffer.length / 1048576).toFixed(1)} MB`;
      rows.push(
        {
          figure: `import ${c.label}, ${size} → report shown`,
          unit: 'ms',
          stats: stats(runs.map((r) => r.ms)),
        },
        {
          figure: `import ${c.label}: longest main-thread task`,
          unit: 'ms',
          stats: stats(runs.map((r) => r.longest)),
          budget: 200,
        },
      );
    }
  } finally {
    server.close();
    rmSync(dir, { recursive: true, force: true });
  }
  return rows;
}

/** One import of one case in a fresh browser: the time to its report, and the longest task. */
async function importInBrowser(
  launch: Launch,
  url: string,
  path: string,
  c: (typeof CASES)[number],
): Promise<{ ms: number; longest: number }> {
  const browser = await launch();
  try {
    const page = await watchedPage(browser.context);
    await page.goto(url);
    await page.waitForFunction(
      () => performance.getEntriesByName('straitwatch:map-idle').length > 0,
      undefined,
      { timeout: 60_000 },
    );
    const r = await importOnce(page, path);
    if (r.refused !== c.refused) throw new Error(`${c.label}: ${r.summary}`);
    return r;
  } finally {
    await browser.close();
  }
}
