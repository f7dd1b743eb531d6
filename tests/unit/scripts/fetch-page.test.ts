/** fetchPage against a local server on 127.0.0.1 (never the internet): each limit refuses. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type FetchLimits, fetchPage } from '../../../scripts/commands/fetch-page';
import { fixturePage, page, servePages } from '../../support/pages';

const LIMITS: FetchLimits = { timeoutMs: 1_000, maxBytes: 64 * 1024, maxRedirects: 2 };
const NEWS = fixturePage('news-article.html').bytes;

describe('fetchPage', () => {
  let server: Awaited<ReturnType<typeof servePages>>;
  let origin: string;
  beforeAll(async () => {
    const redirect = (to: string) => (_: unknown, response: import('node:http').ServerResponse) =>
      response.writeHead(302, { location: to }).end();
    server = await servePages({
      '/news.html': page(NEWS),
      '/big5.html': page(fixturePage('big5.html').bytes, 'text/html; charset=big5'),
      '/plain.txt': page('Taipei, 16 April.\n', 'text/plain'),
      '/hop1': redirect('/hop2'),
      '/hop2': redirect('/news.html'),
      '/loop1': redirect('/loop2'),
      '/loop2': redirect('/loop3'),
      '/loop3': redirect('/news.html'),
      '/to-file': redirect('file:///etc/passwd'),
      '/data.json': page('{"a":1}', 'application/json'),
      '/no-type': (_, response) => response.writeHead(200).end('<p>hi</p>'),
      '/large-declared': page(new Uint8Array(LIMITS.maxBytes + 1)),
      '/large-streamed': (_, response) => {
        response.writeHead(200, { 'content-type': 'text/html' });
        const chunk = new Uint8Array(16 * 1024).fill(0x61);
        for (let i = 0; i < 5; i++) response.write(chunk);
        response.end();
      },
      '/slow': (_, response) => {
        response.writeHead(200, { 'content-type': 'text/html' });
        response.write('<p>The first half');
        // Never ends: the time limit must.
      },
    });
    origin = server.origin;
  });
  afterAll(() => server.close());

  it('fetches an HTML page with its media type, charset, final address and retrieval time', async () => {
    const before = Date.now();
    const fetched = await fetchPage(`${origin}/news.html`, LIMITS);
    expect(Buffer.from(fetched.bytes).equals(NEWS)).toBe(true);
    expect(fetched).toMatchObject({
      url: `${origin}/news.html`,
      mediaType: 'text/html',
      charset: 'utf-8',
    });
    expect(Date.parse(fetched.retrieved)).toBeGreaterThanOrEqual(before - 1);
  });

  it('follows redirects up to the limit and gives where it ended', async () => {
    const fetched = await fetchPage(`${origin}/hop1`, LIMITS);
    expect(fetched.url).toBe(`${origin}/news.html`);
  });

  it('takes plain text, and the charset of a Big5 answer', async () => {
    expect((await fetchPage(`${origin}/plain.txt`, LIMITS)).mediaType).toBe('text/plain');
    expect((await fetchPage(`${origin}/big5.html`, LIMITS)).charset).toBe('big5');
  });

  it.each([
    ['/loop1', /\/loop1: more than 2 redirects \(the last to \/news\.html\): refused$/],
    [
      '/to-file',
      /\/to-file redirects to file:\/\/\/etc\/passwd, which is not an http or https URL \(file\)/,
    ],
    [
      '/data.json',
      /\/data\.json: the content type is application\/json, not an HTML page or plain text/,
    ],
    ['/no-type', /\/no-type: the content type is not given, not an HTML page or plain text/],
    ['/large-declared', /\/large-declared: the page is larger than 65,536 bytes: refused$/],
    ['/large-streamed', /\/large-streamed: the page is larger than 65,536 bytes: refused$/],
    ['/slow', /\/slow: no complete answer within 1 s: refused$/],
    ['/missing', /\/missing: the server answered 404 Not Found$/],
  ])('refuses %s, saying why', async (path, reason) => {
    await expect(fetchPage(`${origin}${path}`, LIMITS)).rejects.toThrow(reason);
  });

  it.each([
    [
      'ftp://127.0.0.1/page.html',
      'ftp://127.0.0.1/page.html is not an http or https URL (ftp): only web pages are fetched',
    ],
    [
      'file:///etc/hosts',
      'file:///etc/hosts is not an http or https URL (file): only web pages are fetched',
    ],
  ])('refuses %s before any request', async (address, reason) => {
    await expect(fetchPage(address, LIMITS)).rejects.toThrow(reason);
  });
});
