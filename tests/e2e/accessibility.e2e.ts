/**
 * Accessibility as a test: axe-core (its own script, evaluated in the page) finds no violation
 * of WCAG 2.1 A/AA or best practice on the first view, with an incident selected, with the full
 * source text open, with a record day open (its ADIZ regions on the map, with their legend), with
 * the record's freshness details open, with the unusual days open (the latest report's card is
 * on the first view), and with the timeline playing. A skip link reaches
 * the incident list in one Tab and Enter; a selection from the list, the map or the chart is
 * announced; reduced motion turns the fly to a selection into a jump.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { repoModel } from '../support/geodata';
import { fixturePage } from '../support/pages';
import { violations } from './support/axe';
import {
  clickOnMap,
  openDashboard,
  openSession,
  type Session,
  waitForRecord,
} from './support/browser';

const ADIZ_54 = 'dm-2023-04-17-pla-aircraft-adiz-54';
const model = repoModel();

describe('accessibility', () => {
  let s: Session;
  beforeAll(async () => {
    s = await openSession({ width: 1440, height: 900 });
    await openDashboard(s);
    await waitForRecord(s.page);
  });
  afterAll(() => s.close());

  const list = () => s.page.getByRole('region', { name: 'Incidents' });
  const announced = () => s.page.getByTestId('selection-announcement').textContent();

  it('has no violations on the first view', async () => {
    expect(await violations(s.page)).toEqual([]);
  });

  it('reaches the incident list with one Tab and Enter through the skip link', async () => {
    await s.page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await s.page.keyboard.press('Tab');
    expect(await s.page.evaluate(() => document.activeElement?.textContent)).toBe(
      'Skip to the incident list',
    );
    await s.page.keyboard.press('Enter');
    const first = await list().locator('button[data-id]').first().getAttribute('data-id');
    await expect
      .poll(() => s.page.evaluate(() => document.activeElement?.getAttribute('data-id')))
      .toBe(first);
  });

  it('announces a selection from the list, the map and the chart', async () => {
    await list().locator(`button[data-id="${ADIZ_54}"]`).click();
    await expect
      .poll(announced)
      .toBe(
        'Selected from the list: 54 Chinese aircraft enter Taiwan’s SW and SE ADIZ, a single-day high, 10 April 2023.',
      );
    const chart = s.page.getByRole('region', { name: 'Aircraft counts' });
    await chart.getByRole('button', { name: /^2023-04-17: 18 aircraft, 4 ships/ }).click();
    await expect.poll(announced).toMatch(/^Selected from the chart: .+, 17 April 2023\.$/);

    const counts = new Map<string, number>();
    for (const i of model.incidents) {
      const key = i.geometry.coordinates.join();
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
    const target = model.incidents.find((i) => counts.get(i.geometry.coordinates.join()) === 1)!;
    await clickOnMap(s.page, target.geometry.coordinates);
    await expect
      .poll(announced)
      .toMatch(
        new RegExp(
          `^Selected from the map: ${target.properties.title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}, `,
        ),
      );
  });

  it('has no violations with an incident selected, the full text open or a record day open', async () => {
    // A contested incident's label on a selected row (its colour against the selection's).
    await list().locator('button[data-id]', { hasText: 'contested' }).first().click();
    await expect.poll(() => s.page.locator('.corroboration.contested').count()).toBe(1);
    expect(await violations(s.page)).toEqual([]);
    await list().locator(`button[data-id="${ADIZ_54}"]`).click();
    await expect.poll(() => s.page.locator('.against li.verdict').count()).toBe(1);
    expect(await violations(s.page)).toEqual([]);
    await s.page.getByRole('button', { name: 'Full source text' }).click();
    await expect
      .poll(() => s.page.getByRole('region', { name: 'Sources' }).locator('.span.current').count())
      .toBe(model.incidents.find((i) => i.id === ADIZ_54)!.properties.quotes.length);
    expect(await violations(s.page)).toEqual([]);
    await s.page.getByRole('button', { name: 'Incident quotes' }).click();
    await s.page.getByRole('button', { name: 'Open the report of 2023-04-11' }).click();
    await expect.poll(() => s.page.getByRole('region', { name: 'Record day' }).count()).toBe(1);
    expect(await violations(s.page)).toEqual([]);
  });

  it("has no violations with the record's freshness details open, or the regions' legend on the map", async () => {
    await s.page.getByRole('button', { name: 'Where from' }).click();
    const details = s.page.locator('#record-freshness-details');
    await expect.poll(() => details.isVisible()).toBe(true);
    expect(await violations(s.page)).toEqual([]);
    await details.getByRole('button', { name: 'Close' }).click();
    await s.page.evaluate(() => window.__dashboard!.openRecordDay('2026-03-15'));
    const legend = s.page.getByRole('region', { name: "ADIZ regions named in MND's reports" });
    await expect.poll(() => legend.locator('li[data-region]').count()).toBe(6);
    expect(await violations(s.page)).toEqual([]);
  });

  it('has no violations with the unusual days open', async () => {
    await s.page.getByRole('button', { name: 'Unusual days' }).click();
    await expect.poll(() => s.page.getByRole('region', { name: 'Unusual days' }).count()).toBe(1);
    await s.page.getByRole('region', { name: 'Unusual days' }).locator('summary').click();
    expect(await violations(s.page)).toEqual([]);
  });

  it('has no violations with the timeline playing', async () => {
    await s.page.getByRole('button', { name: 'Play' }).click();
    await expect.poll(() => s.page.getByRole('button', { name: 'Pause' }).count()).toBe(1);
    expect(await violations(s.page)).toEqual([]);
    await s.page.getByRole('button', { name: 'Pause' }).click();
  });

  it("has no violations with a saved page's metadata and its origins under review", async () => {
    const page = fixturePage('title-only.html');
    await s.page.getByLabel('Import a file').setInputFiles({
      name: 'title-only.html',
      mimeType: 'text/html',
      buffer: page.bytes,
    });
    const form = s.page.getByRole('form', { name: 'About the source text' });
    await expect.poll(() => form.getByLabel('Language').count(), { timeout: 20_000 }).toBe(1);
    expect(await violations(s.page)).toEqual([]);
    await form.getByRole('button', { name: 'Cancel' }).click();
  });
});

describe('reduced motion', () => {
  let s: Session;
  beforeAll(async () => {
    s = await openSession();
    await s.page.emulateMedia({ reducedMotion: 'reduce' });
    await openDashboard(s);
  });
  afterAll(() => s.close());

  it('jumps to a selection instead of flying', async () => {
    const target = model.incidents.find((i) => i.id === ADIZ_54)!;
    const moving = s.page.evaluate(
      () =>
        new Promise<number>((resolve) => {
          const map = window.__map!;
          let frames = 0;
          map.on('move', () => frames++);
          map.once('moveend', () => resolve(frames));
        }),
    );
    await s.page
      .getByRole('region', { name: 'Incidents' })
      .locator(`button[data-id="${ADIZ_54}"]`)
      .click();
    expect(await moving).toBeLessThanOrEqual(1);
    const center = await s.page.evaluate(() => window.__map!.getCenter().toArray());
    const [lon, lat] = target.geometry.coordinates as [number, number];
    expect(center[0]).toBeCloseTo(lon, 3);
    expect(center[1]).toBeCloseTo(lat, 3);
  });
});
