/**
 * A map that cannot draw says so, and the rest works: Chromium without WebGL shows a plain
 * message in the map's place, no uncaught error, and the list, evidence, source text, timeline,
 * counts, record and imports all work. Basemap tiles or glyphs that fail to load are named once
 * in a quiet line on the map, without console errors.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { repoModel } from '../support/geodata';
import { openDashboard, openSession, type Session } from './support/browser';

const ADIZ_54 = 'dm-2023-04-17-pla-aircraft-adiz-54';

describe('without WebGL', () => {
  let s: Session;
  beforeAll(async () => {
    s = await openSession({ width: 1440, height: 900 }, ['--disable-webgl', '--disable-3d-apis']);
    await s.page.goto(s.baseUrl);
    await s.page.waitForFunction(
      () => performance.getEntriesByName('straitwatch:model-ready').length > 0,
      undefined,
      { timeout: 60_000 },
    );
  });
  afterAll(() => s.close());

  it('says in the map’s place why it cannot draw and what still works, with no uncaught error', async () => {
    const alert = s.page.locator('main .map-failure[role="alert"]');
    await expect.poll(() => alert.count(), { timeout: 20_000 }).toBe(1);
    expect(await alert.textContent()).toMatch(
      /^The map cannot be drawn: this browser gives it no WebGL2 \(.+\)\. Everything else works: the incident list/,
    );
    expect(s.errors.filter((e) => /GPUInitializationError|WebGL2 is required/.test(e))).toEqual([]);
  });

  it('still lists, selects, quotes, sets against the record and shows the full text', async () => {
    const list = s.page.getByRole('region', { name: 'Incidents' });
    await list.locator(`button[data-id="${ADIZ_54}"]`).click();
    const evidence = s.page.getByRole('region', { name: 'Source' });
    expect(await evidence.locator('blockquote').first().textContent()).toContain(
      '54 Chinese aircraft',
    );
    await expect
      .poll(() => evidence.locator('.against li.verdict').first().getAttribute('data-verdict'), {
        timeout: 20_000,
      })
      .toBe('agrees');
    await s.page.getByRole('button', { name: 'Full source text' }).click();
    const quotes = repoModel().incidents.find((i) => i.id === ADIZ_54)!.properties.quotes;
    await expect
      .poll(() => s.page.getByRole('region', { name: 'Sources' }).locator('.span.current').count())
      .toBe(quotes.length);
  });

  it('still plays the timeline, charts the counts and the record, and imports', async () => {
    await s.page.goto(new URL('?from=2023-04-08&to=2023-04-17', s.baseUrl).href);
    await expect
      .poll(
        () => s.page.getByRole('region', { name: 'Incidents' }).locator('button[data-id]').count(),
        {
          timeout: 20_000,
        },
      )
      .toBeGreaterThan(3);
    await expect
      .poll(() => s.page.locator('.record path.line').count(), { timeout: 20_000 })
      .toBe(6);
    const counts = s.page.getByRole('region', { name: 'Aircraft counts' });
    expect(await counts.locator('text.figure').allTextContents()).toEqual(
      expect.arrayContaining(['54', '18', '4']),
    );
    const play = s.page.getByRole('button', { name: /^Play/ });
    await play.click();
    await expect.poll(() => s.page.getByRole('button', { name: /^Pause/ }).count()).toBe(1);
    await s.page.getByRole('button', { name: /^Pause/ }).click();
    const csv =
      'id,title,category,date,date_precision,date_rule,date_basis,lat,lon,place,source,quote\n' +
      'e2e-no-webgl,Imported without a map,exercise,2023-04-17,before,inferred,staged,23.5,121.4,Around Taiwan,dailymail-2023-04-17,"The warning to the west came as a US warship sailed through the sea separating Taiwan and mainland China amid escalating tensions in the region, and after Beijing staged war games around the self-governed island."\n';
    await s.page.locator('input[type="file"]').setInputFiles({
      name: 'one.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(csv, 'utf8'),
    });
    await expect
      .poll(() => s.page.locator('button[data-id="e2e-no-webgl"]').count(), { timeout: 20_000 })
      .toBe(1);
    expect(s.errors).toEqual([]);
  });
});

describe('basemap tiles and glyphs that fail to load', () => {
  let s: Session;
  const warnings: string[] = [];
  beforeAll(async () => {
    s = await openSession();
    // Zooms 2–6: the first view's zoom follows the map's size, which the panels around it set.
    await s.context.route(/\/basemap-tiles\/[^/]+\/world\/[2-6]\//, (route) =>
      route.abort('failed'),
    );
    await s.context.route(/\/glyphs\//, (route) => route.abort('failed'));
    s.page.on('console', (m) => {
      if (m.type() === 'warning' && !/GL Driver/.test(m.text())) warnings.push(m.text());
    });
    await openDashboard(s);
  });
  afterAll(() => s.close());

  it('names them once in a quiet line on the map, without console errors', async () => {
    const line = s.page.locator('main .map-status[role="status"]');
    await expect
      .poll(() => line.textContent(), { timeout: 20_000 })
      .toBe(
        'Some basemap tiles did not load: the map has gaps there. Some label glyphs did not load: some names are not drawn. The data layers are unaffected.',
      );
    await s.page.evaluate(() => window.__map!.zoomTo(6, { duration: 0 }));
    await expect.poll(() => line.count()).toBe(1);
    // Chromium itself logs each aborted request ("Failed to load resource"); the app and
    // MapLibre log nothing.
    expect(s.errors.filter((e) => !/^Failed to load resource/.test(e))).toEqual([]);
    expect(s.errors.length).toBeGreaterThan(0);
    expect(warnings).toEqual([]);
  });
});
