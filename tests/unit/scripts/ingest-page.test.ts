/**
 * `npm run ingest -- PAGE` on a temporary copy of geodata/: a saved page or one served on
 * 127.0.0.1 becomes a source with its text, metadata, URL and checksums, and drafts; every
 * refusal writes nothing.
 */
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { promisify } from 'node:util';
import * as v from 'valibot';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
  ingestPage,
  isPage,
  MissingMetadataError,
  pageReport,
} from '../../../scripts/commands/ingest';
import { parseHtml } from '../../../scripts/commands/parse-html';
import { readVerifyInput } from '../../../scripts/commands/verify';
import { verifyGeodata } from '../../../src/lib/ingest/verify-geodata';
import { formatIssue } from '../../../src/lib/model/data-issue';
import { sourceMetaSchema } from '../../../src/lib/model/schema';
import { readPage } from '../../../src/lib/page/read-page';
import { copyGeodata, removeGeodataCopies } from '../../support/ingest';
import { fixturePage, page, servePages } from '../../support/pages';

const sha256 = (data: string | Uint8Array) => createHash('sha256').update(data).digest('hex');
const NEWS = fixturePage('news-article.html');
const ID = 'strait-daily-2023-04-16';
const LIMITS = { timeoutMs: 1_000, maxBytes: 64 * 1024, maxRedirects: 2 };

/** Every file under `root` with its size and time: what a refusal must leave as it was. */
function files(root: string): string[] {
  const list: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else list.push(`${relative(root, path)} ${statSync(path).size} ${statSync(path).mtimeMs}`);
    }
  };
  walk(root);
  return list.sort();
}

afterEach(removeGeodataCopies);

// Each test reads the model and the gazetteer and runs the extractor, as the command does: a
// few seconds each on a busy machine.
describe('ingest of a page', { timeout: 30_000 }, () => {
  let server: Awaited<ReturnType<typeof servePages>>;
  beforeAll(async () => {
    server = await servePages({
      '/page.html': page(NEWS.bytes),
      '/moved': (_, response) => response.writeHead(301, { location: '/page.html' }).end(),
      '/far': (_, response) => response.writeHead(302, { location: '/far1' }).end(),
      '/far1': (_, response) => response.writeHead(302, { location: '/far2' }).end(),
      '/far2': (_, response) => response.writeHead(302, { location: '/page.html' }).end(),
      '/plain.txt': page(
        "Taiwan's defence ministry said on Saturday it had detected 13 Chinese aircraft around the island.\n",
        'text/plain; charset=utf-8',
      ),
      '/data.json': page('{}', 'application/json'),
      '/large.html': page(new Uint8Array(LIMITS.maxBytes + 1).fill(0x61)),
      '/slow.html': (_, response) => void response.writeHead(200, { 'content-type': 'text/html' }),
    });
  });
  afterAll(() => server.close());

  it('stores a saved page’s article text, its metadata and both checksums, and writes drafts verify accepts', async () => {
    const root = copyGeodata();
    const result = await ingestPage({ root, page: NEWS.path, added: '2026-12-01' });
    const expected = readPage(NEWS.bytes, parseHtml);
    if (!expected.ok) throw new Error(expected.reason);
    const text = readFileSync(join(root, `sources/${ID}.txt`), 'utf8');
    expect(text).toBe(expected.text);
    const meta = JSON.parse(readFileSync(join(root, `sources/${ID}.json`), 'utf8'));
    expect(v.parse(sourceMetaSchema, meta)).toEqual({
      id: ID,
      outlet: 'Strait Daily',
      title: 'Chinese aircraft and warships detected around Taiwan',
      published: '2023-04-16',
      publishedAt: '2023-04-16T09:30:00+08:00',
      added: '2026-12-01',
      language: 'en-GB',
      url: 'https://news.example.org/world/taiwan-aircraft-2023-04-16',
      author: 'Lin Mei, Sam Hart',
      sha256: sha256(text),
      pageSha256: sha256(NEWS.bytes),
    });
    expect(meta.retrieved).toBeUndefined(); // a saved file says nothing of when it was fetched
    const drafts = JSON.parse(readFileSync(join(root, `incidents/drafts/${ID}.geojson`), 'utf8'));
    expect(drafts.features.length).toBeGreaterThan(0);
    expect(result.written).toHaveLength(3);
    const report = verifyGeodata(readVerifyInput(root));
    expect([...report.errors, ...report.draftErrors].map(formatIssue)).toEqual([]);
    expect(pageReport(result)).toContainEqual(
      '  outlet      Strait Daily  ← JSON-LD NewsArticle.publisher',
    );
  });

  it('stores a fetched page with the address it came from and when it was retrieved', async () => {
    const root = copyGeodata();
    const before = new Date().toISOString();
    await ingestPage({
      root,
      page: `${server.origin}/moved`,
      url: `${server.origin}/page.html`,
      fetchLimits: LIMITS,
    });
    const meta = JSON.parse(readFileSync(join(root, `sources/${ID}.json`), 'utf8'));
    expect(meta.url).toBe(`${server.origin}/page.html`);
    expect(meta.pageSha256).toBe(sha256(NEWS.bytes));
    expect(meta.retrieved >= before && meta.retrieved <= new Date().toISOString()).toBe(true);
  });

  it('lets the flags override what the page says, and drops a date-time of another day', async () => {
    const root = copyGeodata();
    const result = await ingestPage({
      root,
      page: NEWS.path,
      outlet: 'Strait Daily (print)',
      published: '2023-04-17',
      title: 'Aircraft and warships',
    });
    expect(result.meta).toMatchObject({
      id: 'strait-daily-print-2023-04-17',
      outlet: 'Strait Daily (print)',
      published: '2023-04-17',
      title: 'Aircraft and warships',
    });
    expect(result.meta.publishedAt).toBeUndefined();
    expect(result.from).toMatchObject({ outlet: '--outlet', published: '--published' });
  });

  it('takes a plain-text answer as the text itself, with the fetched address as its URL', async () => {
    const root = copyGeodata();
    const result = await ingestPage({
      root,
      page: `${server.origin}/plain.txt`,
      outlet: 'Wire',
      title: 'Aircraft',
      published: '2023-04-16',
      fetchLimits: LIMITS,
    });
    expect(result.text).toBe(
      "Taiwan's defence ministry said on Saturday it had detected 13 Chinese aircraft around the island.\n",
    );
    expect(result.meta.url).toBe(`${server.origin}/plain.txt`);
    expect(result.from['url']).toBe('fetched from');
  });

  it('asks for each required field the page does not give, by name, and writes nothing', async () => {
    const root = copyGeodata();
    const before = files(root);
    const refusal = ingestPage({ root, page: fixturePage('title-only.html').path });
    await expect(refusal).rejects.toThrow(MissingMetadataError);
    await expect(refusal).rejects.toThrow(
      'the page gives no outlet: pass --outlet "…"\nthe page gives no publication date: pass --published YYYY-MM-DD',
    );
    expect(files(root)).toEqual(before);
  });

  it.each([
    ['invalid-utf8.html', /invalid-utf8\.html is not valid UTF-8 at byte 160/],
    ['not-html.html', /not-html\.html is not an HTML page/],
    ['empty.html', /empty\.html is empty/],
    ['empty-article.html', /empty-article\.html has no article/],
  ])('refuses the saved page %s and writes nothing', async (name, reason) => {
    const root = copyGeodata();
    const before = files(root);
    const options = { outlet: 'Wire', title: 'T', published: '2023-04-16' };
    await expect(ingestPage({ root, page: fixturePage(name).path, ...options })).rejects.toThrow(
      reason,
    );
    expect(files(root)).toEqual(before);
  });

  it.each([
    ['/far', /more than 2 redirects/],
    ['/data.json', /the content type is application\/json/],
    ['/large.html', /larger than 65,536 bytes/],
    ['/slow.html', /no complete answer within 1 s/],
    ['/gone.html', /the server answered 404/],
  ])('refuses the address %s and writes nothing', async (path, reason) => {
    const root = copyGeodata();
    const before = files(root);
    await expect(
      ingestPage({ root, page: `${server.origin}${path}`, fetchLimits: LIMITS }),
    ).rejects.toThrow(reason);
    expect(files(root)).toEqual(before);
  });

  it('refuses an address that is not http or https and writes nothing', async () => {
    const root = copyGeodata();
    const before = files(root);
    await expect(ingestPage({ root, page: 'ftp://127.0.0.1/page.html' })).rejects.toThrow(
      'ftp://127.0.0.1/page.html is not an http or https URL (ftp)',
    );
    expect(files(root)).toEqual(before);
  });

  it.each([
    ['page.html', true],
    ['Page.HTM', true],
    ['https://example.org/news/1', true],
    ['ftp://example.org/a', true],
    ['dispatch.txt', false],
    ['notes/2023.md', false],
  ])('takes %s as a page: %s', (argument, expected) => {
    expect(isPage(argument)).toBe(expected);
  });

  it('works from the command line: a page served here, and exit 2 naming a missing field', async () => {
    const root = copyGeodata();
    // Not execFileSync: the server answering the command runs in this process. The command as
    // `npm run ingest` starts it (package.json): through its bundle, not tsx.
    const run = (...args: string[]) =>
      promisify(execFile)(
        'node',
        ['scripts/commands/run-bundled.mjs', 'scripts/commands/ingest.ts', ...args, '--root', root],
        { encoding: 'utf8' },
      );
    const { stdout, stderr } = await run(`${server.origin}/page.html`);
    expect(stdout).toContain(`Read ${server.origin}/page.html (UTF-8):`);
    expect(stderr).toBe('');
    // It ran from its startup snapshot (scripts/commands/run-bundled.mjs): one was taken with the bundle.
    const cache =
      process.env['STRAITWATCH_SCRIPT_CACHE'] ?? 'node_modules/.cache/straitwatch-scripts';
    const built = JSON.parse(readFileSync(join(cache, 'ingest.inputs.json'), 'utf8')) as {
      snapshotSize?: number;
    };
    expect(built.snapshotSize).toBeGreaterThan(0);
    expect(stdout).toContain(`Stored ${ID} (sha256 `);
    const refused = await run(fixturePage('title-only.html').path, '--outlet', 'Wire').catch(
      (error: { code: number; stderr: string }) => error,
    );
    expect(refused).toMatchObject({
      code: 2,
      stderr: 'ingest: the page gives no publication date: pass --published YYYY-MM-DD\n',
    });
  }, 120_000);
});
