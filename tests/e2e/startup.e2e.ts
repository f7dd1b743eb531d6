/**
 * Content before the map: the incident list's first row is painted before the map's chunk
 * (MapView and MapLibre) is even requested, and the map still comes up.
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
});
