import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { repoModel } from '../support/geodata';
import {
  openDashboard,
  openSession,
  type Session,
  screenshotPath,
  waitForMapIdle,
} from './support/browser';

describe('the dashboard, loaded', () => {
  let s: Session;
  beforeAll(async () => {
    s = await openSession();
    await openDashboard(s);
  });
  afterAll(() => s.close());

  it('requests nothing from any origin but its own', () => {
    const origin = new URL(s.baseUrl).origin;
    const foreign = s.requests.filter(
      (url) =>
        !url.startsWith('data:') && !url.startsWith('blob:') && new URL(url).origin !== origin,
    );
    expect(s.requests.length).toBeGreaterThan(5);
    expect(foreign).toEqual([]);
  });

  it('logs no console errors and reports no data problems', async () => {
    expect(s.errors).toEqual([]);
    expect(await s.page.getByRole('alert').count()).toBe(0);
  });

  it('draws land, labels and every layer from the shipped files', async () => {
    const rendered = await s.page.evaluate(() => {
      const map = window.__map!;
      const count = (layers: string[]) => map.queryRenderedFeatures({ layers }).length;
      return {
        land: count(['world-land', 'east-asia-land']),
        labels: count(['country-labels', 'sea-labels']),
        strait: count([
          'taiwan-strait-line-exact',
          'taiwan-strait-line-drawn',
          'taiwan-strait-fill',
        ]),
        adiz: count(['adiz-fill']),
        balikatan: count(['balikatan-2023-point']),
        g7: count(['g7-japan-2023-point']),
      };
    });
    for (const [layer, n] of Object.entries(rendered)) expect(n, layer).toBeGreaterThan(0);
  });

  it('shows every incident in the list and draws every one on the map', async () => {
    const model = repoModel();
    const incidents = s.page.getByRole('region', { name: 'Incidents' });
    await expect
      .poll(() => incidents.locator('button[data-id]').count())
      .toBe(model.incidents.length);
    const onMap = await s.page.evaluate(() => ({
      ids: window.__incidentPoints!.idsDrawn(),
      lastFrameRows: window.__incidentPoints!.drawn.lastFrameRows,
    }));
    expect(onMap.ids).toEqual(model.incidents.map((i) => i.id));
    expect(onMap.lastFrameRows).toBe(model.incidents.length);
  });

  it('writes a screenshot of the dashboard with an incident selected', async () => {
    await s.page
      .getByRole('region', { name: 'Incidents' })
      .getByRole('button', { name: /Milius.*Taiwan Strait|Taiwan Strait.*Milius/i })
      .first()
      .click();
    await waitForMapIdle(s.page);
    await s.page.screenshot({ path: screenshotPath('dashboard.png') });
  });
});
