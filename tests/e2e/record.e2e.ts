/**
 * MND's daily record on screen: the chart over the whole span with the sources' figures on it,
 * read by keyboard with each day's provenance read aloud; "Against the record" on the seed
 * incidents (the 54 of 10 April agrees with the report of 11 April, the four in the
 * southwestern ADIZ disagrees with eskim19's 0); a record day with both readings where the
 * tabulations disagree; an imported wire text set against the record the same way; the
 * window's summary; the credits; and a broken record file named row by row, grouped.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDashboard, openSession, type Session } from './support/browser';

const ADIZ_54 = 'dm-2023-04-17-pla-aircraft-adiz-54';
const MND_17 = 'dm-2023-04-17-taiwan-mnd-warships-aircraft';
const WIRE = readFileSync(
  new URL('../fixtures/dispatches/wire-2026-03-15-tabulations-disagree.txt', import.meta.url),
  'utf8',
);

describe('the record', () => {
  let s: Session;
  beforeAll(async () => {
    s = await openSession({ width: 1440, height: 900 });
    await openDashboard(s);
  });
  afterAll(() => s.close());

  const chart = () => s.page.getByRole('slider', { name: /^MND's daily record/ });
  const evidence = () => s.page.getByRole('region', { name: 'Source' });
  const recordDay = () => s.page.getByRole('region', { name: 'Record day' });
  const select = (id: string) =>
    s.page.getByRole('region', { name: 'Incidents' }).locator(`button[data-id="${id}"]`).click();

  it('draws the whole span, with the sources’ own figures at their reports’ dates', async () => {
    await expect.poll(() => chart().count(), { timeout: 20_000 }).toBe(1);
    expect(Number(await chart().getAttribute('aria-valuemax'))).toBeGreaterThanOrEqual(1300);
    for (const t of ['eskim19', 'madeye'])
      expect(await s.page.locator(`.record path.line[data-tabulation="${t}"]`).count()).toBe(3);
    const marks = await s.page
      .locator('.record path.dia')
      .evaluateAll((els) =>
        els.map((e) => `${e.getAttribute('data-date')}:${e.getAttribute('data-value')}`),
      );
    expect(marks).toEqual(
      expect.arrayContaining(['2023-04-11:54', '2023-04-17:18', '2023-04-17:4']),
    );
    expect(await s.page.locator('.record path.tri').count()).toBeGreaterThan(0);
  });

  it('reads a day aloud from the keyboard, with the rows it comes from, and Enter opens it', async () => {
    await chart().focus();
    const live = s.page.locator('.record .day[aria-live="polite"]');
    await s.page.keyboard.press('Home');
    await expect
      .poll(() => live.textContent())
      .toMatch(/^\s*Report of 16 November 2022: \d+ aircraft/);
    await s.page.keyboard.press('ArrowRight');
    await expect
      .poll(() => live.textContent())
      .toMatch(/Report of 17 November 2022: .*eskim19-taiwan-strait-tracker\.csv:\d+/);
    expect(await chart().getAttribute('aria-valuetext')).toMatch(/^Report of 17 November 2022/);
    await s.page.keyboard.press('End');
    await expect.poll(() => live.textContent()).toMatch(/Report of 22 August 2026/);
    await s.page.keyboard.press('PageUp');
    await expect.poll(() => live.textContent()).toMatch(/Report of 23 July 2026/);
    await s.page.keyboard.press('Enter');
    await expect
      .poll(() => recordDay().getByRole('heading', { level: 2 }).textContent())
      .toBe("MND's report of 23 July 2026");
    expect(await recordDay().textContent()).toContain(
      'Covers 22 July 2026 06:00 → 23 July 2026 06:00 (UTC+8)',
    );
  });

  it('sets the 54 of 10 April against the report of 11 April: it agrees, and the claim is checked where the record reaches', async () => {
    await select(ADIZ_54);
    const against = evidence().locator('.against');
    await expect.poll(() => against.locator('li.verdict').count()).toBe(1);
    const verdict = against.locator('li.verdict').first();
    expect(await verdict.getAttribute('data-verdict')).toBe('agrees');
    const text = await verdict.textContent();
    expect(text).toContain(
      "Agrees with the record: 54 aircraft that crossed the median line or entered the ADIZ, against MND's report of 11 April 2023: eskim19: 54, agrees",
    );
    expect(text).toContain('Covers 10 April 2023 06:00 → 11 April 2023 06:00 (UTC+8)');
    expect(text).toContain('eskim19-taiwan-strait-tracker.csv:136');
    expect(text).toContain(
      'the record does not reach back to October 2021 (it starts on 16 November 2022)',
    );

    await verdict.getByRole('button', { name: 'Open the report of 2023-04-11' }).click();
    const day = recordDay();
    await expect
      .poll(() => day.getByRole('heading', { level: 2 }).textContent())
      .toBe("MND's report of 11 April 2023");
    const detected = day.locator('tr', {
      has: s.page.locator('th', { hasText: 'aircraft detected around Taiwan' }),
    });
    expect(await detected.locator('td.figure').textContent()).toBe('91');
    // The source's words that refer to this report, verbatim, and back to the incident.
    const witness = day.locator('.witnesses li', { hasText: '54 Chinese aircraft' });
    expect(await witness.count()).toBe(1);
    await witness.getByRole('button', { name: 'Show incident' }).click();
    await s.page.getByRole('button', { name: 'Incident quotes' }).click();
    await expect
      .poll(() => evidence().getByRole('heading', { level: 3 }).textContent())
      .toContain('54');
  });

  it('agrees with 18 aircraft and four warships of 17 April, and shows the four in the southwestern ADIZ against eskim19’s 0 as a disagreement', async () => {
    await select(MND_17);
    const verdicts = evidence().locator('.against li.verdict');
    await expect.poll(() => verdicts.count()).toBe(3);
    expect(
      await verdicts.evaluateAll((els) => els.map((e) => e.getAttribute('data-verdict'))),
    ).toEqual(['agrees', 'agrees', 'disagrees']);
    expect(await verdicts.nth(2).textContent()).toContain(
      "eskim19: 0, disagrees with the source's 4",
    );
  });

  it('sets an imported wire text against the record: its 16 sides with madeye, against eskim19’s 0, and the day shows both readings', async () => {
    await s.page.locator('input[type="file"]').setInputFiles({
      name: 'wire.txt',
      mimeType: 'text/plain',
      buffer: Buffer.from(WIRE, 'utf8'),
    });
    const form = s.page.getByRole('form', { name: 'About the source text' });
    await form.getByLabel('Outlet').fill('Wire report');
    await form.getByLabel('Title').fill('16 Chinese aircraft cross the median line');
    await form.getByLabel('Published').fill('2026-03-15');
    await form.getByRole('button', { name: 'Read drafts' }).click();
    const drafts = s.page.getByRole('region', { name: 'Draft incidents' });
    const accept = drafts.getByRole('button', { name: /^Accept draft: / }).first();
    await expect.poll(() => accept.count(), { timeout: 20_000 }).toBe(1);
    await accept.click();
    await select('wire-report-2026-03-15-draft-01');

    const verdicts = evidence().locator('.against li.verdict');
    await expect.poll(() => verdicts.count()).toBeGreaterThanOrEqual(2);
    const median = evidence().locator('.against li.verdict', {
      hasText: '16 aircraft that crossed the median line',
    });
    expect(await median.getAttribute('data-verdict')).toBe('disagrees');
    const text = await median.textContent();
    expect(text).toContain("eskim19: 0, disagrees with the source's 16");
    expect(text).toContain('madeye: 16, agrees');
    expect(text).toContain('The two tabulations disagree with each other on this figure');

    await median.getByRole('button', { name: 'Open the report of 2026-03-15' }).click();
    const row = recordDay().locator('tr.disagreement');
    await expect.poll(() => row.locator('td.figure').allTextContents()).toEqual(['0', '16']);
    expect(await recordDay().textContent()).toContain('≠ disagree');
    expect(await recordDay().locator('.witnesses blockquote').first().textContent()).toContain(
      '16 of which crossed the median line',
    );
  });

  it("summarises the timeline's window against the baselines, and credits MND and both tabulations", async () => {
    await s.page.goto(new URL('?from=2023-04-08&to=2023-04-11', s.baseUrl).href);
    const summary = s.page.locator('.record details.summary');
    await expect
      .poll(() => summary.locator('summary').textContent(), { timeout: 20_000 })
      .toBe('Window: 8 April 2023 – 11 April 2023 (4 days)');
    await summary.locator('summary').click();
    expect(await summary.textContent()).toMatch(
      /Aircraft detected: eskim19: \d+ in 4 days, [\d.]+ a day \(30-day median before: \d+, 90-day: \d+\)/,
    );
    const credits = await s.page.locator('.maplibregl-ctrl-attrib-inner').textContent();
    expect(credits).toContain('Taiwan MND (OGDL-TW 1.0), eskim19 (MIT), madeye (MIT)');
  });

  it('names each bad row of a record file, groups the rest, and still loads the good rows', async () => {
    const bad = Array.from(
      { length: 30 },
      (_, i) => `2024-01-${String(i + 1).padStart(2, '0')},many,1,0,0`,
    );
    await s.page.route(/eskim19-taiwan-strait-tracker[^/]*\.csv$/, (route) =>
      route.fulfill({
        contentType: 'text/csv',
        body: [
          'report_date,aircraft,navy_ships,official_ships,crossed_median_or_entered_adiz',
          '2024-02-01,12,3,1,2',
          ...bad,
          '',
        ].join('\n'),
      }),
    );
    await s.page.reload();
    const problems = s.page.getByRole('alert', { name: 'Data problems' });
    await expect.poll(() => problems.count(), { timeout: 20_000 }).toBe(1);
    await problems.locator('summary').click();
    const items = await problems.locator('li').allTextContents();
    expect(items).toHaveLength(21);
    expect(items[0]).toBe(
      'geodata/record/eskim19-taiwan-strait-tracker.csv › line 3 › aircraft: must be a whole number, 0 or more (or empty: not reported)',
    );
    expect(items[20]).toBe(
      'and 10 more: geodata/record/eskim19-taiwan-strait-tracker.csv › aircraft: must be a whole number, 0 or more (or empty: not reported) (lines 23–32)',
    );
    expect(Number(await chart().getAttribute('aria-valuemax'))).toBeGreaterThan(100);
    await s.page.unrouteAll();
  });
});
