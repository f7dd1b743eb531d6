/**
 * The latest report and the unusual days on screen: the card at the top of the record shows
 * the newest report (22 August 2026, madeye's only) with its ratios and opens it as a record
 * day; the unusual days' list names the exercises (Joint Sword-2024B in the report of 15
 * October 2024) and opens a day from the keyboard; the chart marks those days; and a verdict
 * shows the whole report around its figure (the 54 of 10 April: 91 aircraft in all).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDashboard, openSession, type Session, waitForRecord } from './support/browser';

const ADIZ_54 = 'dm-2023-04-17-pla-aircraft-adiz-54';

describe('the latest report and the unusual days', () => {
  let s: Session;
  beforeAll(async () => {
    s = await openSession({ width: 1440, height: 900 });
    await openDashboard(s);
    await waitForRecord(s.page);
  });
  afterAll(() => s.close());

  const card = () => s.page.getByRole('region', { name: 'Latest report' });
  const recordDay = () => s.page.getByRole('region', { name: 'Record day' });
  const unusual = () => s.page.getByRole('region', { name: 'Unusual days' });

  it('shows the newest report with each figure against its medians, and opens it', async () => {
    await expect.poll(() => card().count()).toBe(1);
    const text = await card().textContent();
    expect(text).toContain('Latest report: 22 August 2026');
    expect(text).toContain('eskim19: no row (ends 21 August 2026)');
    const aircraft = card().locator('td[data-measure="aircraft-detected"]');
    expect((await aircraft.textContent())!.replace(/\s+/g, ' ').trim()).toBe(
      '3 ×0.5 · ×0.6 fewest since 17 Aug',
    );
    expect(await aircraft.getAttribute('title')).toBe(
      '3; ×0.5 its 30-day median (6), ×0.6 its 90-day median (5); fewest since 17 Aug',
    );
    await card().getByRole('button', { name: 'Latest report: 22 August 2026' }).click();
    await expect
      .poll(() => recordDay().getByRole('heading', { level: 2 }).textContent())
      .toBe("MND's report of 22 August 2026");
  });

  it('lists the unusual days with the exercise they fall in, and Enter opens one', async () => {
    await s.page.getByRole('button', { name: 'Unusual days' }).click();
    const entry = unusual().locator('button[data-date="2024-10-15"]');
    const text = (await entry.textContent())!.replace(/\s+/g, ' ');
    expect(text).toContain('15 October 2024 Joint Sword-2024B');
    expect(text).toContain('Aircraft: 153 (eskim19; median 15, over 56.5)');
    expect(await unusual().locator('ol > li').count()).toBe(26);
    expect(await unusual().locator('.exercise').allTextContents()).toEqual(
      expect.arrayContaining([
        'Joint Sword',
        'Joint Sword-2024A',
        'Strait Thunder-2025A',
        'Justice Mission-2025',
      ]),
    );
    // Both tabulations flag the reports of Justice Mission-2025: one entry, both named.
    expect(await unusual().locator('button[data-date="2025-12-30"]').textContent()).toContain(
      'eskim19 and madeye',
    );
    expect(await unusual().locator('details').textContent()).toContain(
      'by more than 4 × 1.4826 × MAD',
    );
    await entry.focus();
    await s.page.keyboard.press('Enter');
    await expect
      .poll(() => recordDay().getByRole('heading', { level: 2 }).textContent())
      .toBe("MND's report of 15 October 2024");
    expect(await recordDay().locator('p.unusual').allTextContents()).toEqual([
      'Unusual: 153 aircraft (eskim19; 90-day median 15, over 56.5), in Joint Sword-2024B.',
      'Unusual: 111 median line/ADIZ (eskim19; 90-day median 10.5, over 43.1), in Joint Sword-2024B.',
      'Unusual: 12 official ships (eskim19; 90-day median 0, over 8), in Joint Sword-2024B.',
    ]);
  });

  it('marks the unusual days on the chart, and reads one aloud with its day', async () => {
    const marks = await s.page
      .locator('.record path.unusual')
      .evaluateAll((els) =>
        els.map((e) => `${e.getAttribute('data-date')}:${e.getAttribute('data-measure')}`),
      );
    expect(marks).toEqual(
      expect.arrayContaining([
        '2024-10-15:aircraft-detected',
        '2024-10-15:aircraft-median-or-adiz',
        '2023-04-11:aircraft-median-or-adiz',
      ]),
    );
    // Official ships are not drawn: 37 of the 41 entries are of the chart's three measures.
    expect(marks).toHaveLength(37);
    expect(
      await s.page
        .locator(
          '.record path.unusual[data-date="2024-10-15"][data-measure="aircraft-detected"] title',
        )
        .textContent(),
    ).toBe('Unusual: 153 aircraft (eskim19; 90-day median 15, over 56.5), in Joint Sword-2024B.');
    expect(await s.page.locator('.record .key .unusual').textContent()).toBe('▼ unusual');
  });

  it('sets the 54 of 10 April beside the whole report of 11 April: 91 aircraft in all', async () => {
    await s.page
      .getByRole('region', { name: 'Incidents' })
      .locator(`button[data-id="${ADIZ_54}"]`)
      .click();
    const day = s.page.locator('.against li.verdict .day[data-date="2023-04-11"]');
    await expect.poll(() => day.count()).toBe(1);
    expect((await day.textContent())!.trim()).toBe(
      "MND's report of 11 April 2023: 91 aircraft in all, 54 crossed the median line or entered the ADIZ, 12 PLA Navy vessels, 0 official ships.",
    );
  });
});
