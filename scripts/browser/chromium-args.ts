/**
 * Flags for Debian's headless Chromium in tests and the benchmark (see
 * shared/reference/browser-testing.md): WebGL through SwiftShader without GPU flags, and no
 * background traffic to outside hosts (the resolver rule refuses every host but 127.0.0.1).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type BrowserContext, chromium, type Page } from 'playwright-core';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE 127.0.0.1',
];

/** A headless Chromium with a throwaway profile, and how to close it (profile removed). */
export interface LaunchedChromium {
  readonly context: BrowserContext;
  /** The profile directory (it names the browser's processes, for memory readings). */
  readonly profile: string;
  close(): Promise<void>;
}

/**
 * Debian's Chromium through playwright-core, with CHROMIUM_ARGS and a fresh profile under the
 * system's temporary directory (Playwright refuses `--user-data-dir` in `args`).
 *
 * @example
 * const browser = await launchChromium('straitwatch-bench-');
 * const page = await browser.context.newPage();
 * await browser.close();
 */
export async function launchChromium(
  prefix: string,
  viewport = { width: 1280, height: 800 },
  /** More flags, after CHROMIUM_ARGS (e.g. `--disable-webgl` for the no-WebGL test). */
  extraArgs: readonly string[] = [],
): Promise<LaunchedChromium> {
  const profile = mkdtempSync(join(tmpdir(), prefix));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    viewport,
    args: [...CHROMIUM_ARGS, ...extraArgs],
  });
  return {
    context,
    profile,
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/**
 * A new page of `context` once the browser's own start-up has settled (its GPU process,
 * SwiftShader, the profile's first writes: ≈ 0.3–0.5 s of work after launch here), so that a cold
 * start measures the page's load, not the browser's: an empty page, then half a second.
 * `npm run bench`, `bench:ab` and `bench:floor` all start this way.
 */
export async function settledPage(context: BrowserContext): Promise<Page> {
  const page = await context.newPage();
  await page.goto('about:blank');
  await page.waitForTimeout(500);
  return page;
}
