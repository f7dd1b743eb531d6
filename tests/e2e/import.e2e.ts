import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  listedIncidentIds,
  openDashboard,
  openSession,
  type Session,
  waitForMapIdle,
} from './support/browser';

/** A file for `setInputFiles`, from text. */
const file = (name: string, mimeType: string, text: string) => ({
  name,
  mimeType,
  buffer: Buffer.from(text, 'utf8'),
});

const HEADER =
  'id,title,category,date,date_precision,date_rule,date_basis,lat,lon,place,source,quote';
const WARSHIP =
  'The warning to the west came as a US warship sailed through the sea separating Taiwan and mainland China amid escalating tensions in the region, and after Beijing staged war games around the self-governed island.';
const INCIDENTS_CSV = [
  HEADER,
  `e2e-warship-transit,US warship sails through the strait,naval-transit,2023-04-17,before,inferred,sailed,24.2,119.6,Taiwan Strait,dailymail-2023-04-17,"${WARSHIP}"`,
  `e2e-war-games,War games around Taiwan,exercise,2023-04-17,before,inferred,staged,23.5,121.4,Around Taiwan,dailymail-2023-04-17,"${WARSHIP}"`,
  '',
].join('\n');
const BROKEN_CSV = [
  HEADER,
  `e2e-fine,Fine row,exercise,2023-04-17,before,inferred,staged,23.5,121.4,Around Taiwan,dailymail-2023-04-17,"${WARSHIP}"`,
  `e2e-broken,Broken row,exercise,2023-04-17,before,inferred,staged,123.5,121.4,Around Taiwan,dailymail-2023-04-17,"${WARSHIP}"`,
  '',
].join('\n');
const LAYER = JSON.stringify({
  type: 'FeatureCollection',
  name: 'E2E zones',
  features: [
    {
      type: 'Feature',
      id: 'box',
      geometry: {
        type: 'Polygon',
        coordinates: [
          [
            [119, 21],
            [123, 21],
            [123, 26],
            [119, 26],
            [119, 21],
          ],
        ],
      },
      properties: { name: '<img src=x onerror=alert(1)>' },
    },
  ],
});
const DISPATCH =
  "Taiwan's defence ministry said on Saturday it had detected 13 Chinese aircraft and three warships around the island by 6 a.m., four of which crossed the median line into its southeast ADIZ.\n";
const IMPORTED_IDS = ['e2e-war-games', 'e2e-warship-transit'];

describe('import and export', () => {
  let s: Session;
  beforeAll(async () => {
    s = await openSession();
    await openDashboard(s);
  });
  afterAll(() => s.close());

  const chooser = () => s.page.getByLabel('Import a file');
  const list = () => s.page.getByRole('region', { name: 'Incidents' });
  const listedIds = () => listedIncidentIds(s.page);
  const incidentsOnMap = () => s.page.evaluate(() => window.__incidentPoints!.idsDrawn());
  /** The map's next frame, as a PNG data URL read in its own `render` event. */
  const mapFrame = () =>
    s.page.evaluate(
      () =>
        new Promise<string>((resolve) => {
          const map = window.__map!;
          map.once('render', () => {
            const canvas = map.getCanvas();
            const copy = document.createElement('canvas');
            copy.width = canvas.width;
            copy.height = canvas.height;
            copy.getContext('2d')!.drawImage(canvas, 0, 0);
            resolve(copy.toDataURL());
          });
          map.triggerRepaint();
        }),
    );

  it('imports a CSV of incidents into the list and onto the map', async () => {
    await chooser().setInputFiles(file('incidents.csv', 'text/csv', INCIDENTS_CSV));
    await expect
      .poll(() => s.page.getByRole('status').textContent())
      .toContain('2 incidents added');
    expect(await listedIds()).toEqual(expect.arrayContaining(IMPORTED_IDS));
    await expect.poll(incidentsOnMap).toEqual(expect.arrayContaining(IMPORTED_IDS));
    await waitForMapIdle(s.page);
    // Drawn, not only held: the last frame handed every incident to the GPU.
    const drawn = await s.page.evaluate(() => window.__incidentPoints!.drawn);
    expect(drawn.lastFrameRows).toBe(drawn.rows[1] - drawn.rows[0]);
    expect(drawn.rows[1]).toBeGreaterThanOrEqual(IMPORTED_IDS.length);
  });

  it('draws the imported incidents from the rows it uploaded as from every row', async () => {
    // The import's rows went to the GPU alone (after the rows before them): the map's frame is
    // the same when every row is uploaded again.
    await waitForMapIdle(s.page);
    const uploaded = await mapFrame();
    await s.page.evaluate(() => window.__incidentPoints!.uploadAll());
    expect(await mapFrame()).toBe(uploaded);
    // The frame is read, not blank: without the points it is another picture.
    await s.page.evaluate(() => window.__incidentPoints!.setVisible(false));
    expect(await mapFrame()).not.toBe(uploaded);
    await s.page.evaluate(() => window.__incidentPoints!.setVisible(true));
  });

  it('imports a GeoJSON layer with a toggle that hides and shows it', async () => {
    await chooser().setInputFiles(file('zones.geojson', 'application/geo+json', LAYER));
    const box = s.page.getByRole('checkbox', { name: 'E2E zones' });
    await expect.poll(() => box.isChecked()).toBe(true);
    const visibility = () =>
      s.page.evaluate(() => window.__map!.getLayoutProperty('user-zones-fill', 'visibility'));
    expect(await s.page.evaluate(() => window.__map!.getSource('user-zones') !== undefined)).toBe(
      true,
    );
    await box.uncheck();
    await expect.poll(visibility).toBe('none');
    await box.check();
    await expect.poll(visibility).toBe('visible');
    // Properties are text: markup in them never becomes an element.
    expect(await s.page.locator('img[src="x"]').count()).toBe(0);
  });

  it('refuses a CSV with a broken row whole, naming the line and the column', async () => {
    const before = await listedIds();
    await chooser().setInputFiles(file('broken.csv', 'text/csv', BROKEN_CSV));
    const alert = s.page.getByRole('alert').filter({ hasText: 'broken.csv' });
    await expect.poll(() => alert.textContent()).toContain('nothing changed');
    expect(await alert.textContent()).toContain(
      'broken.csv › line 3 › lat: must be a latitude in decimal degrees, between -90 and 90',
    );
    expect(await listedIds()).toEqual(before);
    expect(await listedIds()).not.toContain('e2e-fine');
    const imports = await s.page.getByRole('list', { name: 'Imported files' }).textContent();
    expect(imports).not.toContain('broken.csv');
  });

  it('keeps the imports, and an imported layer hidden, across a reload (IndexedDB, URL)', async () => {
    const zones = s.page.getByRole('checkbox', { name: 'E2E zones' });
    await zones.uncheck();
    await expect.poll(() => new URL(s.page.url()).searchParams.get('hidden')).toBe('user-zones');
    await s.page.reload();
    await waitForMapIdle(s.page);
    await expect.poll(listedIds).toEqual(expect.arrayContaining(IMPORTED_IDS));
    await expect.poll(() => zones.count()).toBe(1);
    expect(await zones.isChecked()).toBe(false);
    const visibility = () =>
      s.page.evaluate(() => window.__map!.getLayoutProperty('user-zones-fill', 'visibility'));
    await expect.poll(visibility).toBe('none');
    expect(await incidentsOnMap()).toEqual(expect.arrayContaining(IMPORTED_IDS));
    await zones.check();
    await expect.poll(visibility).toBe('visible');
    await expect.poll(() => new URL(s.page.url()).searchParams.get('hidden')).toBe(null);
  });

  it('exports the imported incidents as GeoJSON and as CSV', async () => {
    const [geojson] = await Promise.all([
      s.page.waitForEvent('download'),
      s.page.getByRole('button', { name: 'Export GeoJSON' }).click(),
    ]);
    expect(geojson.suggestedFilename()).toBe('straitwatch-imported-incidents.geojson');
    const collection = JSON.parse(readFileSync((await geojson.path())!, 'utf8')) as {
      type: string;
      features: { id: string; properties: { quotes: { text: string }[] } }[];
    };
    expect(collection.type).toBe('FeatureCollection');
    expect(collection.features.map((f) => f.id).sort()).toEqual(IMPORTED_IDS);
    expect(collection.features[0]!.properties.quotes[0]!.text).toBe(WARSHIP);

    const [csv] = await Promise.all([
      s.page.waitForEvent('download'),
      s.page.getByRole('button', { name: 'Export CSV' }).click(),
    ]);
    const text = readFileSync((await csv.path())!, 'utf8');
    expect(text.split('\r\n')[0]).toMatch(/^id,title,category,date,/);
    for (const id of IMPORTED_IDS) expect(text).toContain(`\r\n${id},`);
  });

  it('turns a dispatch into drafts; an accepted draft is listed with its quote highlighted in the source text', async () => {
    await chooser().setInputFiles(file('mnd-dispatch.txt', 'text/plain', DISPATCH));
    const form = s.page.getByRole('form', { name: 'About the source text' });
    await form.getByLabel('Outlet').fill('Reuters');
    await form.getByLabel('Title').fill('Chinese aircraft and warships around Taiwan');
    await form.getByLabel('Published').fill('2023-04-16');
    await form.getByRole('button', { name: 'Read drafts' }).click();

    const drafts = s.page.getByRole('region', { name: 'Draft incidents' });
    const accept = drafts.getByRole('button', { name: /^Accept draft: / }).first();
    await expect.poll(() => accept.count(), { timeout: 20_000 }).toBe(1);
    await accept.click();
    const id = 'reuters-2023-04-16-draft-01';
    await expect.poll(listedIds).toContain(id);

    await list().locator(`button[data-id="${id}"]`).click();
    await s.page.getByRole('button', { name: 'Full source text' }).click();
    const current = s.page.getByRole('region', { name: 'Sources' }).locator('.span.current');
    await expect.poll(() => current.count()).toBe(1);
    expect(await current.textContent()).toBe(DISPATCH.trim());
    expect(await current.getAttribute('data-incidents')).toBe(id);
  });

  it('marks an incident reported by two sources, with different figures, as contested', async () => {
    const dm =
      'On the last day of last week’s exercises, Taiwan’s defense ministry said 54 Chinese aircraft had entered Taiwan’s southwestern and southeastern air defense identification zone (ADIZ) – the highest number recorded in a single day since October 2021.';
    const csv = [
      'id,title,category,date,date_rule,date_basis,lat,lon,place,source,quote,count,count_unit,count_basis',
      `e2e-adiz-count,Aircraft in the ADIZ,air-activity,2023-04-15,weekday,on Saturday,22.3,120.8,Taiwan ADIZ,reuters-2023-04-16,"${DISPATCH.trim()}",13,aircraft,13`,
      `e2e-adiz-count,,,,,,,,,dailymail-2023-04-17,"${dm}",54,aircraft,54`,
      '',
    ].join('\n');
    await chooser().setInputFiles(file('two-sources.csv', 'text/csv', csv));
    const item = list().locator('button[data-id="e2e-adiz-count"]');
    await expect.poll(() => item.count()).toBe(1);
    expect(await item.textContent()).toContain('contested');
    expect(await item.textContent()).toContain('2 sources');
    await item.click();
    await s.page.getByRole('button', { name: 'Incident quotes' }).click();
    const source = await s.page.getByRole('region', { name: 'Source' }).textContent();
    expect(source).toContain('Reuters, 2023-04-16');
    expect(source).toContain('Daily Mail');
  });

  it('made no request to another origin and logged no error', () => {
    const origin = new URL(s.baseUrl).origin;
    expect(s.requests.filter((url) => !url.startsWith(origin) && !url.startsWith('blob:'))).toEqual(
      [],
    );
    expect(s.errors).toEqual([]);
  });
});
