import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { repoModel } from '../support/geodata';
import { openDashboard, openSession, type Session } from './support/browser';

const model = repoModel();

describe('counts chart, shared links and broken data', () => {
  let s: Session;
  beforeAll(async () => {
    s = await openSession();
    await openDashboard(s);
  });
  afterAll(() => s.close());

  it('charts the article’s aircraft and ship figures, and a bar selects its incident', async () => {
    const chart = s.page.getByRole('region', { name: 'Aircraft counts' });
    const figures = await chart.locator('text.figure').allTextContents();
    expect(figures).toEqual(expect.arrayContaining(['54', '18', '4']));
    const bar = chart.getByRole('button', { name: /^2023-04-10: 54 aircraft/ });
    await bar.click();
    const fiftyFour = model.incidents.find((i) =>
      i.properties.counts?.some((c) => c.unit === 'aircraft' && c.value === 54),
    )!;
    await expect
      .poll(() =>
        s.page
          .getByRole('region', { name: 'Incidents' })
          .locator('button[aria-current="true"]')
          .getAttribute('data-id'),
      )
      .toBe(fiftyFour.id);
    const source = await s.page.getByRole('region', { name: 'Source' }).textContent();
    expect(source).toContain('54 Chinese aircraft');
    expect(
      await chart.getByRole('button', { name: /^2023-04-17: 18 aircraft, 4 ships/ }).count(),
    ).toBe(1);
  });

  it('restores the selection and hidden layers from a shared link', async () => {
    const target = model.incidents.at(-1)!;
    await s.page.goto(new URL(`?incident=${target.id}&hidden=adiz,balikatan-2023`, s.baseUrl).href);
    await s.page.waitForFunction(() => window.__map !== undefined);
    await expect
      .poll(() =>
        s.page
          .getByRole('region', { name: 'Source' })
          .getByRole('heading', { level: 3 })
          .textContent(),
      )
      .toBe(target.properties.title);
    expect(await s.page.getByRole('checkbox', { name: /ADIZ/ }).isChecked()).toBe(false);
    expect(await s.page.getByRole('checkbox', { name: /Balikatan/ }).isChecked()).toBe(false);
    expect(await s.page.getByRole('checkbox', { name: /Taiwan Strait/ }).isChecked()).toBe(true);
    expect(
      await s.page.evaluate(() => window.__map!.getLayoutProperty('adiz-fill', 'visibility')),
    ).toBe('none');
  });

  it('names the file, feature and reason of broken data on screen and keeps the rest', async () => {
    await s.page.route(/\/adiz-[^/]*\.geojson$/, (route) =>
      route.fulfill({
        status: 200,
        contentType: 'application/json',
        body: '{"type": "FeatureCollection", "features": [',
      }),
    );
    await s.page.route(/\/dailymail-2023-04-17-[^/]*\.geojson$/, async (route) => {
      const response = await route.fetch();
      const json = (await response.json()) as {
        features: { properties: { quotes: { start: number }[] } }[];
      };
      json.features[0]!.properties.quotes[0]!.start += 1;
      await route.fulfill({ response, json });
    });
    await openDashboard(s, '?');
    const alert = s.page.getByRole('alert');
    await expect
      .poll(() => alert.textContent())
      .toContain('geodata/adiz.geojson: is not valid JSON');
    const text = (await alert.textContent())!;
    expect(text).toMatch(
      /geodata\/incidents\/dailymail-2023-04-17\.geojson › dm-2023-04-17-[a-z0-9-]+ › properties\.quotes\[0\]: text is not at/,
    );
    expect(text).toContain(
      'no layer feature "adiz/taiwan-adiz-southwest" (the incident is kept at its own point)',
    );
    // Everything else still shows: the other layers, and the other incidents.
    await expect
      .poll(() =>
        s.page.getByRole('region', { name: 'Incidents' }).locator('button[data-id]').count(),
      )
      .toBe(model.incidents.length - 1);
    expect(
      await s.page.evaluate(
        () => window.__map!.queryRenderedFeatures({ layers: ['taiwan-strait-line-exact'] }).length,
      ),
    ).toBeGreaterThan(0);
    await s.page.unrouteAll();
  });
});
