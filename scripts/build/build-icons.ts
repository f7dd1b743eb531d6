/**
 * build-icons.ts — the web app manifest's PNG icons, drawn from src/assets/favicon.svg.
 *
 * Run:  npx tsx scripts/build/build-icons.ts        (after changing the favicon; the PNGs are committed)
 *
 * Debian's headless Chromium (playwright-core, as the tests use it) draws the SVG at each size on
 * a transparent page with no network, and the screenshot is written to public/icons/, which Vite
 * copies into the build beside public/manifest.webmanifest.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { launchChromium } from '../browser/chromium-args.ts';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const SVG = join(ROOT, 'src', 'assets', 'favicon.svg');
const OUT_DIR = join(ROOT, 'public', 'icons');
/** The sizes browsers ask an installable app for. */
const SIZES = [192, 512];

const svg = `data:image/svg+xml;base64,${readFileSync(SVG).toString('base64')}`;
mkdirSync(OUT_DIR, { recursive: true });
const browser = await launchChromium('straitwatch-icons-', { width: 512, height: 512 });
try {
  const page = browser.context.pages()[0] ?? (await browser.context.newPage());
  for (const size of SIZES) {
    await page.setContent(
      `<style>html,body{margin:0;background:transparent}</style>` +
        `<img src="${svg}" width="${size}" height="${size}" style="display:block">`,
    );
    await page.locator('img').evaluate((img: HTMLImageElement) => img.decode());
    const path = join(OUT_DIR, `icon-${size}.png`);
    await page.screenshot({
      path,
      omitBackground: true,
      clip: { x: 0, y: 0, width: size, height: size },
    });
    console.log(`  ${path.slice(ROOT.length + 1)}  ${size}×${size}`);
  }
} finally {
  await browser.close();
}
