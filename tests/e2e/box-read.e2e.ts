import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { openDashboard, openSession, type Session, waitForMapIdle } from './support/browser';

/**
 * A dataset read by the map's bounding box from its FlatGeobuf file over range requests (the
 * way a dataset too large to load whole is read; `&by=box` asks for it at 10,000 incidents).
 */
describe('incidents read by bounding box', () => {
  let s: Session;
  const ranges: number[] = [];
  beforeAll(async () => {
    s = await openSession();
    s.page.on('response', (r) => {
      if (r.url().endsWith('/incidents.fgb')) ranges.push(r.status());
    });
    await openDashboard(s, `?dataset=${inject('datasetName')}&by=box`);
  }, 120_000);
  afterAll(() => s.close());

  const boxRead = () =>
    s.page.evaluate(() => {
      const r = window.__dashboard!.boxReader.read;
      return r
        ? {
            size: r.columns.size,
            shown: window.__dashboard!.list.table.columns.size,
            box: { ...r.box },
            drawn: window.__incidentPoints!.drawn,
          }
        : undefined;
    });
  const status = () => s.page.getByRole('region', { name: 'Timeline' }).getByRole('status');

  it('reads the incidents in view with range requests only, and draws them', async () => {
    await expect.poll(boxRead, { timeout: 30_000 }).toBeDefined();
    const first = (await boxRead())!;
    expect(first.size).toBeGreaterThan(1000);
    expect(first.size).toBeLessThanOrEqual(10_000);
    await waitForMapIdle(s.page);
    // The file's incidents in view and the article's in the same box, drawn as one.
    const now = (await boxRead())!;
    const article = await s.page.evaluate(() =>
      window.__dashboard!.list.table.columns.ids.filter((id) => id.startsWith('dm-')),
    );
    expect(article.length).toBeGreaterThan(0);
    expect(now.shown).toBe(now.size + article.length);
    expect(now.drawn.lastFrameRows).toBe(now.shown);
    await expect
      .poll(() => status().textContent())
      .toMatch(/of 10,000 incidents, read for this view by bounding box/);
    expect(ranges.length).toBeGreaterThan(0);
    expect(new Set(ranges)).toEqual(new Set([206]));
    // The model holds only the article: the generated incidents were never loaded whole.
    expect(await s.page.evaluate(() => window.__dashboard!.model.incidents.length)).toBe(27);
  });

  it('reads again for a new view: fewer incidents when zoomed in on the Taiwan Strait', async () => {
    const before = (await boxRead())!;
    await s.page.evaluate(() => window.__map!.jumpTo({ center: [120.2, 23.2], zoom: 7 }));
    await expect
      .poll(async () => (await boxRead())!.box.west, { timeout: 30_000 })
      .toBeGreaterThan(before.box.west);
    const after = (await boxRead())!;
    expect(after.size).toBeLessThan(before.size);
    expect(after.size).toBeGreaterThan(0);
    const inBox = await s.page.evaluate(() => {
      const r = window.__dashboard!.boxReader.read!;
      let outside = 0;
      for (let i = 0; i < r.columns.size; i++) {
        const lon = r.columns.lon[i]!;
        const lat = r.columns.lat[i]!;
        if (lon < r.box.west || lon > r.box.east || lat < r.box.south || lat > r.box.north)
          outside += 1;
      }
      return outside;
    });
    expect(inBox).toBe(0);
  });

  it('shows a clicked incident’s quote, with its source and offsets', async () => {
    await waitForMapIdle(s.page);
    const target = await s.page.evaluate(() => {
      const r = window.__dashboard!.boxReader.read!;
      const map = window.__map!;
      const canvas = map.getCanvas().getBoundingClientRect();
      for (let row = 0; row < r.columns.size; row++) {
        const p = map.project([r.columns.lon[row]!, r.columns.lat[row]!]);
        if (p.x > 40 && p.y > 40 && p.x < canvas.width - 40 && p.y < canvas.height - 40)
          return { x: canvas.x + p.x, y: canvas.y + p.y };
      }
      return undefined;
    });
    expect(target).toBeDefined();
    await s.page.mouse.click(target!.x, target!.y);
    const popup = s.page.locator('.maplibregl-popup');
    await expect.poll(() => popup.locator('blockquote').textContent()).toMatch(/\w{3,}/);
    const cite = await popup.locator('cite').textContent();
    expect(cite).toMatch(
      /^syn-s1-dispatch-\d{4}-\d{2}-\d{2}, characters \d+–\d+ · read by bounding box/,
    );
    const selected = await s.page.evaluate(() => window.__incidentPoints!.drawn.selectedId);
    expect(selected).toMatch(/^syn-s1-/);
    // The README's picture of a box read.
    await s.page.screenshot({ path: 'docs/screenshot-box-read.png' });
  });

  it('lists the incidents in view, and a list click shows the quote, its source and offsets', async () => {
    const panel = s.page.getByRole('region', { name: 'Incidents' });
    const shown = (await boxRead())!.shown;
    await expect
      .poll(() => panel.locator('h2').textContent())
      .toBe(
        `Incidents ${shown.toLocaleString('en-GB')} of ${shown.toLocaleString('en-GB')} in view`,
      );
    // Virtualised: a few rows of thousands in the page.
    expect(await panel.locator('li').count()).toBeLessThanOrEqual(200);
    const row = panel.getByRole('button').filter({ hasText: 'dataset' }).first();
    const id = await row.getAttribute('data-id');
    expect(id).toMatch(/^syn-s1-/);
    const expected = await s.page.evaluate((id) => {
      const r = window.__dashboard!.boxReader.read!;
      const at = r.columns.ids.indexOf(id!);
      return {
        quote: r.properties.quote[at],
        start: r.properties.quoteStart[at],
        source: r.properties.source[at],
      };
    }, id);
    await row.click();
    const source = s.page.getByRole('region', { name: 'Source' });
    await expect.poll(() => source.locator('blockquote').textContent()).toContain(expected.quote!);
    expect(await source.locator('figcaption').textContent()).toContain(
      `${expected.source} · characters ${expected.start}–`,
    );
    await expect
      .poll(() => s.page.locator('.maplibregl-popup blockquote').textContent())
      .toBe(expected.quote);
    expect(await s.page.evaluate(() => window.__incidentPoints!.drawn.selectedId)).toBe(id);
  });

  it('keeps the article’s incidents in the list, with their verified quotes', async () => {
    await s.page.evaluate(() => window.__map!.jumpTo({ center: [116.5, 12], zoom: 5 }));
    const panel = s.page.getByRole('region', { name: 'Incidents' });
    // The Milius in the South China Sea, on 10 April 2023: an article incident beside the file's.
    await expect
      .poll(
        () =>
          s.page.evaluate(
            () => window.__dashboard!.list.table.rowOf('dm-2023-04-17-milius-south-china-sea') >= 0,
          ),
        {
          timeout: 30_000,
        },
      )
      .toBe(true);
    await s.page.evaluate(() =>
      window.__dashboard!.selectIncident('dm-2023-04-17-milius-south-china-sea', 'list'),
    );
    const button = panel.locator('button[data-id="dm-2023-04-17-milius-south-china-sea"]');
    await expect.poll(() => button.count()).toBe(1);
    await button.click();
    const source = s.page.getByRole('region', { name: 'Source' });
    await expect.poll(() => source.locator('mark').first().textContent()).toContain('USS Milius');
  });

  it('logged no error and asked no other origin', () => {
    expect(s.errors).toEqual([]);
    const origin = new URL(s.baseUrl).origin;
    expect(s.requests.filter((r) => new URL(r).origin !== origin)).toEqual([]);
  });
});
