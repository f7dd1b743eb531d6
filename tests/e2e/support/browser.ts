import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { inject } from 'vitest';
import { launchChromium } from '../../../scripts/browser/chromium-args';

export const OUTPUT_DIR = 'test-output';

export interface Session {
  readonly context: BrowserContext;
  readonly page: Page;
  readonly baseUrl: string;
  /** Every URL the page requested, for the same-origin check. */
  readonly requests: string[];
  /** Console errors and uncaught page errors. */
  readonly errors: string[];
  close(): Promise<void>;
}

/**
 * A fresh headless Chromium (Debian's, through playwright-core) with a throwaway profile, its
 * requests and console errors recorded. Flags per shared/reference/browser-testing.md: WebGL
 * through SwiftShader, no background traffic to outside hosts.
 */
export async function openSession(
  viewport = { width: 1280, height: 800 },
  extraArgs: readonly string[] = [],
): Promise<Session> {
  const { context, close } = await launchChromium('straitwatch-e2e-', viewport, extraArgs);
  const page = context.pages()[0] ?? (await context.newPage());
  const requests: string[] = [];
  const errors: string[] = [];
  context.on('request', (r) => requests.push(r.url()));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(String(e)));
  return { context, page, baseUrl: inject('baseUrl'), requests, errors, close };
}

/** Open the dashboard (with an optional query) and wait until the map is loaded and idle. */
export async function openDashboard(session: Session, query = ''): Promise<void> {
  await session.page.goto(new URL(query, session.baseUrl).href);
  // A dataset joins the shipped data once it is checked: wait for the whole model.
  await session.page.waitForFunction(
    () => performance.getEntriesByName('straitwatch:model-ready').length > 0,
    undefined,
    { timeout: 60_000 },
  );
  await waitForMapIdle(session.page);
}

/** Wait until MND's record is read and built (after the map's first idle). */
export async function waitForRecord(page: Page): Promise<void> {
  await page.waitForFunction(
    () => performance.getEntriesByName('straitwatch:record-ready').length > 0,
    undefined,
    { timeout: 30_000 },
  );
}

/** Wait for `window.__map` and for it to have nothing left to load or draw. */
export async function waitForMapIdle(page: Page): Promise<void> {
  await page.waitForFunction(() => window.__map !== undefined, undefined, { timeout: 30_000 });
  await page.evaluate(
    () =>
      new Promise<void>((resolve) => {
        const map = window.__map!;
        if (map.loaded() && !map.isMoving()) {
          // A render may still be queued: wait for the next idle if one comes soon.
          map.triggerRepaint();
        }
        map.once('idle', () => resolve());
      }),
  );
}

/** Centre the map on `coordinates` at zoom 7, wait for it to be idle, and click that point. */
export async function clickOnMap(page: Page, coordinates: readonly number[]): Promise<void> {
  await page.evaluate(
    (c) => window.__map!.jumpTo({ center: c as [number, number], zoom: 7 }),
    coordinates,
  );
  await waitForMapIdle(page);
  const point = await page.evaluate(
    (c) => window.__map!.project(c as [number, number]),
    coordinates,
  );
  const canvas = (await page.locator('.maplibregl-canvas').boundingBox())!;
  await page.mouse.click(canvas.x + point.x, canvas.y + point.y);
}

/** The ids of the incidents the list has in the page, in its order. */
export function listedIncidentIds(page: Page): Promise<string[]> {
  return page
    .getByRole('region', { name: 'Incidents' })
    .locator('button[data-id]')
    .evaluateAll((buttons) => buttons.map((b) => b.getAttribute('data-id')!));
}

export function screenshotPath(name: string): string {
  mkdirSync(OUTPUT_DIR, { recursive: true });
  return join(OUTPUT_DIR, name);
}
