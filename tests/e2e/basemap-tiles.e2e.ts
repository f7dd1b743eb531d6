/**
 * Any static host serves the dashboard without errors: MapLibre asks only for tiles and glyphs
 * that the build wrote. On a host with a single-page-app fallback (every unknown path answers
 * index.html with 200, as `vite preview`, Netlify and others do) a request for a missing tile
 * got HTML and logged "Unable to parse the tile"; on `npm start` it got 404 (issue 13).
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Response } from 'playwright-core';
import sirv from 'sirv';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDashboard, openSession, type Session, waitForMapIdle } from './support/browser';

/** Views across the world and the region: every zoom of both tile sets, their edges, and beyond. */
const TOUR: ReadonlyArray<{ center: [number, number]; zoom: number }> = [
  { center: [0, 0], zoom: 0 },
  { center: [180, 0], zoom: 3 }, // across the antimeridian
  { center: [-146, 31], zoom: 4 }, // world/4/1/6: open Pacific
  { center: [10, 50], zoom: 6 }, // outside the detail box: the world tiles over-zoomed
  { center: [100, 46], zoom: 6 }, // a corner of the detail box
  { center: [121, 24], zoom: 5 },
  { center: [118.3, 24.4], zoom: 7.5 },
  { center: [119.9, 26.15], zoom: 11 }, // Matsu: the detail tiles over-zoomed
];

/** Smaller than the default: each frame costs software WebGL less, and the tour visits many. */
const VIEWPORT = { width: 800, height: 500 };

interface TileAnswer {
  readonly url: string;
  readonly status: number;
  readonly contentType: string;
}

/** Open the dashboard at `baseUrl`, visit every view of the tour, and return what the basemap's
 *  tile and glyph requests were answered with. */
async function tour(s: Session, baseUrl: string): Promise<TileAnswer[]> {
  const answers: TileAnswer[] = [];
  const record = (r: Response) => {
    const path = new URL(r.url()).pathname;
    if (path.startsWith('/basemap-tiles/') || path.startsWith('/glyphs/'))
      answers.push({
        url: path,
        status: r.status(),
        contentType: r.headers()['content-type'] ?? '',
      });
  };
  s.page.on('response', record);
  await openDashboard({ ...s, baseUrl });
  for (const view of TOUR) {
    await s.page.evaluate((v) => window.__map!.jumpTo(v), view);
    await waitForMapIdle(s.page);
  }
  s.page.off('response', record);
  return answers;
}

describe('on a host with a single-page-app fallback', () => {
  let s: Session;
  let server: Server;
  let answers: TileAnswer[];
  beforeAll(async () => {
    // ignores: false — sirv by default keeps paths with an extension out of its fallback; the
    // hosts named above do not.
    const files = sirv('dist', { single: true, ignores: false });
    server = createServer((req, res) => files(req, res));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    s = await openSession(VIEWPORT);
    answers = await tour(s, `http://127.0.0.1:${port}/`);
  }, 120_000);
  afterAll(async () => {
    await s.close();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  });

  it('the fallback is real: an unknown path answers index.html with 200', async () => {
    const answer = await s.page.evaluate(async () => {
      const r = await fetch('/basemap-tiles/no-such-set/4/1/6.pbf');
      return { status: r.status, type: r.headers.get('content-type') ?? '' };
    });
    expect(answer).toEqual({ status: 200, type: expect.stringContaining('text/html') });
  });

  it('answers every tile and glyph request with a file, never with HTML', () => {
    expect(answers.filter((a) => a.url.includes('/world/4/')).length).toBeGreaterThan(5);
    expect(answers.filter((a) => a.url.includes('/detail/7/')).length).toBeGreaterThan(0);
    expect(answers.filter((a) => a.url.startsWith('/glyphs/')).length).toBeGreaterThan(0);
    const wrong = answers.filter((a) => a.status >= 400 || a.contentType.includes('text/html'));
    expect(wrong).toEqual([]);
  });

  it('logs no console error across the tour', () => {
    expect(s.errors).toEqual([]);
  });

  it('asks npm start’s server for nothing it answers 404 (the same requests, replayed)', async () => {
    const urls = [...new Set(answers.map((a) => a.url))];
    expect(urls.length).toBeGreaterThan(15);
    const statuses = await Promise.all(
      urls.map(async (url) => ({ url, status: (await fetch(new URL(url, s.baseUrl))).status })),
    );
    expect(statuses.filter((r) => r.status !== 200)).toEqual([]);
  });
});
