/**
 * "Export brief" of the 10 April 2023 incidents (the time window of a link): the file is saved,
 * then opened as a reader would, from disk, with every request refused: none is attempted. It
 * holds the map's picture (a PNG data: URL of real size), the 54 with its quote and its verdict
 * against MND's report of 11 April, the record's chart and the credits; each quote is its
 * source's span at its offsets; axe finds no violation in it.
 */
import { copyFileSync, readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { repoModel } from '../support/geodata';
import { violations } from './support/axe';
import {
  openDashboard,
  openSession,
  screenshotPath,
  type Session,
  waitForRecord,
} from './support/browser';

const model = repoModel();
const ADIZ_54 = 'dm-2023-04-17-pla-aircraft-adiz-54';

describe('the brief', () => {
  let s: Session;
  let file: string;
  beforeAll(async () => {
    s = await openSession({ width: 1280, height: 800 });
    await openDashboard(s, '?from=2023-04-10&to=2023-04-10');
    await waitForRecord(s.page);
  });
  afterAll(() => s.close());

  it('exports the window’s incidents as one HTML file, from the button beside the PNG', async () => {
    const button = s.page.getByRole('button', { name: 'Export brief of the 3 incidents in view' });
    const [download] = await Promise.all([s.page.waitForEvent('download'), button.click()]);
    expect(download.suggestedFilename()).toBe('straitwatch-brief-2023-04-10.html');
    file = screenshotPath('straitwatch-brief-2023-04-10.html');
    copyFileSync((await download.path())!, file);
    await expect
      .poll(() =>
        s.page.getByRole('group', { name: 'Save map as PNG' }).getByRole('status').textContent(),
      )
      .toBe('Brief saved (3 incidents).');
    expect(readFileSync(file, 'utf8')).toMatch(/^<!doctype html>/);
    expect(s.errors).toEqual([]);
  });

  it('opens offline: no request is attempted, and it holds the map, the 54, its verdict and the credits', async () => {
    const page = await s.context.newPage();
    const attempted: string[] = [];
    page.on('request', (r) => {
      if (!r.url().startsWith('file:') && !r.url().startsWith('data:')) attempted.push(r.url());
    });
    await page.route('**/*', async (route) => {
      const url = route.request().url();
      if (url.startsWith('file:')) return route.continue();
      attempted.push(url);
      return route.abort();
    });
    await page.goto(pathToFileURL(file).href);
    await page.waitForLoadState('load');

    // The map's picture: a PNG data: URL of real size, decoded.
    const picture = await page.locator('img.map').evaluate((img: HTMLImageElement) => ({
      src: img.getAttribute('src') ?? '',
      width: img.naturalWidth,
      complete: img.complete,
    }));
    expect(picture.src.startsWith('data:image/png;base64,')).toBe(true);
    expect(picture.src.length).toBeGreaterThan(20_000);
    expect(picture.complete && picture.width > 300).toBe(true);

    // The 54, its quote and its verdict against MND's report of 11 April.
    const incident = page.locator(`article[data-id="${ADIZ_54}"]`);
    expect(await incident.locator('ul.counts li').first().textContent()).toMatch(/^54 aircraft/);
    const verdict = incident.locator('li.verdict').first();
    expect(await verdict.getAttribute('data-verdict')).toBe('agrees');
    expect(await verdict.getAttribute('data-report')).toBe('2023-04-11');
    expect(await verdict.textContent()).toContain('Agrees with the record: 54');
    expect(await verdict.textContent()).toContain('11 April 2023');
    const quote = model.incidents.find((i) => i.id === ADIZ_54)!.properties.quotes[0]!;
    expect(await incident.locator('blockquote').first().textContent()).toBe(quote.text);

    // Every quote is its source's span at its offsets.
    const quotes = await page.locator('blockquote').evaluateAll((nodes) =>
      nodes.map((n) => ({
        source: n.getAttribute('data-source')!,
        start: Number(n.getAttribute('data-start')),
        end: Number(n.getAttribute('data-end')),
        text: n.textContent ?? '',
      })),
    );
    expect(quotes.length).toBeGreaterThanOrEqual(8);
    for (const q of quotes)
      expect(q.text).toBe(model.sources.get(q.source)!.text.slice(q.start, q.end));

    // The record's chart, and the credits with the tabulations' commits.
    expect(await page.locator('svg.chart path').count()).toBeGreaterThan(3);
    const credits = (await page
      .locator('section[aria-labelledby="credits-heading"]')
      .textContent())!;
    for (const words of [
      'Daily Mail (MailOnline)',
      'Made with Natural Earth',
      '© OpenStreetMap contributors',
      'Open Government Data License, Taiwan, version 1.0',
      '466b2f5b',
      'e2163f81',
    ])
      expect(credits).toContain(words);

    expect(await violations(page)).toEqual([]);
    await page.screenshot({ path: screenshotPath('brief.png'), fullPage: false });
    expect(attempted).toEqual([]);
    await page.close();
  });

  it('exports the selected incident alone', async () => {
    await s.page.evaluate((id) => window.__dashboard!.selectIncident(id, 'list'), ADIZ_54);
    const button = s.page.getByRole('button', { name: 'Export brief of the selected incident' });
    const [download] = await Promise.all([s.page.waitForEvent('download'), button.click()]);
    expect(download.suggestedFilename()).toBe(`straitwatch-brief-${ADIZ_54}.html`);
    const selected = screenshotPath('straitwatch-brief-selected.html');
    copyFileSync((await download.path())!, selected);
    const page = await s.context.newPage();
    await page.setViewportSize({ width: 900, height: 1500 });
    await page.goto(pathToFileURL(selected).href);
    expect(await page.locator('article.incident').count()).toBe(1);
    expect(await page.locator('h1').textContent()).toBe(
      `Straitwatch brief: ${model.incidents.find((i) => i.id === ADIZ_54)!.properties.title}`,
    );
    // The README's picture of a brief (docs/screenshot-brief.png is a copy of it).
    await page.screenshot({ path: screenshotPath('brief-selected.png') });
    await page.close();
  });
});
