/**
 * Every screen (issue 23): the dashboard at a phone's, a tablet's, a laptop's, a desktop's and
 * a wall's size. At each: nothing scrolls sideways and no text is cut off; the map is the
 * largest panel on screen (at least 45 % of the window from 1024 px wide); an incident chosen
 * from the list shows its quote with the map still on screen; MND's record opens large (the
 * last twelve months first, the whole record one button away); axe finds no violation in the
 * light theme or the dark one; the map's credits never wrap over it. Each size's screenshot is written to docs/screens/.
 */
import { mkdirSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { violations } from './support/axe';
import { openDashboard, openSession, type Session, waitForRecord } from './support/browser';

const ADIZ_54 = 'dm-2023-04-17-pla-aircraft-adiz-54';
const SIZES = [
  { width: 390, height: 844 },
  { width: 820, height: 1180 },
  { width: 1280, height: 720 },
  { width: 1440, height: 900 },
  { width: 2560, height: 1440 },
] as const;
const SCREENS = 'docs/screens';

/** Visible elements whose own text is cut off: overflowing a box that hides it, or the window. */
function clippedText(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const out: string[] = [];
    const name = (el: Element) =>
      `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}.${[...el.classList].join('.')} "${(el.textContent ?? '').trim().slice(0, 40)}"`;
    for (const el of document.querySelectorAll<HTMLElement>('body *')) {
      const ownText = [...el.childNodes].some(
        (n) => n.nodeType === Node.TEXT_NODE && (n.textContent ?? '').trim() !== '',
      );
      if (!ownText || el.closest('.maplibregl-map, svg, .skip-link, [aria-hidden="true"]'))
        continue;
      const rect = el.getBoundingClientRect();
      const style = getComputedStyle(el);
      if (rect.width === 0 || rect.height === 0 || style.visibility === 'hidden') continue;
      // Visually hidden text (a screen reader's only) is not cut off.
      if (rect.width <= 1 && rect.height <= 1) continue;
      if (rect.right > innerWidth + 1 || rect.left < -1) out.push(`off screen: ${name(el)}`);
      // A one-line summary cut with an ellipsis is a choice when its title holds the whole text.
      const ellipsis = style.textOverflow === 'ellipsis' && el.title === el.textContent?.trim();
      const hides = /hidden|clip/.test(style.overflowX);
      if (hides && !ellipsis && el.scrollWidth > el.clientWidth + 1) out.push(`cut: ${name(el)}`);
    }
    return out;
  });
}

/** The map's share of the window, and the largest other panel's, in visible pixels. */
function areas(page: Page): Promise<{ map: number; largestOther: number; other: string }> {
  return page.evaluate(() => {
    const visible = (el: Element) => {
      const r = el.getBoundingClientRect();
      const w = Math.max(0, Math.min(r.right, innerWidth) - Math.max(r.left, 0));
      const h = Math.max(0, Math.min(r.bottom, innerHeight) - Math.max(r.top, 0));
      return (w * h) / (innerWidth * innerHeight);
    };
    const map = visible(document.querySelector('.maplibregl-canvas')!);
    let largestOther = 0;
    let other = '';
    for (const el of document.querySelectorAll(
      'aside.left > *, aside.right > *, footer, .sheet-tabs, header',
    )) {
      const a = visible(el);
      if (a > largestOther) {
        largestOther = a;
        other = `${el.tagName}#${el.id}`;
      }
    }
    return { map, largestOther, other };
  });
}

/** In the one-column layout a panel is a tab under the map: tap it (no-op when wide). */
async function showPanel(page: Page, name: string): Promise<void> {
  const tab = page.getByRole('navigation', { name: 'Panels' }).getByRole('button', { name });
  if (await tab.isVisible()) await tab.click();
}

describe.each(SIZES)('at $width × $height', (size) => {
  let s: Session;
  beforeAll(async () => {
    s = await openSession(size);
    await s.page.emulateMedia({ colorScheme: 'light' });
    await openDashboard(s);
    await waitForRecord(s.page);
  });
  afterAll(() => s.close());

  it('scrolls nothing sideways and cuts no text off', async () => {
    expect(
      await s.page.evaluate(() => document.documentElement.scrollWidth - innerWidth),
    ).toBeLessThanOrEqual(0);
    expect(await clippedText(s.page)).toEqual([]);
  });

  it('gives the map the largest share of the screen', async () => {
    const { map, largestOther, other } = await areas(s.page);
    expect(map, `the map (${map}) against ${other} (${largestOther})`).toBeGreaterThan(
      largestOther,
    );
    if (size.width >= 1024) expect(map).toBeGreaterThanOrEqual(0.45);
    // The header's search stays reachable at every size.
    expect(await s.page.getByRole('button', { name: /^Search/ }).isVisible()).toBe(true);
  });

  it('has no axe violations in the light theme', async () => {
    expect(await violations(s.page)).toEqual([]);
    mkdirSync(SCREENS, { recursive: true });
    await s.page.screenshot({ path: `${SCREENS}/${size.width}x${size.height}.png` });
  });

  it("shows an incident's quote when it is chosen from the list, with the map still on screen", async () => {
    await showPanel(s.page, 'Incidents');
    await s.page
      .getByRole('region', { name: 'Incidents' })
      .locator(`button[data-id="${ADIZ_54}"]`)
      .click();
    const quote = s.page.getByRole('region', { name: 'Source' }).locator('blockquote').first();
    await expect.poll(() => quote.isVisible()).toBe(true);
    expect((await quote.textContent())?.length).toBeGreaterThan(20);
    expect((await areas(s.page)).map).toBeGreaterThan(0.3);
  });

  it('keeps the credits on one line, or folds them into ⓘ, once the detail basemap is credited too', async () => {
    // After the previous step's flight to the incident, the detail basemap's credit has joined.
    const credits = s.page.locator('.maplibregl-ctrl-attrib');
    await expect.poll(() => credits.textContent(), { timeout: 10_000 }).toContain('OpenStreetMap');
    await expect
      .poll(
        () =>
          credits.evaluate((el) => {
            const inner = el.querySelector<HTMLElement>('.maplibregl-ctrl-attrib-inner')!;
            const line = parseFloat(getComputedStyle(inner).lineHeight);
            const folded =
              el.classList.contains('maplibregl-compact') &&
              !el.classList.contains('maplibregl-compact-show');
            return folded || inner.getBoundingClientRect().height <= line * 1.5;
          }),
        // Refitted at the map's next idle, which waits for the flight's tiles.
        { timeout: 10_000 },
      )
      .toBe(true);
  });

  it('opens the record large: the last twelve months first, the whole record one button away', async () => {
    await showPanel(s.page, 'Counts');
    await s.page.getByRole('button', { name: 'Open large' }).click();
    const dialog = s.page.getByRole('dialog', { name: "MND's daily record" });
    await expect.poll(() => dialog.isVisible()).toBe(true);
    const chart = dialog.getByRole('slider');
    expect(await chart.getAttribute('aria-label')).toBe(
      "MND's daily record, 2025-08-22 to 2026-08-22: a day",
    );
    const box = (await chart.boundingBox())!;
    expect(box.width).toBeGreaterThan(Math.min(size.width * 0.8, 1400));
    expect(box.height).toBeGreaterThan(Math.min(300, size.height * 0.4));
    // Dates along the bottom, each measure's scale on the left.
    expect(await dialog.locator('text.tick').count()).toBeGreaterThan(6);
    // The README's picture of the record, at the size it is shown at.
    if (size.width === 1440) await s.page.screenshot({ path: `${SCREENS}/1440x900-record.png` });
    await dialog.getByRole('button', { name: 'Whole record' }).click();
    expect(await chart.getAttribute('aria-label')).toBe(
      "MND's daily record, 2022-11-16 to 2026-08-22: a day",
    );
    expect(await violations(s.page)).toEqual([]);
    await dialog.getByRole('button', { name: 'Close' }).click();
    await expect.poll(() => dialog.count()).toBe(0);
  });

  it('has no axe violations in the dark theme, and cuts no text off there', async () => {
    await s.page.getByRole('button', { name: 'Dark', exact: true }).click();
    await expect
      .poll(() => s.page.evaluate(() => document.documentElement.dataset.theme))
      .toBe('dark');
    expect(await violations(s.page)).toEqual([]);
    expect(await clippedText(s.page)).toEqual([]);
    await s.page.screenshot({ path: `${SCREENS}/${size.width}x${size.height}-dark.png` });
  });
});
