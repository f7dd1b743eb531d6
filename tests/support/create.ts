/**
 * Builders for test inputs: valid by default, changed by overrides, frozen so a test also proves
 * the code under test does not mutate its input.
 */
import { createHash } from 'node:crypto';
import { deepFreeze } from '../../src/lib/model/parse-feature-collection';
import type { RawFiles } from '../../src/lib/model/build-model';
import type { BoxRead } from '../../src/lib/model/box-read';
import {
  FLAG_APPROXIMATE_PLACE,
  FLAG_BOX_READ,
  type IncidentColumns,
} from '../../src/lib/model/incident-columns';

export const SOURCE_TEXT =
  'Ships seen\n\nOn Sunday, the ministry said it had detected four warships and 18 aircraft near the island.\n\nThe destroyer sailed through the strait on April 16 (local time).';
export const SOURCE_ID = 'test-source';
export const PUBLISHED = '2023-04-17';

export function createSourceMeta(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return deepFreeze({
    id: SOURCE_ID,
    outlet: 'Test Wire',
    title: 'Ships seen',
    published: PUBLISHED,
    language: 'en',
    sha256: createHash('sha256').update(SOURCE_TEXT).digest('hex'),
    ...overrides,
  });
}

const sentence =
  'On Sunday, the ministry said it had detected four warships and 18 aircraft near the island.';
const start = SOURCE_TEXT.indexOf(sentence);

export function createQuote(overrides: Record<string, unknown> = {}) {
  return { source: SOURCE_ID, start, end: start + sentence.length, text: sentence, ...overrides };
}

/** A valid incident feature as it would be written in a file (plain JSON, not yet parsed). */
export function createIncidentJson(
  overrides: Record<string, unknown> = {},
  propertyOverrides: Record<string, unknown> = {},
) {
  const id = (propertyOverrides.id as string | undefined) ?? 'test-incident';
  return deepFreeze({
    type: 'Feature',
    id,
    geometry: { type: 'Point', coordinates: [121.0, 22.0] },
    properties: {
      id,
      title: 'Ministry detects warships and aircraft',
      category: 'air-activity',
      date: {
        value: '2023-04-16',
        precision: 'day',
        rule: 'weekday',
        basis: 'On Sunday',
        quote: 0,
        resolution: 'Sunday before publication',
      },
      actors: ['PLA'],
      place: { name: 'Near Taiwan', precision: 'schematic', feature: 'adiz/test-zone' },
      counts: [
        { unit: 'ships', value: 4, basis: 'four', quote: 0, what: 'warships' },
        { unit: 'aircraft', value: 18, basis: '18', quote: 0, what: 'aircraft' },
      ],
      quotes: [createQuote()],
      ...propertyOverrides,
    },
    ...overrides,
  });
}

export function createLayerFeatureJson(
  overrides: Record<string, unknown> = {},
  propertyOverrides: Record<string, unknown> = {},
) {
  const id = (propertyOverrides.id as string | undefined) ?? 'test-zone';
  return deepFreeze({
    type: 'Feature',
    id,
    geometry: {
      type: 'Polygon',
      coordinates: [
        [
          [120, 21],
          [122, 21],
          [122, 23],
          [120, 23],
          [120, 21],
        ],
      ],
    },
    properties: {
      id,
      name: 'Test zone',
      kind: 'zone',
      precision: 'schematic',
      source: 'Our construction for tests',
      drawing: 'A square around the test point',
      ...propertyOverrides,
    },
    ...overrides,
  });
}

export function collection(...features: unknown[]) {
  return deepFreeze({ type: 'FeatureCollection', features });
}

/** Raw files with one source, one layer file and one incident file, each replaceable. */
export function createRawFiles(
  parts: { layer?: unknown; incidents?: unknown; meta?: unknown; text?: string } = {},
): RawFiles {
  const text = parts.text ?? SOURCE_TEXT;
  return {
    layers: [
      {
        file: 'geodata/adiz.geojson',
        layerId: 'adiz',
        json: parts.layer ?? collection(createLayerFeatureJson()),
      },
    ],
    sources: [
      {
        file: 'geodata/sources/test-source.json',
        meta: parts.meta ?? createSourceMeta(),
        text,
        sha256: createHash('sha256').update(text).digest('hex'),
      },
    ],
    incidents: [
      {
        file: 'geodata/incidents/test-source.geojson',
        json: parts.incidents ?? collection(createIncidentJson()),
      },
    ],
  };
}

/**
 * Small incident columns from rows `[id, day, lon, lat, category index]`; the first row's place
 * is approximate and it reports 12 aircraft, the others report nothing. `flags` is OR-ed into
 * every row's flags (FLAG_BOX_READ for a box read's rows).
 */
export function createColumns(
  rows: readonly (readonly [string, number, number, number, number])[],
  flags = 0,
): IncidentColumns {
  return {
    size: rows.length,
    ids: rows.map((r) => r[0]),
    day: Int32Array.from(rows, (r) => r[1]),
    lon: Float64Array.from(rows, (r) => r[2]),
    lat: Float64Array.from(rows, (r) => r[3]),
    category: Uint8Array.from(rows, (r) => r[4]),
    flags: Uint8Array.from(rows, (_, i) => (i === 0 ? FLAG_APPROXIMATE_PLACE : 0) | flags),
    aircraft: Float32Array.from(rows, (_, i) => (i === 0 ? 12 : NaN)),
    ships: Float32Array.from(rows, () => NaN),
  };
}

/** Four rows read by box: the first approximate with 12 aircraft, then a month, a year, a day. */
export function createBoxRead(box = { west: 118, south: 20, east: 123, north: 27 }): BoxRead {
  return {
    box,
    columns: createColumns(
      [
        ['f1', 9, 119, 23, 1],
        ['f2', 10, 119.5, 23.5, 0],
        ['f3', 15, 120.5, 24.5, 1],
        ['f4', 20, 122, 26, 2],
      ],
      FLAG_BOX_READ,
    ),
    properties: {
      title: ['T1', 'T2', 'T3', 'T4'],
      place: ['Taiwan Strait', 'P2', 'P3', 'P4'],
      date: ['2021-01-01', '2021-02', '2021', '2021-01-04'],
      source: ['syn-s1-dispatch-2021-01-01', 's', 's', 's'],
      quoteStart: Int32Array.from([455, 0, 0, 0]),
      quoteEnd: Int32Array.from([528, 1, 1, 1]),
      quote: [
        'One US warship sailed through the Taiwan Strait on Friday, the navy said.',
        'a',
        'b',
        'c',
      ],
    },
    truncated: false,
  };
}
