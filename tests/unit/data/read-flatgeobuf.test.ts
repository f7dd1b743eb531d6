/**
 * readIncidentsInBox: the incidents of a box from `npm run gen -- --fgb`'s incidents.fgb, over
 * HTTP range requests from the preview server (serveDist with the dataset route), and nothing
 * more; clear errors when the file cannot be read.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { datasetRoute } from '../../../scripts/dataset/dataset-route';
import { measureBoxRead } from '../../../scripts/dataset/fgb-bbox';
import { generate } from '../../../scripts/commands/gen';
import { readIncidentsInBox } from '../../../src/lib/data/read-flatgeobuf';
import type { LonLatBox } from '../../../src/lib/model/lon-lat-box';
import { serveDist } from '../../../scripts/browser/serve-dist';
import { syntheticColumns } from '../../../src/lib/gen/synthetic-columns';
import { incidentFlatProperties } from '../../../src/lib/model/incident-flat-properties';
import type { Incident } from '../../../src/lib/model/schema';
import { INCIDENT_CATEGORIES } from '../../../src/lib/model/vocabulary';

const N = 600;
const SEED = 5;
const ROOT = mkdtempSync(join(tmpdir(), 'straitwatch-fgb-'));
const DATASETS = join(ROOT, 'datasets');
const DIR = join(DATASETS, 'fgb-test');
const COLUMNS = syntheticColumns(N, SEED);
const STRAIT: LonLatBox = { west: 119, south: 22, east: 122.5, north: 26 };
const EVERYWHERE: LonLatBox = { west: -180, south: -90, east: 180, north: 90 };
let server: Server;
let fileUrl: string;
let base: string;

beforeAll(async () => {
  // flatgeobuf's index search logs every step with console.debug.
  vi.spyOn(console, 'debug').mockImplementation(() => {});
  generate({ n: N, seed: SEED, out: DIR, force: false, fgb: true });
  mkdirSync(join(ROOT, 'app'));
  const served = await serveDist(join(ROOT, 'app'), 0, datasetRoute(DIR, DATASETS));
  server = served.server;
  base = served.url;
  fileUrl = `${base}datasets/fgb-test/incidents.fgb`;
});
afterAll(() => {
  server.close();
  rmSync(ROOT, { recursive: true, force: true });
});

/** Generated incident i's id, as `npm run gen` numbers them. */
const idOf = (i: number) => `syn-s${SEED}-${String(i + 1).padStart(6, '0')}`;
const rowOf = (id: string) => Number(id.slice(id.lastIndexOf('-') + 1)) - 1;
/** The generated incidents whose points lie in the box (edges inside), by id. */
function expectedIds(box: LonLatBox): string[] {
  const ids: string[] = [];
  for (let i = 0; i < N; i++) {
    const lon = COLUMNS.lon[i]!;
    const lat = COLUMNS.lat[i]!;
    if (lon >= box.west && lon <= box.east && lat >= box.south && lat <= box.north)
      ids.push(idOf(i));
  }
  return ids;
}

interface Exchange {
  readonly range: string | null;
  readonly status: number;
  readonly bytes: number;
}
/** Node's fetch, noting each request's Range header, status and body size. */
function recordingFetch(): { fetch: typeof fetch; exchanges: Exchange[] } {
  const exchanges: Exchange[] = [];
  return {
    exchanges,
    fetch: async (input, init) => {
      const response = await fetch(input, init);
      exchanges.push({
        range: new Headers(init?.headers).get('range'),
        status: response.status,
        bytes: Number(response.headers.get('content-length')),
      });
      return response;
    },
  };
}

describe('readIncidentsInBox', () => {
  it('returns exactly the incidents whose points lie in the box, sorted by day', async () => {
    const { columns, truncated } = await readIncidentsInBox(fileUrl, STRAIT);
    const expected = expectedIds(STRAIT);
    expect(expected.length).toBeGreaterThan(50);
    expect(expected.length).toBeLessThan(N);
    expect(truncated).toBe(false);
    expect(columns.size).toBe(expected.length);
    expect([...columns.ids].sort()).toEqual(expected);
    for (let k = 0; k < columns.size; k++) {
      const i = rowOf(columns.ids[k]!);
      expect(columns.day[k]).toBe(COLUMNS.day[i]);
      expect(INCIDENT_CATEGORIES[columns.category[k]!]).toBe(
        INCIDENT_CATEGORIES[COLUMNS.category[i]!],
      );
      expect([columns.lon[k], columns.lat[k]]).toEqual([COLUMNS.lon[i], COLUMNS.lat[i]]);
      if (k > 0) expect(columns.day[k]).toBeGreaterThanOrEqual(columns.day[k - 1]!);
    }
  });

  it("gives each row's text and figures as the generated incident has them", async () => {
    const incidents = new Map<string, Incident>();
    const manifest = JSON.parse(readFileSync(join(DIR, 'manifest.json'), 'utf8')) as {
      incidentFiles: string[];
    };
    for (const path of manifest.incidentFiles) {
      const json = JSON.parse(readFileSync(join(DIR, path), 'utf8')) as { features: Incident[] };
      for (const f of json.features) incidents.set(f.id, f);
    }
    const { columns, properties } = await readIncidentsInBox(fileUrl, EVERYWHERE);
    expect(columns.size).toBe(N);
    for (let k = 0; k < columns.size; k++) {
      const flat = incidentFlatProperties(incidents.get(columns.ids[k]!)!);
      expect({
        title: properties.title[k],
        place: properties.place[k],
        date: properties.date[k],
        source: properties.source[k],
        quoteStart: properties.quoteStart[k],
        quoteEnd: properties.quoteEnd[k],
        quote: properties.quote[k],
        aircraft: Number.isNaN(columns.aircraft[k]) ? null : columns.aircraft[k],
        ships: Number.isNaN(columns.ships[k]) ? null : columns.ships[k],
      }).toEqual({
        title: flat.title,
        place: flat.place,
        date: flat.date,
        source: flat.source,
        quoteStart: flat.quoteStart,
        quoteEnd: flat.quoteEnd,
        quote: flat.quote,
        aircraft: flat.aircraft,
        ships: flat.ships,
      });
    }
  });

  it('makes only range requests, answered 206, and fetches less than the file for a small box', async () => {
    const { fetch, exchanges } = recordingFetch();
    const small: LonLatBox = { west: 121.4, south: 24.9, east: 122.1, north: 25.6 };
    const { columns, requests, bytes } = await readIncidentsInBox(fileUrl, small, { fetch });
    expect(columns.size).toBe(expectedIds(small).length);
    expect(columns.size).toBeGreaterThan(0);
    expect(exchanges.length).toBe(requests);
    expect(exchanges.every((e) => e.status === 206 && /^bytes=\d+-\d*$/.test(e.range!))).toBe(true);
    expect(exchanges.reduce((sum, e) => sum + e.bytes, 0)).toBe(bytes);
    expect(bytes).toBeLessThan(statSync(join(DIR, 'incidents.fgb')).size / 2);
  });

  it('reads an empty box with no feature request', async () => {
    const { fetch, exchanges } = recordingFetch();
    const sea: LonLatBox = { west: 170, south: -40, east: 171, north: -39 };
    const { columns, truncated } = await readIncidentsInBox(fileUrl, sea, { fetch });
    expect(columns.size).toBe(0);
    expect(truncated).toBe(false);
    expect(exchanges).toHaveLength(1); // the header and the top of the index
  });

  it('stops at the limit and says so', async () => {
    const count = expectedIds(STRAIT).length;
    const cut = await readIncidentsInBox(fileUrl, STRAIT, { limit: 40 });
    expect(cut.columns.size).toBe(40);
    expect(cut.truncated).toBe(true);
    expect(cut.properties.title).toHaveLength(40);
    expect(new Set(cut.columns.ids).size).toBe(40);
    expect(cut.columns.ids.every((id) => expectedIds(STRAIT).includes(id))).toBe(true);
    const exact = await readIncidentsInBox(fileUrl, STRAIT, { limit: count });
    expect([exact.columns.size, exact.truncated]).toEqual([count, false]);
    const none = await readIncidentsInBox(fileUrl, STRAIT, { limit: 0 });
    expect([none.columns.size, none.truncated]).toEqual([0, true]);
  });

  it('names the URL and the reason when the file is missing or not a FlatGeobuf', async () => {
    const missing = `${base}datasets/fgb-test/missing.fgb`;
    await expect(readIncidentsInBox(missing, STRAIT)).rejects.toThrow(
      `Cannot read ${missing}: HTTP 404 Not Found`,
    );
    const manifest = `${base}datasets/fgb-test/manifest.json`;
    await expect(readIncidentsInBox(manifest, STRAIT)).rejects.toThrow(
      `Cannot read ${manifest}: not a FlatGeobuf file`,
    );
  });

  it('refuses a host that ignores range requests rather than download the whole file', async () => {
    const noRanges: typeof fetch = (input) => fetch(input); // drops the Range header
    await expect(readIncidentsInBox(fileUrl, STRAIT, { fetch: noRanges })).rejects.toThrow(
      `Cannot read ${fileUrl}: the server answered a range request (bytes=0-`,
    );
  });

  it('rejects an aborted read with an AbortError naming the URL', async () => {
    const controller = new AbortController();
    controller.abort();
    const read = readIncidentsInBox(fileUrl, STRAIT, { signal: controller.signal });
    await expect(read).rejects.toThrow(`Reading ${fileUrl} was aborted`);
    await expect(read).rejects.toHaveProperty('name', 'AbortError');
  });

  it('rejects a box it cannot read', async () => {
    await expect(
      readIncidentsInBox(fileUrl, { west: 122, south: 22, east: 119, north: 26 }),
    ).rejects.toThrow('west ≤ east');
  });
});

describe('scripts/dataset/fgb-bbox.ts', () => {
  it('measures a box read from the preview server: requests, statuses and bytes', async () => {
    const m = await measureBoxRead(DIR, STRAIT, { datasetsRoot: DATASETS });
    expect(m.features).toBe(expectedIds(STRAIT).length);
    expect(m.statuses.every((s) => s === 206)).toBe(true);
    expect(m.requests).toBe(m.statuses.length);
    expect(m.bytes).toBeGreaterThan(0);
    expect(m.fileBytes).toBe(statSync(join(DIR, 'incidents.fgb')).size);
  });
});
