/**
 * A saved web page dropped on the import panel: the same article text, metadata and drafts as
 * `npm run ingest -- page.html` gives for the same page (computed here by the command's own
 * code), with the metadata and where each field came from shown and editable before the drafts
 * are read; the page's script never runs and nothing leaves the origin.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ingestPage } from '../../scripts/commands/ingest';
import { parseHtml } from '../../scripts/commands/parse-html';
import type { ImportedFile } from '../../src/lib/import/imported-file';
import { readPage } from '../../src/lib/page/read-page';
import { copyGeodata, removeGeodataCopies } from '../support/ingest';
import { fixturePage } from '../support/pages';
import { listedIncidentIds, openDashboard, openSession, type Session } from './support/browser';

const NEWS = fixturePage('news-article.html');
const EDITED_TITLE = 'Aircraft and warships around Taiwan, 16 April';
const drop = (name: string, bytes: Buffer) => ({ name, mimeType: 'text/html', buffer: bytes });

describe('a saved page imported in the browser', () => {
  let s: Session;
  beforeAll(async () => {
    s = await openSession({ width: 1440, height: 900 });
    await openDashboard(s);
  });
  afterAll(async () => {
    await s.close();
    removeGeodataCopies();
  });

  const chooser = () => s.page.getByLabel('Import a file');
  const form = () => s.page.getByRole('form', { name: 'About the source text' });
  const originOf = (field: string) =>
    s.page
      .locator(`#from-${field}`)
      .textContent()
      .then((t) => t?.trim());

  it('shows what the page says about itself and where each field came from', async () => {
    await chooser().setInputFiles(drop('news-article.html', NEWS.bytes));
    await expect.poll(() => form().getByLabel('Outlet').count(), { timeout: 20_000 }).toBe(1);
    expect(await form().getByLabel('Outlet').inputValue()).toBe('Strait Daily');
    expect(await form().getByLabel('Published').inputValue()).toBe('2023-04-16');
    expect(await form().getByLabel('URL').inputValue()).toBe(
      'https://news.example.org/world/taiwan-aircraft-2023-04-16',
    );
    expect(await originOf('outlet')).toBe('from the page: JSON-LD NewsArticle.publisher');
    expect(await originOf('published')).toBe('from the page: JSON-LD NewsArticle.datePublished');
    expect(await originOf('url')).toBe('from the page: <link rel="canonical">');
    expect(await originOf('language')).toBe('from the page: <html lang>');
    expect(await form().textContent()).toContain('at 2023-04-16T09:30:00+08:00, kept with the day');
  });

  it('says a field was edited, and gives the same source and drafts as npm run ingest', async () => {
    await form().getByLabel('Title').fill(EDITED_TITLE);
    expect(await originOf('title')).toBe(
      "edited (the page's JSON-LD NewsArticle.headline says “Chinese aircraft and warships detected around Taiwan”)",
    );
    await s.page.screenshot({ path: 'test-output/page-import-review.png' });
    await form().getByRole('button', { name: 'Read drafts' }).click();
    const drafts = s.page.getByRole('region', { name: 'Draft incidents' });
    const accept = drafts.getByRole('button', { name: /^Accept draft: / });
    await expect.poll(() => accept.count(), { timeout: 20_000 }).toBeGreaterThan(0);
    while ((await accept.count()) > 0) {
      const before = await accept.count();
      await accept.first().click();
      await expect.poll(() => accept.count()).toBe(before - 1);
    }

    const root = copyGeodata();
    const expected = await ingestPage({ root, page: NEWS.path, title: EDITED_TITLE });
    const stored = (await s.page.evaluate(() =>
      window.__dashboard!.imports.imports.filter((i) => i.kind === 'text'),
    )) as Extract<ImportedFile, { kind: 'text' }>[];
    expect(stored).toHaveLength(1);
    expect(stored[0]!.file).toBe('news-article.html');
    expect(stored[0]!.text).toBe(expected.text);
    expect(stored[0]!.meta).toEqual(expected.meta);
    const written = JSON.parse(
      readFileSync(join(root, `incidents/drafts/${expected.meta.id}.geojson`), 'utf8'),
    ) as { features: unknown[] };
    expect(stored[0]!.incidents).toEqual(written.features);
    expect(await listedIncidentIds(s.page)).toContain(`${expected.meta.id}-draft-01`);
  });

  it('marks the fields a page with only a <title> does not give, for the reader to fill', async () => {
    await chooser().setInputFiles(drop('title-only.html', fixturePage('title-only.html').bytes));
    await expect.poll(() => form().getByLabel('Outlet').count(), { timeout: 20_000 }).toBe(1);
    expect(await form().getByLabel('Outlet').inputValue()).toBe('');
    expect(await originOf('outlet')).toBe('not in the page: fill it in');
    expect(await originOf('published')).toBe('not in the page: fill it in');
    expect(await originOf('title')).toBe('from the page: <title>');
    expect(await originOf('language')).toBe('not in the page: en by default');
    await form().getByRole('button', { name: 'Cancel' }).click();
  });

  it('decodes a Big5 page by its declared charset to the same text as the command', async () => {
    const big5 = fixturePage('big5.html');
    await chooser().setInputFiles(drop('big5.html', big5.bytes));
    await expect.poll(() => form().getByLabel('Outlet').count(), { timeout: 20_000 }).toBe(1);
    const expected = readPage(big5.bytes, parseHtml);
    if (!expected.ok) throw new Error(expected.reason);
    const text = await s.page.evaluate(() => window.__dashboard!.imports.review.text?.text);
    expect(text).toBe(expected.text);
    expect(await form().getByLabel('Outlet').inputValue()).toBe('國防部');
    await form().getByRole('button', { name: 'Cancel' }).click();
  });

  it('refuses a page whose bytes are not valid in its declared encoding, naming the byte', async () => {
    await chooser().setInputFiles(
      drop('invalid-utf8.html', fixturePage('invalid-utf8.html').bytes),
    );
    const alert = s.page.getByRole('alert').filter({ hasText: 'invalid-utf8.html' });
    await expect.poll(() => alert.textContent()).toContain('nothing changed');
    expect(await alert.textContent()).toContain(
      'invalid-utf8.html: is not valid UTF-8 at byte 160 (0xE9, counting from 0)',
    );
  });

  it("never ran the page's script, inserted none of its markup, and made no request to another origin", async () => {
    expect(
      await s.page.evaluate(() => 'pageScriptRan' in window || '__pageScriptRan' in window),
    ).toBe(false);
    expect(await s.page.locator('body').textContent()).not.toContain('SCRIPT RAN');
    expect(await s.page.locator('img[src*="example.org"], link[href*="example.org"]').count()).toBe(
      0,
    );
    const origin = new URL(s.baseUrl).origin;
    expect(s.requests.filter((url) => !url.startsWith(origin) && !url.startsWith('blob:'))).toEqual(
      [],
    );
    // The page's <img onerror> in DOMParser's inert document: Chromium checks its address
    // against the app's CSP (img-src 'self': refused, no request), fires its error event, and
    // refuses the inline handler under script-src 'self', saying so in the console. Nothing
    // runs (above); these reports are the only errors.
    const blocked =
      /^Executing inline event handler violates the following Content Security Policy directive 'script-src 'self''/;
    expect(s.errors.filter((e) => !blocked.test(e))).toEqual([]);
  });
});
