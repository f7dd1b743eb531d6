/**
 * The six flatgeobuf internals src/lib/data/read-flatgeobuf.ts deep-imports (flatgeobuf is
 * pinned to 4.5.0 for them): each path resolves and does what the reader relies on, on a
 * small file written here. An upgrade that moves or changes one fails this test.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ByteBuffer } from 'flatbuffers';
import { magicbytes, SIZE_PREFIX_LEN } from 'flatgeobuf/lib/mjs/constants.js';
import { Feature } from 'flatgeobuf/lib/mjs/flat-geobuf/feature.js';
import { GeometryType } from 'flatgeobuf/lib/mjs/flat-geobuf/geometry-type.js';
import { parseProperties } from 'flatgeobuf/lib/mjs/generic/feature.js';
import { fromByteBuffer } from 'flatgeobuf/lib/mjs/header-meta.js';
import {
  calcTreeSize,
  DEFAULT_NODE_SIZE,
  NODE_ITEM_BYTE_LEN,
} from 'flatgeobuf/lib/mjs/packedrtree.js';
import { afterAll, describe, expect, it } from 'vitest';
import { flatGeobufPointWriter } from '../../../scripts/dataset/flatgeobuf-point-writer';

const DIR = mkdtempSync(join(tmpdir(), 'straitwatch-fgb-internals-'));
afterAll(() => rmSync(DIR, { recursive: true, force: true }));

/** Three points with an id and a day, written with their index as `npm run gen -- --fgb` does. */
function writeSmallFile(): Uint8Array {
  const path = join(DIR, 'small.fgb');
  const writer = flatGeobufPointWriter(path, {
    columns: [
      { name: 'id', type: 'string' },
      { name: 'day', type: 'int' },
    ],
    count: 3,
    name: 'incidents',
  });
  writer.add(119.5, 24.1, { id: 'a', day: 19463 });
  writer.add(121.0, 22.0, { id: 'b', day: 19464 });
  writer.add(139.7, 35.7, { id: 'c', day: 19465 });
  writer.finish();
  return new Uint8Array(readFileSync(path));
}

describe('flatgeobuf internals the box reader uses', () => {
  it('keeps the constants and the index layout: magic bytes, size prefix, node size and tree size', () => {
    expect([...magicbytes.subarray(0, 3)]).toEqual([0x66, 0x67, 0x62]); // "fgb"
    expect(magicbytes.length).toBe(8);
    expect(SIZE_PREFIX_LEN).toBe(4);
    expect(DEFAULT_NODE_SIZE).toBe(16);
    expect(NODE_ITEM_BYTE_LEN).toBe(40);
    // 100 leaves, 7 parents, 1 root; one leaf gets a root above it too.
    expect(calcTreeSize(100, 16)).toBe(108 * 40);
    expect(calcTreeSize(1, 16)).toBe(2 * 40);
    expect(GeometryType.Point).toBe(1);
  });

  it('decodes a header with fromByteBuffer and a feature with Feature and parseProperties', () => {
    const file = writeSmallFile();
    expect([...file.subarray(0, 3)]).toEqual([...magicbytes.subarray(0, 3)]);
    const header = fromByteBuffer(new ByteBuffer(file.subarray(magicbytes.length)));
    expect(header.geometryType).toBe(GeometryType.Point);
    expect(header.featuresCount).toBe(3);
    expect(header.indexNodeSize).toBe(16);
    expect(header.columns?.map((c) => c.name)).toEqual(['id', 'day']);

    const headerLength = new DataView(file.buffer, file.byteOffset).getUint32(8, true);
    const featuresStart =
      magicbytes.length + SIZE_PREFIX_LEN + headerLength + calcTreeSize(3, header.indexNodeSize);
    const bb = new ByteBuffer(file.subarray(featuresStart));
    const seen: { id: unknown; day: unknown; lon: unknown; lat: unknown }[] = [];
    let at = 0;
    for (let k = 0; k < 3; k++) {
      bb.setPosition(at);
      const feature = Feature.getSizePrefixedRootAsFeature(bb, new Feature());
      const p = parseProperties(feature, header.columns);
      seen.push({
        id: p.id,
        day: p.day,
        lon: feature.geometry()?.xy(0),
        lat: feature.geometry()?.xy(1),
      });
      at +=
        SIZE_PREFIX_LEN +
        new DataView(bb.bytes().buffer, bb.bytes().byteOffset).getUint32(at, true);
    }
    expect(seen.sort((a, b) => String(a.id).localeCompare(String(b.id)))).toEqual([
      { id: 'a', day: 19463, lon: 119.5, lat: 24.1 },
      { id: 'b', day: 19464, lon: 121.0, lat: 22.0 },
      { id: 'c', day: 19465, lon: 139.7, lat: 35.7 },
    ]);
  });
});
