import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { repoModel } from '../support/geodata';
import {
  clickOnMap,
  openDashboard,
  openSession,
  type Session,
  waitForMapIdle,
} from './support/browser';

const model = repoModel();

describe('incidents: list, map, quotes', () => {
  let s: Session;
  beforeAll(async () => {
    s = await openSession();
    await openDashboard(s);
  });
  afterAll(() => s.close());

  const list = () => s.page.getByRole('region', { name: 'Incidents' });
  const sourceView = () => s.page.getByRole('region', { name: 'Source' });
  const selectedOnMap = () =>
    s.page.evaluate(() => [window.__incidentPoints!.drawn.selectedId].filter(Boolean));

  it('shows every incident’s quotes verbatim, in context, with the source named, when clicked in the list', async () => {
    for (const incident of model.incidents) {
      await list().locator(`button[data-id="${incident.id}"]`).click();
      await expect
        .poll(() => sourceView().getByRole('heading', { level: 3 }).textContent())
        .toBe(incident.properties.title);
      const marks = await sourceView().locator('blockquote mark').allTextContents();
      expect(marks, incident.id).toEqual(incident.properties.quotes.map((q) => q.text));
      const blockquotes = await sourceView().locator('blockquote').allTextContents();
      for (const [i, quote] of incident.properties.quotes.entries()) {
        const text = model.sources.get(quote.source)!.text;
        expect(
          text.includes(blockquotes[i]!),
          `${incident.id} quote ${i} context is verbatim`,
        ).toBe(true);
        expect(text.slice(quote.start, quote.end)).toBe(marks[i]);
      }
      await expect
        .poll(() => sourceView().locator('figcaption').first().textContent())
        .toContain('Daily Mail');
      expect(await selectedOnMap()).toEqual([incident.id]);
      expect(new URL(s.page.url()).searchParams.get('incident')).toBe(incident.id);
    }
  });

  it('shows both readings of the USS Milius transit date', async () => {
    const milius = model.incidents.find(
      (i) =>
        i.properties.otherDates?.length &&
        /Milius/.test(i.properties.title) &&
        i.properties.category === 'naval-transit',
    )!;
    await list().locator(`button[data-id="${milius.id}"]`).click();
    const text = await sourceView().textContent();
    expect(text).toContain('16 April 2023');
    expect(text).toContain('17 April 2023');
    expect(text).toContain('April 16 (local time)');
    expect(text).toContain('on Monday');
  });

  it('selects an incident by clicking its symbol on the map, and opens a popup with its first quote', async () => {
    // An incident alone at its point, so the click cannot hit a neighbour.
    const counts = new Map<string, number>();
    for (const i of model.incidents)
      counts.set(
        i.geometry.coordinates.join(),
        (counts.get(i.geometry.coordinates.join()) ?? 0) + 1,
      );
    const target =
      model.incidents.find(
        (i) =>
          counts.get(i.geometry.coordinates.join()) === 1 &&
          i.properties.counts?.some((c) => c.unit === 'aircraft'),
      ) ?? model.incidents.find((i) => counts.get(i.geometry.coordinates.join()) === 1)!;
    await clickOnMap(s.page, target.geometry.coordinates);

    await expect
      .poll(() => list().locator('button[aria-current="true"]').getAttribute('data-id'))
      .toBe(target.id);
    await expect
      .poll(() => s.page.locator('.maplibregl-popup blockquote').textContent())
      .toBe(target.properties.quotes[0]!.text);
    expect(await sourceView().locator('blockquote mark').first().textContent()).toBe(
      target.properties.quotes[0]!.text,
    );
    expect(await selectedOnMap()).toEqual([target.id]);
  });

  it('moves through the list with the arrow keys and selects with Enter', async () => {
    const buttons = list().locator('button[data-id]');
    await buttons.first().focus();
    await s.page.keyboard.press('ArrowDown');
    await s.page.keyboard.press('ArrowDown');
    await s.page.keyboard.press('Enter');
    const third = model.incidents[2]!;
    await expect
      .poll(() => list().locator('button[aria-current="true"]').getAttribute('data-id'))
      .toBe(third.id);
    await expect
      .poll(() => sourceView().getByRole('heading', { level: 3 }).textContent())
      .toBe(third.properties.title);
  });

  it('filters the list and the map by category', async () => {
    await list().getByRole('button', { name: 'Launch', exact: true }).click();
    const launches = model.incidents.filter((i) => i.properties.category === 'launch');
    await expect.poll(() => list().locator('button[data-id]').count()).toBe(launches.length);
    const drawn = () => s.page.evaluate(() => window.__incidentPoints!.idsDrawn());
    expect(await drawn()).toEqual(launches.map((i) => i.id));
    // Labels show from zoom 6: their filter is set once they can show (each set re-tiles).
    await s.page.evaluate(() => window.__map!.jumpTo({ center: [121, 24], zoom: 7 }));
    await waitForMapIdle(s.page);
    const filter = await s.page.evaluate(() => window.__map!.getFilter('incidents-label'));
    expect(JSON.stringify(filter)).toContain('launch');
    await list().getByRole('button', { name: 'All', exact: true }).click();
    await expect.poll(() => list().locator('button[data-id]').count()).toBe(model.incidents.length);
    expect(await drawn()).toEqual(model.incidents.map((i) => i.id));
    expect(await s.page.evaluate(() => window.__map!.getFilter('incidents-label'))).toBeFalsy();
  });
});
