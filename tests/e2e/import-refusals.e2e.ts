/**
 * Files the Import panel must refuse whole, through the real file chooser: a GeoJSON with a
 * byte that is not UTF-8 (never imported with U+FFFD in its names) and a polygon whose ring
 * closes only in 2D. Each is named on screen (file › feature › path: reason), and the data
 * before, an imported layer among it, is intact.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listedIncidentIds, openDashboard, openSession, type Session } from './support/browser';

const FIXTURES = 'tests/fixtures/import/';
const fixtureFile = (path: string, name = path.split('/').pop()!) => ({
  name,
  mimeType: 'application/geo+json',
  buffer: readFileSync(`${FIXTURES}${path}`),
});

const WARSHIP =
  'The warning to the west came as a US warship sailed through the sea separating Taiwan and mainland China amid escalating tensions in the region, and after Beijing staged war games around the self-governed island.';
/** A CSV of `n` incidents quoting the shipped article, every one at latitude `lat`. */
const warshipCsv = (id: string, n: number, lat: string) =>
  Buffer.from(
    [
      'id,title,category,date,date_precision,date_rule,date_basis,lat,lon,place,source,quote',
      ...Array.from(
        { length: n },
        (_, i) =>
          `${id}-${i},Warship ${i},naval-transit,2023-04-17,before,inferred,sailed,${lat},119.5,Taiwan Strait,dailymail-2023-04-17,"${WARSHIP}"`,
      ),
      '',
    ].join('\n'),
  );

describe('imports refused whole', () => {
  let s: Session;
  beforeAll(async () => {
    s = await openSession();
    await openDashboard(s);
  });
  afterAll(() => s.close());

  const chooser = () => s.page.getByLabel('Import a file');
  /** What a refusal must leave as it was: the list, the layer toggles, the map's sources. */
  const state = async () => ({
    incidents: await listedIncidentIds(s.page),
    toggles: await s.page
      .getByRole('checkbox')
      .evaluateAll((boxes) =>
        boxes.map((b) => `${b.getAttribute('aria-label') ?? b.parentElement?.textContent}`),
      ),
    sources: await s.page.evaluate(() => Object.keys(window.__map!.getStyle().sources).sort()),
    imports: await s.page.getByRole('list', { name: 'Imported files' }).textContent(),
  });
  const refusal = (file: string) => s.page.getByRole('alert').filter({ hasText: file });

  it('has a layer imported before (the data a refusal must keep)', async () => {
    await chooser().setInputFiles(fixtureFile('valid/bases.geojson'));
    await expect.poll(() => s.page.getByRole('checkbox', { name: 'Test bases' }).count()).toBe(1);
  });

  it('refuses a GeoJSON with a byte that is not UTF-8, naming the byte, and changes nothing', async () => {
    const before = await state();
    await chooser().setInputFiles(fixtureFile('invalid/encoding/latin1-name.geojson'));
    const alert = refusal('latin1-name.geojson');
    await expect.poll(() => alert.textContent()).toContain('nothing changed');
    expect(await alert.textContent()).toContain(
      'latin1-name.geojson: invalid UTF-8 at byte 231 (0xE9, counting from 0)',
    );
    expect(await state()).toEqual(before);
    expect(await s.page.getByText('Latin-1 bases').count()).toBe(0);
    expect(await s.page.getByText('\uFFFD', { exact: false }).count()).toBe(0);
  });

  it('refuses a polygon whose ring closes only in 2D, naming the feature and the position', async () => {
    const before = await state();
    await chooser().setInputFiles(fixtureFile('invalid/mixed-dimensions.geojson'));
    const alert = refusal('mixed-dimensions.geojson');
    await expect.poll(() => alert.textContent()).toContain('nothing changed');
    const text = await alert.textContent();
    expect(text).toContain(
      'mixed-dimensions.geojson › features[0] (id "closes-only-in-2d") › geometry.coordinates[0][4]: has 3 values ([longitude, latitude, altitude]) but the geometry\'s first position has 2 values ([longitude, latitude]): all positions of one geometry must have the same dimension',
    );
    expect(text).toContain(
      'mixed-dimensions.geojson › features[1] (id "mixed-line") › geometry.coordinates[1]: has 2 values',
    );
    expect(await state()).toEqual(before);
    expect(await s.page.getByRole('checkbox', { name: 'Test bases' }).isChecked()).toBe(true);
    expect(s.errors).toEqual([]);
  });

  it('refuses 5,000 rows with the same bad latitude whole, listing 20 and grouping the rest', async () => {
    const before = await state();
    await chooser().setInputFiles({
      name: 'bad-latitudes.csv',
      mimeType: 'text/csv',
      buffer: warshipCsv('bad', 5000, '123.5'),
    });
    const alert = refusal('bad-latitudes.csv');
    await expect.poll(() => alert.textContent()).toContain('nothing changed');
    const items = await alert.locator('li').allTextContents();
    expect(items).toHaveLength(21);
    expect(items[0]).toBe(
      'bad-latitudes.csv › line 2 › lat: must be a latitude in decimal degrees, between -90 and 90',
    );
    expect(items[20]).toBe(
      'and 4,980 more: bad-latitudes.csv › lat: must be a latitude in decimal degrees, between -90 and 90 (lines 22–5,001)',
    );
    expect(await state()).toEqual(before);
  });

  it('checks a large import in slices, and its Cancel button stops it with nothing changed', async () => {
    const before = await state();
    await chooser().setInputFiles({
      name: 'big.csv',
      mimeType: 'text/csv',
      buffer: warshipCsv('big', 40_000, '23.5'),
    });
    const checking = s.page.getByRole('status').filter({ hasText: 'Checking big.csv' });
    await expect.poll(() => checking.count(), { timeout: 20_000 }).toBe(1);
    await checking.getByRole('button', { name: 'Cancel' }).click();
    const alert = refusal('big.csv');
    await expect
      .poll(() => alert.textContent(), { timeout: 20_000 })
      .toContain('big.csv was not imported: cancelled, nothing changed');
    expect(await state()).toEqual(before);
  });
});
