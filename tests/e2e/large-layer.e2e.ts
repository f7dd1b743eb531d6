/**
 * A GeoJSON layer large enough to be parsed in the JSON worker (30,000 points, 3.4 MB), through
 * the real file chooser: Cancel stops it with nothing changed; imported, every feature reaches
 * the map (given to it in parts), a click on one
 * shows its properties as text, and after a reload it is back, restored from the file kept in
 * IndexedDB. (How long its tasks are is the bench's to measure: `npm run bench`.)
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { clickOnMap, openDashboard, openSession, type Session } from './support/browser';

const COUNT = 30_000;
/** Feature 0, alone in the open sea south-west of Taiwan; the rest far off, in a grid. */
const MARKER = [116, 19.5] as const;
const LAYER = JSON.stringify({
  type: 'FeatureCollection',
  name: 'Big points',
  features: Array.from({ length: COUNT }, (_, i) => ({
    type: 'Feature',
    id: `pt-${i}`,
    properties:
      i === 0
        ? { name: 'Marker <b>zero</b>', depth: null, tags: ['a', 'b'] }
        : { name: `Point ${i}`.padEnd(40, '.') },
    geometry: {
      type: 'Point',
      coordinates: i === 0 ? MARKER : [100 + (i % 200) / 20, i / 200 / 20],
    },
  })),
});

describe('a large imported layer', () => {
  let s: Session;
  beforeAll(async () => {
    s = await openSession();
    await openDashboard(s);
  });
  afterAll(() => s.close());

  /** How many times the page has loaded the JSON worker's script (once per large parse). */
  const workerScripts = () =>
    s.page.evaluate(
      () =>
        performance
          .getEntriesByType('resource')
          .filter((e) => /\/json\.worker-[\w-]+\.js$/.test(e.name)).length,
    );
  const featuresOnMap = () =>
    s.page.evaluate(async () => {
      const source = window.__map!.getSource('user-big') as
        { getData(): Promise<{ features: unknown[] }> } | undefined;
      return source ? (await source.getData()).features.length : 0;
    });

  it('stops at Cancel while it is checked, with nothing changed', async () => {
    await s.page.getByLabel('Import a file').setInputFiles({
      name: 'big.geojson',
      mimeType: 'application/geo+json',
      buffer: Buffer.from(LAYER),
    });
    const checking = s.page.getByRole('status').filter({ hasText: 'Checking big.geojson' });
    await expect.poll(() => checking.count(), { timeout: 20_000 }).toBe(1);
    await checking.getByRole('button', { name: 'Cancel' }).click();
    await expect
      .poll(() => s.page.getByRole('alert').filter({ hasText: 'big.geojson' }).textContent(), {
        timeout: 20_000,
      })
      .toContain('big.geojson was not imported: cancelled, nothing changed');
    expect(await s.page.evaluate(() => window.__map!.getSource('user-big'))).toBeUndefined();
    expect(await s.page.getByRole('checkbox', { name: 'Big points' }).count()).toBe(0);
  });

  it('is parsed in a worker and every feature reaches the map', async () => {
    expect(LAYER.length).toBeGreaterThan(3_000_000);
    const before = await workerScripts();
    await s.page.getByLabel('Import a file').setInputFiles({
      name: 'big.geojson',
      mimeType: 'application/geo+json',
      buffer: Buffer.from(LAYER),
    });
    await expect
      .poll(() => s.page.getByRole('status').textContent(), { timeout: 30_000 })
      .toContain(`big.geojson: layer “Big points” added (${COUNT} features)`);
    expect(await workerScripts()).toBe(before + 1);
    await expect.poll(featuresOnMap, { timeout: 30_000 }).toBe(COUNT);
  });

  it('shows a clicked feature’s properties as text', async () => {
    await clickOnMap(s.page, MARKER);
    const popup = s.page.locator('.maplibregl-popup .user-feature');
    await expect.poll(() => popup.textContent()).toContain('Big points');
    const rows = await popup
      .locator('dt, dd')
      .evaluateAll((cells) => cells.map((c) => c.textContent));
    expect(rows).toEqual(['name', 'Marker <b>zero</b>', 'depth', 'null', 'tags', '["a","b"]']);
    expect(await popup.locator('b').count()).toBe(0);
  });

  /** What IndexedDB holds for each import: its file name and the kind of its `text`. */
  const kept = () =>
    s.page.evaluate(
      () =>
        new Promise<string[]>((resolve, reject) => {
          const open = indexedDB.open('straitwatch');
          open.onerror = () => reject(open.error);
          open.onsuccess = () => {
            const get = open.result.transaction('imports').objectStore('imports').get('imports');
            get.onsuccess = () => {
              const { imports } = get.result as { imports: { file: string; text: unknown }[] };
              resolve(imports.map((i) => `${i.file}: ${Object.prototype.toString.call(i.text)}`));
              open.result.close();
            };
          };
        }),
    );

  it('is kept as the file itself, and is back after a reload', async () => {
    expect(await kept()).toEqual(['big.geojson: [object File]']);
    await s.page.reload();
    await expect
      .poll(() => s.page.getByRole('checkbox', { name: 'Big points' }).count(), { timeout: 30_000 })
      .toBe(1);
    await expect.poll(featuresOnMap, { timeout: 30_000 }).toBe(COUNT);
  });

  it('stays kept as that file, and stays on the map, when another file is imported', async () => {
    await s.page.getByLabel('Import a file').setInputFiles({
      name: 'small.geojson',
      mimeType: 'application/geo+json',
      buffer: Buffer.from(
        JSON.stringify({
          type: 'FeatureCollection',
          features: [
            {
              type: 'Feature',
              properties: {},
              geometry: { type: 'Point', coordinates: [121, 23] },
            },
          ],
        }),
      ),
    });
    await expect
      .poll(() => s.page.getByRole('status').textContent(), { timeout: 30_000 })
      .toContain('small.geojson: layer');
    // The big layer was left as it was (not handed to the map again, hidden meanwhile).
    expect(
      await s.page.evaluate(() => window.__map!.getLayoutProperty('user-big-point', 'visibility')),
    ).toBe('visible');
    await expect.poll(kept).toEqual(['big.geojson: [object File]', 'small.geojson: [object File]']);
  });
});
