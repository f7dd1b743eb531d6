/**
 * Offline after one visit (issue 13): the service worker precaches the whole build, so with the
 * network off a reload still draws the map, lists the incidents, shows a quote and the record's
 * freshness (from the precached CSVs and provenance.json); datasets are
 * never cached; and a new build is offered with a visible "updated — reload" notice, not served
 * stale and not swapped in silently. The second build is real: the same sources built again
 * without minification, so every script, index.html and the worker's list differ.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import sirv from 'sirv';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { repoModel } from '../support/geodata';
import { openDashboard, openSession, type Session, waitForMapIdle } from './support/browser';

const model = repoModel();

/** Resolves once a service worker is active and controls the page. */
const controlledByServiceWorker = (page: Page) =>
  page.waitForFunction(
    async () => {
      await navigator.serviceWorker.ready;
      return navigator.serviceWorker.controller !== null;
    },
    undefined,
    { timeout: 60_000 },
  );

/** Every URL in the page's caches (Workbox keeps its precache in one). */
const cachedUrls = (page: Page) =>
  page.evaluate(async () => {
    const urls: string[] = [];
    for (const name of await caches.keys())
      for (const request of await (await caches.open(name)).keys()) urls.push(request.url);
    return urls;
  });

/** The app's entry script, as index.html names it. */
const entryScript = (html: string) => /<script type="module"[^>]* src="([^"]+)"/.exec(html)![1]!;

describe('offline after one visit', () => {
  let s: Session;
  beforeAll(async () => {
    s = await openSession();
    await openDashboard(s);
    await controlledByServiceWorker(s.page);
  }, 120_000);
  afterAll(() => s.close());

  it('does not cache a dataset’s files or its range reads', async () => {
    const base = `/datasets/${inject('datasetName')}`;
    const answers = await s.page.evaluate(async (base) => {
      const whole = await fetch(`${base}/manifest.json`);
      const range = await fetch(`${base}/incidents.fgb`, { headers: { Range: 'bytes=0-99' } });
      return [whole.status, range.status];
    }, base);
    expect(answers).toEqual([200, 206]);
    const cached = await cachedUrls(s.page);
    expect(cached.some((url) => url.includes('/index.html'))).toBe(true);
    expect(cached.filter((url) => new URL(url).pathname.startsWith('/datasets/'))).toEqual([]);
  });

  it('is installable: Chromium finds a valid web app manifest with its icons', async () => {
    const cdp = await s.context.newCDPSession(s.page);
    const manifest = (await cdp.send('Page.getAppManifest')) as {
      url: string;
      errors: unknown[];
    };
    expect(new URL(manifest.url).pathname).toBe('/manifest.webmanifest');
    expect(manifest.errors).toEqual([]);
    const { installabilityErrors } = (await cdp.send('Page.getInstallabilityErrors')) as {
      installabilityErrors: unknown[];
    };
    expect(installabilityErrors).toEqual([]);
    await cdp.detach();
  });

  it('reloads with the network off: the map, the list and a quote', async () => {
    s.errors.length = 0;
    await s.context.setOffline(true);
    await s.page.reload();
    await s.page.waitForFunction(
      () => performance.getEntriesByName('straitwatch:model-ready').length > 0,
      undefined,
      { timeout: 60_000 },
    );
    await waitForMapIdle(s.page);
    const land = await s.page.evaluate(
      () =>
        window.__map!.queryRenderedFeatures({ layers: ['world-land', 'east-asia-land'] }).length,
    );
    expect(land).toBeGreaterThan(0);

    const list = s.page.getByRole('region', { name: 'Incidents' });
    await expect.poll(() => list.locator('button[data-id]').count()).toBe(model.incidents.length);
    const incident = model.incidents[0]!;
    await list.locator(`button[data-id="${incident.id}"]`).click();
    const source = s.page.getByRole('region', { name: 'Source' });
    await expect
      .poll(() => source.locator('blockquote mark').first().textContent())
      .toBe(incident.properties.quotes[0]!.text);
    // The record's freshness, from the precached CSVs and provenance.json, as online.
    const freshness = s.page.locator('p.freshness');
    await expect.poll(() => freshness.count(), { timeout: 30_000 }).toBe(1);
    expect((await freshness.textContent())!.replace(/\s+/g, ' ')).toMatch(
      /Record 16 Nov 2022 – 22 Aug 2026 · \d+ days old/,
    );
    await s.page.getByRole('button', { name: 'Where from' }).click();
    expect(await s.page.locator('#record-freshness-details code').allTextContents()).toEqual([
      '466b2f5b',
      'e2163f81',
    ]);
    await s.page.keyboard.press('Escape');
    const cached = (await cachedUrls(s.page)).map((url) => new URL(url).pathname);
    expect(cached.some((path) => /\/provenance-[^/]*\.json$/.test(path))).toBe(true);
    expect(cached.some((path) => /\/adiz-regions-[^/]*\.geojson$/.test(path))).toBe(true);
    // Everything came from the cache: nothing failed to load.
    expect(s.errors).toEqual([]);
  });

  it('is really offline, and a /datasets/ navigation is not answered with the app', async () => {
    const fetched = await s.page.evaluate(() =>
      fetch('/no-such-file.txt').then(
        () => 'answered',
        () => 'failed',
      ),
    );
    expect(fetched).toBe('failed');
    const page = await s.context.newPage();
    await expect(page.goto(new URL('/datasets/any/manifest.json', s.baseUrl).href)).rejects.toThrow(
      /ERR_INTERNET_DISCONNECTED/,
    );
    await page.close();
    await s.context.setOffline(false);
  });
});

describe('a new build', () => {
  let s: Session;
  let server: Server;
  let baseUrl: string;
  let nextDir: string;
  /** Which build the server answers with; switched by the test. */
  let serve: ReturnType<typeof sirv>;

  beforeAll(async () => {
    nextDir = mkdtempSync(join(tmpdir(), 'straitwatch-next-build-'));
    // Built as `npm run build` would be: without the test runner's environment (VITEST,
    // NODE_ENV=test), which would make Vite build Svelte's server runtime.
    const env = Object.fromEntries(
      Object.entries(process.env).filter(([key]) => !/^(VITEST|NODE_ENV$|TEST$)/.test(key)),
    );
    execFileSync(
      'npx',
      ['vite', 'build', '--outDir', nextDir, '--emptyOutDir', '--minify', 'false'],
      { stdio: 'ignore', env },
    );
    // Like npm start: hashed assets for good, everything else revalidated.
    const headers = (res: { setHeader(k: string, v: string): void }, path: string) =>
      res.setHeader('Cache-Control', path.startsWith('/assets/') ? 'max-age=31536000' : 'no-cache');
    serve = sirv('dist', { etag: true, setHeaders: headers });
    const next = sirv(nextDir, { etag: true, setHeaders: headers });
    server = createServer((req, res) => serve(req, res));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
    s = await openSession();
    await openDashboard({ ...s, baseUrl });
    await controlledByServiceWorker(s.page);
    serve = next;
  }, 240_000);
  afterAll(async () => {
    await s.close();
    await new Promise<void>((resolve) => server.close(() => resolve()));
    rmSync(nextDir, { recursive: true, force: true });
  });

  const firstScript = entryScript(readFileSync('dist/index.html', 'utf8'));
  const nextScript = () => entryScript(readFileSync(join(nextDir, 'index.html'), 'utf8'));
  const pageScript = () =>
    s.page.evaluate(() => document.querySelector('script[type="module"]')!.getAttribute('src'));
  const notice = () => s.page.getByRole('status').filter({ hasText: 'Straitwatch was updated' });

  it('is offered with a visible notice, while the page keeps the build it runs', async () => {
    expect(nextScript()).not.toBe(firstScript);
    await s.page.reload();
    await expect.poll(() => notice().isVisible(), { timeout: 90_000 }).toBe(true);
    expect(await notice().textContent()).toContain('reload');
    expect(await pageScript()).toBe(firstScript);
  });

  it('takes over when the reader clicks Reload, and the old build’s files leave the cache', async () => {
    await notice().getByRole('button', { name: 'Reload' }).click();
    await expect.poll(() => pageScript(), { timeout: 60_000 }).toBe(nextScript());
    await waitForMapIdle(s.page);
    await expect.poll(() => notice().count()).toBe(0);
    const cached = (await cachedUrls(s.page)).map((url) => new URL(url).pathname);
    expect(cached).toContain(nextScript());
    expect(cached).not.toContain(firstScript);
  });
});
