import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { openSession, type Session, waitForMapIdle } from './support/browser';

/**
 * A dataset loads behind the shipped data: the map and the article's incidents show first,
 * the dataset's files are read after the map's first idle, checked in slices, and join them.
 * The dataset's responses are held back here, so each stage can be seen.
 */
describe('a dataset loading behind the shipped data', () => {
  let s: Session;
  let release: () => void = () => undefined;
  const held = new Promise<void>((resolve) => (release = resolve));
  let requested = 0;
  beforeAll(async () => {
    s = await openSession();
    await s.page.route('**/datasets/**', async (route) => {
      requested += 1;
      await held;
      await route.continue();
    });
  }, 60_000);
  afterAll(() => s.close());

  const status = () => s.page.getByRole('region', { name: 'Incidents' }).getByRole('status');

  it('shows the map and the article’s incidents while the dataset is read', async () => {
    await s.page.goto(new URL(`?dataset=${inject('datasetName')}`, s.baseUrl).href);
    await waitForMapIdle(s.page);
    expect(await s.page.evaluate(() => window.__dashboard!.model.incidents.length)).toBe(27);
    await expect.poll(() => status().textContent()).toMatch(/Reading the dataset's files/);
    await expect.poll(() => requested, { timeout: 15_000 }).toBeGreaterThan(0);
    expect(
      await s.page.evaluate(() => performance.getEntriesByName('straitwatch:model-ready').length),
    ).toBe(0);
  });

  it('checks the dataset and shows it with the article’s, then says nothing more', async () => {
    release();
    await s.page.waitForFunction(
      () => performance.getEntriesByName('straitwatch:model-ready').length > 0,
      undefined,
      { timeout: 60_000 },
    );
    expect(await s.page.evaluate(() => window.__dashboard!.model.incidents.length)).toBe(10_027);
    await expect.poll(() => status().count()).toBe(0);
    await expect
      .poll(() => s.page.getByRole('region', { name: 'Incidents' }).locator('h2').textContent())
      .toBe('Incidents 10,027 of 10,027');
    await waitForMapIdle(s.page);
    expect(await s.page.evaluate(() => window.__incidentPoints!.drawn.lastFrameRows)).toBe(10_027);
    // Every dataset file was asked for after the map's first idle.
    const order = await s.page.evaluate(() => ({
      idle: performance.getEntriesByName('straitwatch:map-idle')[0]!.startTime,
      firstDatasetFetch: Math.min(
        ...performance
          .getEntriesByType('resource')
          .filter((e) => e.name.includes('/datasets/'))
          .map((e) => e.startTime),
      ),
    }));
    expect(order.firstDatasetFetch).toBeGreaterThanOrEqual(order.idle);
    // The README's picture of a dataset at scale.
    await s.page.screenshot({ path: 'docs/screenshot-scale.png' });
  });

  it('logged no error', () => {
    expect(s.errors).toEqual([]);
  });
});
