/**
 * Content before the map: the incident list's first row is painted before the map's chunk
 * (MapView and MapLibre) is even requested, and the map still comes up. What the first row
 * needs (the app chunk, its styles, the shipped data) is asked for by index.html at once, and
 * each is fetched once.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDashboard, openSession, type Session } from './support/browser';

describe('start-up', () => {
  let s: Session;
  beforeAll(async () => {
    s = await openSession();
    await openDashboard(s);
  });
  afterAll(() => s.close());

  it('paints the first incident row before it requests the map’s chunk', async () => {
    const { row, map } = await s.page.evaluate(async () => {
      const row = await new Promise<number>((resolve) =>
        new PerformanceObserver((list) => {
          for (const e of list.getEntries() as (PerformanceEntry & {
            identifier: string;
            renderTime: number;
          })[])
            if (e.identifier === 'first-incident-row') resolve(e.renderTime);
        }).observe({ type: 'element', buffered: true }),
      );
      const chunk = performance
        .getEntriesByType('resource')
        .find((e) => /\/assets\/MapView-[^/]*\.js$/.test(e.name));
      return { row, map: chunk?.startTime };
    });
    expect(row).toBeGreaterThan(0);
    expect(map).toBeGreaterThan(row);
    expect(await s.page.locator('.maplibregl-canvas').count()).toBe(1);
  });

  it('has index.html preload the app chunk, its styles and the data, each fetched once', async () => {
    const { early, app, entry, fetched } = await s.page.evaluate(() => {
      const entries = performance.getEntriesByType('resource') as PerformanceResourceTiming[];
      const named = (re: RegExp) => entries.find((e) => re.test(e.name));
      return {
        early: entries
          .filter((e) => e.initiatorType === 'link')
          .map((e) => new URL(e.name).pathname.replace(/-[\w-]{8}\./, '.')),
        app: named(/\/assets\/App-[\w-]+\.js$/)?.startTime,
        entry: named(/\/assets\/index-[\w-]+\.js$/)?.responseEnd,
        fetched: entries
          .map((e) => e.name)
          .filter((name) => /\/assets\/[^/]+\.(js|css|geojson|json|txt)$/.test(name)),
      };
    });
    expect(early).toEqual(
      expect.arrayContaining([
        '/assets/App.css',
        '/assets/adiz.geojson',
        '/assets/dailymail-2023-04-17.txt',
        '/assets/dailymail-2023-04-17.json',
        '/assets/dailymail-2023-04-17.geojson',
      ]),
    );
    // The app chunk is asked for beside the entry, not once the entry has run and imports it.
    expect(app).toBeLessThan(entry!);
    // A preload the page does not take (say, credentials that differ) is fetched twice.
    expect(fetched.length).toBe(new Set(fetched).size);
    expect(s.errors).toEqual([]);
  });
});
