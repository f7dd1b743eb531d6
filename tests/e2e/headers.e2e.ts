/**
 * The headers of the real server (`npm start`'s serveDist, as the browser tests run it), read by
 * Chromium off the page's own responses: index.html, a hashed script, a geodata file and a
 * basemap tile; and the app refusing to be framed by a page of another origin.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Response } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDashboard, openSession, type Session } from './support/browser';

const IMMUTABLE = 'public, max-age=31536000, immutable';

describe('response headers', () => {
  let s: Session;
  const responses: Response[] = [];
  beforeAll(async () => {
    s = await openSession();
    s.page.on('response', (r) => responses.push(r));
    await openDashboard(s);
  });
  afterAll(() => s.close());

  /** The headers of the first response whose path matches. */
  const headersOf = async (pattern: RegExp) => {
    const response = responses.find((r) => pattern.test(new URL(r.url()).pathname));
    expect(response, `a response for ${pattern}`).toBeDefined();
    expect(response!.status()).toBe(200);
    return response!.allHeaders();
  };

  const expectSecurityHeaders = (headers: Record<string, string>) => {
    const csp = headers['content-security-policy'] ?? '';
    expect(csp).toContain("default-src 'self'");
    for (const directive of ['frame-ancestors', 'base-uri', 'form-action', 'object-src'])
      expect(csp).toContain(`${directive} 'none'`);
    expect(headers['x-content-type-options']).toBe('nosniff');
    expect(headers['referrer-policy']).toBe('no-referrer');
  };

  it('sends index.html fresh, with the security headers', async () => {
    const headers = await headersOf(/^\/$/);
    expectSecurityHeaders(headers);
    expect(headers['cache-control']).toBe('no-cache');
    expect(headers['content-type']).toBe('text/html;charset=utf-8');
  });

  it('keeps a hashed script for good', async () => {
    const headers = await headersOf(/^\/assets\/index-[\w-]+\.js$/);
    expectSecurityHeaders(headers);
    expect(headers['cache-control']).toBe(IMMUTABLE);
    expect(headers['content-type']).toBe('text/javascript');
  });

  it('keeps a geodata file, named by its content, for good', async () => {
    const headers = await headersOf(/^\/assets\/adiz-[\w-]+\.geojson$/);
    expectSecurityHeaders(headers);
    expect(headers['cache-control']).toBe(IMMUTABLE);
    expect(headers['content-type']).toBe('application/geo+json');
  });

  it('sends basemap tiles and glyphs as protobuf, kept for good, and the map drew them', async () => {
    for (const pattern of [/^\/basemap-tiles\/[0-9a-f]{10}\/.+\.pbf$/, /^\/glyphs\/.+\.pbf$/]) {
      const headers = await headersOf(pattern);
      expectSecurityHeaders(headers);
      expect(headers['cache-control']).toBe(IMMUTABLE);
      expect(headers['content-type']).toBe('application/x-protobuf');
    }
    // nosniff did not stop MapLibre from using them: land and labels are on the map.
    const land = await s.page.evaluate(
      () => window.__map!.queryRenderedFeatures().filter((f) => f.sourceLayer === 'land').length,
    );
    expect(land).toBeGreaterThan(0);
    expect(s.errors).toEqual([]);
  });
});

describe('framing', () => {
  let s: Session;
  let other: Server;
  let otherUrl: string;
  const consoleErrors: string[] = [];
  beforeAll(async () => {
    s = await openSession();
    s.page.on('console', (m) => {
      if (m.type() === 'error') consoleErrors.push(m.text());
    });
    // Another origin (another port): a page that frames the app, and one that frames itself.
    other = createServer((req, res) => {
      res.setHeader('Content-Type', 'text/html; charset=utf-8');
      if (req.url === '/inner') res.end('<p id="inner">framed</p>');
      else if (req.url === '/self') res.end('<iframe src="/inner"></iframe>');
      else res.end(`<iframe src="${s.baseUrl}"></iframe>`);
    });
    await new Promise<void>((resolve) => other.listen(0, '127.0.0.1', resolve));
    otherUrl = `http://127.0.0.1:${(other.address() as AddressInfo).port}/`;
  });
  afterAll(async () => {
    await s.close();
    await new Promise<void>((resolve) => other.close(() => resolve()));
  });

  const childFrame = async () => {
    await expect.poll(() => s.page.frames().length).toBe(2);
    const frame = s.page.frames().find((f) => f !== s.page.mainFrame())!;
    await frame.waitForLoadState('load');
    return frame;
  };

  it('a page can frame a page that allows it (the check below can see a framed page)', async () => {
    await s.page.goto(`${otherUrl}self`);
    const frame = await childFrame();
    expect(await frame.locator('#inner').textContent()).toBe('framed');
  });

  it('refuses to be framed by a page of another origin (frame-ancestors)', async () => {
    await s.page.goto(otherUrl);
    const frame = await childFrame();
    expect(frame.url()).not.toBe(s.baseUrl);
    expect(await frame.evaluate(() => document.querySelector('#app'))).toBeNull();
    await expect
      .poll(() => consoleErrors.join('\n'))
      .toMatch(
        /violates the following Content Security Policy directive: "frame-ancestors 'none'"/,
      );
  });
});
