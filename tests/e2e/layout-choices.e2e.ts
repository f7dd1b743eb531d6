/**
 * The wide layout's choices (issue 23), as a reader makes them: a side column hidden from the
 * header's switch gives the map its room; a column resized from the map's edge with the keys
 * keeps its width; both are remembered after a reload; Home gives the column its default back.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDashboard, openSession, type Session, waitForMapIdle } from './support/browser';

const width = (page: Page, selector: string) =>
  page.locator(selector).evaluate((el) => Math.round(el.getBoundingClientRect().width));

describe('the side columns, at 1440 × 900', () => {
  let s: Session;
  beforeAll(async () => {
    s = await openSession({ width: 1440, height: 900 });
    await openDashboard(s);
  });
  afterAll(() => s.close());

  it('hides the left column from the header, and the map takes its room', async () => {
    const before = await width(s.page, '.maplibregl-canvas-container');
    const leftSwitch = s.page.getByRole('button', { name: 'Left panels' });
    expect(await leftSwitch.getAttribute('aria-expanded')).toBe('true');
    await leftSwitch.click();
    expect(await leftSwitch.getAttribute('aria-expanded')).toBe('false');
    await expect.poll(() => s.page.locator('#left-panels').isVisible()).toBe(false);
    await expect
      .poll(() => width(s.page, '.maplibregl-canvas-container'))
      .toBeGreaterThan(before + 150);
  });

  it('resizes the right column from the map edge with the arrow keys', async () => {
    const handle = s.page.getByRole('separator', { name: 'Resize the evidence column' });
    const before = await width(s.page, '#right-panels');
    await handle.focus();
    // Towards the map (←) widens the right column: three steps of 48 px with Shift.
    for (let i = 0; i < 3; i++) await s.page.keyboard.press('Shift+ArrowLeft');
    await expect.poll(() => width(s.page, '#right-panels')).toBe(before + 144);
    expect(Number(await handle.getAttribute('aria-valuenow'))).toBe(before + 144);
  });

  it('remembers both choices after a reload, and Home gives the width back', async () => {
    const chosen = await width(s.page, '#right-panels');
    await s.page.reload();
    await waitForMapIdle(s.page);
    expect(
      await s.page.getByRole('button', { name: 'Left panels' }).getAttribute('aria-expanded'),
    ).toBe('false');
    expect(await s.page.locator('#left-panels').isVisible()).toBe(false);
    expect(await width(s.page, '#right-panels')).toBe(chosen);
    await s.page.getByRole('separator', { name: 'Resize the evidence column' }).focus();
    await s.page.keyboard.press('Home');
    await expect.poll(() => width(s.page, '#right-panels')).toBeLessThan(chosen);
  });
});
