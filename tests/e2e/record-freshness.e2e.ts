/**
 * The record's freshness and its regions on the map, in a real browser with the reader's clock
 * fixed: on 3 December 2026 the record runs to 22 August 2026, 103 days old and marked stale; on
 * 23 August 2026 it is current. One click away, both upstream commits with their dates. A source
 * says when it was published and added. A record day, then a window, shade the ADIZ regions
 * MND's reports named, with a legend of the counts.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSession, type Session, waitForMapIdle } from './support/browser';

/** Noon in Taiwan on that day: the same calendar day in every time zone from UTC−11 to UTC+11. */
const noon = (day: string) => new Date(`${day}T04:00:00Z`);
const freshness = (s: Session) => s.page.locator('p.freshness');

/**
 * Open the dashboard with the page's clock fixed at noon in Taiwan on `day`. Not openDashboard:
 * the fake clock replaces `performance` too, so the app's performance marks are not there to
 * wait for; the map's idle and the freshness line are.
 */
async function openAt(s: Session, day: string): Promise<void> {
  await s.page.clock.setFixedTime(noon(day));
  await s.page.goto(s.baseUrl);
  await waitForMapIdle(s.page);
  await s.page.locator('p.freshness').waitFor({ timeout: 30_000 });
}

describe('the record’s freshness', () => {
  let s: Session;
  beforeAll(async () => {
    s = await openSession({ width: 1440, height: 900 });
    await openAt(s, '2026-12-03');
  });
  afterAll(() => s.close());

  it('says the record runs to 22 Aug 2026, 103 days old, and marks it stale', async () => {
    const line = (await freshness(s).textContent())!.replace(/\s+/g, ' ');
    expect(line).toContain('Record 16 Nov 2022 – 22 Aug 2026');
    expect(line).toContain('103 days old');
    expect(await freshness(s).getAttribute('data-age')).toBe('103');
    expect(await freshness(s).locator('.stale').textContent()).toBe('Stale');
    expect(await freshness(s).locator('.stale').isVisible()).toBe(true);
  });

  it('lists each tabulation’s span, commit (linked, never fetched), commit date and when read', async () => {
    await s.page.getByRole('button', { name: 'Where from' }).click();
    const details = s.page.locator('#record-freshness-details');
    await expect.poll(() => details.isVisible()).toBe(true);
    const rows = await details
      .locator('tbody tr')
      .evaluateAll((trs) =>
        trs.map((tr) =>
          [...tr.children]
            .map((cell) => (cell.textContent ?? '').replace(/\s+/g, ' ').trim())
            .join(' | '),
        ),
      );
    expect(rows).toEqual([
      expect.stringMatching(
        /^eskim19 \| 16 Nov 2022 – 21 Aug 2026 \(104 days old\) ?1,327 reports, 48 days missing \| 466b2f5b \| 22 Aug 2026 \| not recorded$/,
      ),
      expect.stringMatching(
        /^madeye \| 1 Oct 2025 – 22 Aug 2026 \(103 days old\) ?316 reports, 10 days missing \| e2163f81 \| 22 Aug 2026 \| not recorded$/,
      ),
    ]);
    expect(
      await details.locator('a').evaluateAll((as) => as.map((a) => a.getAttribute('href'))),
    ).toEqual([
      'https://github.com/eskim19/taiwan-strait-tracker/commit/466b2f5b',
      'https://github.com/madeye/taiwan-strait-monitor/commit/e2163f81',
    ]);
    expect(await details.textContent()).toContain('Converted by hand');
    await details.getByRole('button', { name: 'Close' }).click();
    await expect.poll(() => details.isVisible()).toBe(false);
    const origin = new URL(s.baseUrl).origin;
    expect(s.requests.filter((r) => new URL(r).origin !== origin)).toEqual([]);
  });

  it('says when a source was published and when it was added', async () => {
    await s.page.getByRole('button', { name: 'Full source text' }).click();
    const header = s.page.getByRole('region', { name: 'Sources' }).locator('header cite');
    await expect.poll(() => header.count()).toBeGreaterThan(0);
    const text = (await header.locator('..').textContent())!.replace(/\s+/g, ' ');
    expect(text).toContain('published 17 Apr 2023 · added 26 Nov 2026');
    await s.page.getByRole('button', { name: 'Incident quotes' }).click();
  });

  it('shades the regions a record day named (15 March 2026: north, central, southwest), with the counts in the legend', async () => {
    await s.page.evaluate(() => window.__dashboard!.openRecordDay('2026-03-15'));
    const legend = s.page.getByRole('region', { name: "ADIZ regions named in MND's reports" });
    await expect.poll(() => legend.count(), { timeout: 20_000 }).toBe(1);
    expect((await legend.textContent())!.replace(/\s+/g, ' ')).toContain(
      'Report of 15 March 2026: 1 of 1 report (madeye) named a region',
    );
    expect(await legend.textContent()).toContain(
      'Shapes schematic · eskim19 does not tabulate regions',
    );
    const counts = await legend
      .locator('li[data-region]')
      .evaluateAll((lis) => lis.map((li) => `${li.dataset.region}:${li.dataset.count}`));
    expect(counts).toEqual([
      'north:1',
      'central:1',
      'southwest:1',
      'southeast:0',
      'south:0',
      'east:0',
    ]);
    const states = await regionStates(s);
    expect(states).toEqual({
      north: { reports: 1, step: 4 },
      central: { reports: 1, step: 4 },
      southwest: { reports: 1, step: 4 },
      southeast: { reports: 0, step: 0 },
      east: { reports: 0, step: 0 },
    });
    // Drawn: the shaded regions are among the rendered features of the fill layer.
    const rendered = await s.page.evaluate(() => {
      const map = window.__map!;
      map.jumpTo({ center: [120.5, 25], zoom: 4.5 });
      return new Promise<string[]>((resolve) =>
        map.once('idle', () =>
          resolve(
            [
              ...new Set(
                map
                  .queryRenderedFeatures({ layers: ['record-regions-fill'] })
                  .map((f) => String(f.id)),
              ),
            ].sort(),
          ),
        ),
      );
    });
    expect(rendered).toEqual(['central', 'east', 'north', 'southeast', 'southwest']);
    expect(
      await s.page.evaluate(() =>
        window.__map!.getPaintProperty('record-regions-fill', 'fill-opacity'),
      ),
    ).toEqual(['case', ['>', ['coalesce', ['feature-state', 'step'], 0], 0], 0.55, 0]);
  });

  it('keeps the regions’ legend clear of the map picture’s buttons, its heading readable', async () => {
    const legend = s.page.getByRole('region', { name: "ADIZ regions named in MND's reports" });
    const buttons = s.page.getByRole('group', { name: 'Save map as PNG' });
    const [a, b] = [(await legend.boundingBox())!, (await buttons.boundingBox())!];
    const overlap =
      a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
    expect(overlap, JSON.stringify({ legend: a, buttons: b })).toBe(false);
    expect(await legend.getByRole('heading').isVisible()).toBe(true);
  });

  it('shades the timeline’s window by counts once the day gives way, and shows nothing without either', async () => {
    await s.page.getByRole('button', { name: 'Incident quotes' }).click();
    expect(await regionStates(s)).toEqual(
      Object.fromEntries(
        ['north', 'central', 'southwest', 'southeast', 'east'].map((r) => [
          r,
          { reports: 0, step: 0 },
        ]),
      ),
    );
    expect(await s.page.locator('section.legend').count()).toBe(0);
    await s.page.evaluate(() => {
      const day = (iso: string) => Date.parse(`${iso}T00:00:00Z`) / 864e5;
      window.__dashboard!.setTimeWindow({ from: day('2026-03-01'), to: day('2026-04-01') });
    });
    const legend = s.page.locator('section.legend');
    await expect
      .poll(async () => (await legend.textContent())?.replace(/\s+/g, ' '))
      .toMatch(/Window: \d+ of \d+ reports \(madeye\) named a region/);
    const counts = Object.fromEntries(
      await legend
        .locator('li[data-region]')
        .evaluateAll((lis) => lis.map((li) => [li.dataset.region!, Number(li.dataset.count)])),
    ) as Record<string, number>;
    const states = await regionStates(s);
    const total = Number(/of (\d+) reports/.exec((await legend.textContent())!)![1]);
    expect(total).toBeGreaterThanOrEqual(28);
    for (const region of ['north', 'central', 'southwest', 'southeast', 'east']) {
      expect(states[region]!.reports, region).toBe(counts[region]);
      expect(states[region]!.step, region).toBe(
        counts[region]! === 0 ? 0 : Math.ceil((4 * counts[region]!) / total),
      );
    }
    // March 2026 in madeye: 30 reports, 17 naming a region, southwest in 15 of them (half:
    // the second step), north in 5, east in none.
    expect([total, counts.southwest, counts.north, counts.east]).toEqual([30, 15, 5, 0]);
    expect([states.southwest!.step, states.north!.step, states.east!.step]).toEqual([2, 1, 0]);
  });

  it('is current on 23 August 2026: no stale mark', async () => {
    const other = await openSession({ width: 1440, height: 900 });
    try {
      await openAt(other, '2026-08-23');
      const line = (await freshness(other).textContent())!.replace(/\s+/g, ' ');
      expect(line).toContain('1 day old');
      expect(await freshness(other).locator('.stale').count()).toBe(0);
    } finally {
      await other.close();
    }
  });

  it('logged no error', () => {
    expect(s.errors).toEqual([]);
  });
});

function regionStates(s: Session): Promise<Record<string, { reports: number; step: number }>> {
  return s.page.evaluate(() =>
    Object.fromEntries(
      ['north', 'central', 'southwest', 'southeast', 'east'].map((id) => {
        const state = window.__map!.getFeatureState({ source: 'record-regions', id });
        return [id, { reports: state.reports, step: state.step }];
      }),
    ),
  );
}
