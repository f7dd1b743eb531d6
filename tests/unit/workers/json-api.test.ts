import { describe, expect, it } from 'vitest';
import { parseJsonInParts } from '../../../src/lib/workers/json-api';
import { parseJsonOffThread } from '../../../src/lib/workers/json-parser';
import { MAX_FILE_BYTES } from '../../../src/lib/model/parse-json-text';
import { VALUES_PER_PART } from '../../../src/lib/model/parts-by-weight';

const points = (n: number) =>
  Array.from({ length: n }, (_, i) => ({
    type: 'Feature',
    id: i,
    properties: { name: `Point ${i}` },
    geometry: { type: 'Point', coordinates: [120 + i / n, 23] },
  }));

describe('parseJsonInParts', () => {
  it('hands a collection’s features over in parts, in order, and answers with the rest', async () => {
    const features = points(60_000);
    const text = JSON.stringify({ type: 'FeatureCollection', name: 'Many', features });
    const parts: unknown[][] = [];
    const head = await parseJsonInParts('many.geojson', text, (part) => void parts.push(part));
    expect(head).toEqual({
      ok: true,
      json: { type: 'FeatureCollection', name: 'Many', features: [] },
      featuresInParts: true,
    });
    // 60,000 features of 10 values each do not fit one part.
    expect(parts.length).toBeGreaterThan(1);
    expect(parts.flat()).toEqual(features);
    expect(parts[0]).toHaveLength(VALUES_PER_PART / 10);
    expect(parts.every((p) => p.length * 10 <= VALUES_PER_PART)).toBe(true);
  });

  it('waits for each part to be taken before handing over the next', async () => {
    const text = JSON.stringify({ type: 'FeatureCollection', features: points(40_000) });
    const log: string[] = [];
    await parseJsonInParts('many.geojson', text, async (part) => {
      log.push(`start ${part.length}`);
      await new Promise((resolve) => setTimeout(resolve, 1));
      log.push('end');
    });
    expect(log.filter((l) => l === 'end').length).toBe(log.length / 2);
    expect(log.every((l, i) => l.startsWith(i % 2 === 0 ? 'start' : 'end'))).toBe(true);
  });

  it('answers JSON without a features array whole, and bad JSON or a text too large with why', async () => {
    const none = () => {
      throw new Error('no parts expected');
    };
    expect(await parseJsonInParts('a.json', '{"type":"Feature"}', none)).toEqual({
      ok: true,
      json: { type: 'Feature' },
    });
    const bad = await parseJsonInParts('a.json', '{"type":', none);
    expect(bad.ok).toBe(false);
    expect(!bad.ok && bad.issue.reason).toMatch(/^is not valid JSON: /);
    const big = await parseJsonInParts('a.json', ' '.repeat(MAX_FILE_BYTES + 1), none);
    expect(!big.ok && big.issue.reason).toMatch(/^is too large/);
  });
});

describe('parseJsonOffThread', () => {
  it('parses in-thread where there is no Worker, and stops when aborted', async () => {
    expect(await parseJsonOffThread('a.json', '{"features":[1,2]}')).toEqual({
      ok: true,
      json: { features: [1, 2] },
    });
    const abort = new AbortController();
    abort.abort(new Error('stopped'));
    await expect(parseJsonOffThread('a.json', '{}', abort.signal)).rejects.toThrow('stopped');
  });
});
