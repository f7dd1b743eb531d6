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

  const remote = () =>
    s.page.evaluate(() => {
      const r = window.__dashboard!.remote;
      return r
        ? { size: r.index.size, box: { ...r.box }, drawn: window.__incidentPoints!.drawn }
        : undefined;
    });
  const status = () => s.page.getByRole('region', { name: 'Timeline' }).getByRole('status');

  it('reads the incidents in view with range requests only, and draws them', async () => {
    await expect.poll(remote, { timeout: 30_000 }).toBeDefined();
    const first = (await remote())!;
    expect(first.size).toBeGreaterThan(1000);
    expect(first.size).toBeLessThanOrEqual(10_000);
    await waitForMapIdle(s.page);
    expect((await remote())!.drawn.lastFrameRows).toBe(first.size);
    await expect
      .poll(() => status().textContent())
      .toMatch(/of 10,000 incidents, read for this view by bounding box/);
    expect(ranges.length).toBeGreaterThan(0);
    expect(new Set(ranges)).toEqual(new Set([206]));
    // The model holds only the article: the generated incidents were never loaded whole.
    expect(await s.page.evaluate(() => window.__dashboard!.model.incidents.length)).toBe(27);
  });

  it('reads again for a new view: fewer incidents when zoomed in on the Taiwan Strait', async () => {
    const before = (await remote())!;
    await s.page.evaluate(() => window.__map!.jumpTo({ center: [120.2, 23.2], zoom: 7 }));
    await expect
      .poll(async () => (await remote())!.box.west, { timeout: 30_000 })
      .toBeGreaterThan(before.box.west);
    const after = (await remote())!;
    expect(after.size).toBeLessThan(before.size);
    expect(after.size).toBeGreaterThan(0);
    const inBox = await s.page.evaluate(() => {
      const r = window.__dashboard!.remote!;
      let outside = 0;
      for (let i = 0; i < r.index.size; i++) {
        const lon = r.index.lon[i]!;
        const lat = r.index.lat[i]!;
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
      const r = window.__dashboard!.remote!;
      const map = window.__map!;
      const canvas = map.getCanvas().getBoundingClientRect();
      for (let row = 0; row < r.index.size; row++) {
        const p = map.project([r.index.lon[row]!, r.index.lat[row]!]);
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
  });

  it('logged no error and asked no other origin', () => {
    expect(s.errors).toEqual([]);
    const origin = new URL(s.baseUrl).origin;
    expect(s.requests.filter((r) => new URL(r).origin !== origin)).toEqual([]);
  });
});
