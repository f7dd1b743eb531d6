import { closeSync, openSync, readSync, rmSync, writeSync } from 'node:fs';
import * as flatbuffers from 'flatbuffers';
import type { ColumnMeta } from 'flatgeobuf/lib/mjs/column-meta.js';
import { magicbytes } from 'flatgeobuf/lib/mjs/constants.js';
import { Column } from 'flatgeobuf/lib/mjs/flat-geobuf/column.js';
import { ColumnType } from 'flatgeobuf/lib/mjs/flat-geobuf/column-type.js';
import { Crs } from 'flatgeobuf/lib/mjs/flat-geobuf/crs.js';
import { GeometryType } from 'flatgeobuf/lib/mjs/flat-geobuf/geometry-type.js';
import { Header } from 'flatgeobuf/lib/mjs/flat-geobuf/header.js';
import { buildFeature } from 'flatgeobuf/lib/mjs/generic/feature.js';
import { parseGeometry } from 'flatgeobuf/lib/mjs/generic/geometry.js';
import type { HeaderMeta } from 'flatgeobuf/lib/mjs/header-meta.js';
import type { FlatColumnType } from '../../src/lib/model/incident-flat-properties.ts';
import { INDEX_NODE_SIZE, packedHilbertRTree } from './packed-hilbert-rtree.ts';

/** A property column: its name and value type. */
export interface FlatGeobufColumn {
  readonly name: string;
  readonly type: FlatColumnType;
}

/** A feature's properties by column name; `null` (or a missing column) is no value. */
export type FlatGeobufProperties = Readonly<Record<string, string | number | null | undefined>>;

export interface FlatGeobufPointWriterOptions {
  readonly columns: readonly FlatGeobufColumn[];
  /** How many points will be added: the header states it before the features. */
  readonly count: number;
  /** The layer's name in the header. */
  readonly name: string;
  readonly description?: string;
}

export interface FlatGeobufPointWriter {
  /** Add one point feature (WGS 84 lon, lat). */
  readonly add: (lon: number, lat: number, properties: FlatGeobufProperties) => void;
  /** Write the file: header, spatial index, then the features in the index's order. */
  readonly finish: () => { readonly bytes: number };
  /** Give up: remove what was written so far. */
  readonly abort: () => void;
}

const COLUMN_TYPES: Readonly<Record<FlatColumnType, ColumnType>> = {
  string: ColumnType.String,
  int: ColumnType.Int,
};
/** Bytes gathered before each write (a write a feature would be a million system calls). */
const WRITE_CHUNK = 4 << 20;

/**
 * Write point features to a FlatGeobuf file with its spatial index (a packed Hilbert R-tree),
 * so a reader can fetch only the features in a bounding box with HTTP range requests.
 * flatgeobuf's own `serialize` takes the whole collection in memory and writes no index; this
 * encodes each feature with flatgeobuf's `buildFeature` as it is added and appends it to
 * `<path>.features`, keeping only each point and its feature's offset and length (≈ 28 bytes a
 * feature). `finish` sorts the points along a Hilbert curve, writes the header and the index,
 * and copies the features into place in that order. The features stored are the points added,
 * in another order: the order the index needs.
 *
 * @example
 * const writer = flatGeobufPointWriter('incidents.fgb', { columns, count: 2, name: 'incidents' });
 * writer.add(119.5, 24.1, { id: 'a', day: 19463 });
 * writer.add(121.0, 22.0, { id: 'b', day: 19464 });
 * writer.finish(); // → { bytes: … }
 */
export function flatGeobufPointWriter(
  path: string,
  options: FlatGeobufPointWriterOptions,
): FlatGeobufPointWriter {
  const { columns, count } = options;
  if (!Number.isSafeInteger(count) || count < 1) {
    throw new Error(
      `flatGeobufPointWriter: count must be a whole number of 1 or more, not ${count}`,
    );
  }
  const meta: HeaderMeta = {
    geometryType: GeometryType.Point,
    columns: columns.map((c) => columnMeta(c.name, COLUMN_TYPES[c.type])),
    envelope: null,
    featuresCount: count,
    indexNodeSize: INDEX_NODE_SIZE,
    crs: null,
    title: null,
    description: null,
    metadata: null,
  };
  const temp = `${path}.features`;
  const tempFd = openSync(temp, 'w');
  const lon = new Float64Array(count);
  const lat = new Float64Array(count);
  const offset = new Float64Array(count); // in the temp file
  const length = new Uint32Array(count);
  let added = 0;
  let written = 0;
  const chunk = Buffer.allocUnsafe(WRITE_CHUNK);
  let used = 0;
  const flush = () => {
    writeSync(tempFd, chunk, 0, used);
    used = 0;
  };
  let closed = false;
  const close = () => {
    if (!closed) closeSync(tempFd);
    closed = true;
  };

  return {
    add(x, y, properties) {
      if (added === count) throw new Error(`flatGeobufPointWriter: more than ${count} features`);
      if (!Number.isFinite(x) || !Number.isFinite(y)) {
        throw new Error(`flatGeobufPointWriter: feature ${added} has no finite point (${x}, ${y})`);
      }
      const values: Record<string, string | number | null> = {};
      for (const column of columns) {
        const value = properties[column.name] ?? null;
        const ok =
          value === null ||
          (column.type === 'string' ? typeof value === 'string' : Number.isInteger(value));
        if (!ok) {
          throw new Error(
            `flatGeobufPointWriter: feature ${added}: ${column.name} must be ${column.type === 'int' ? 'an integer' : 'a string'}, not ${JSON.stringify(value)}`,
          );
        }
        values[column.name] = value;
      }
      const geometry = parseGeometry(
        { getFlatCoordinates: () => [x, y], getType: () => 'Point' },
        GeometryType.Point,
      );
      // Size-prefixed: the uint32 length the format puts before each feature is included.
      const bytes = buildFeature(geometry, values, meta);
      if (used + bytes.length > chunk.length) flush();
      if (bytes.length > chunk.length) writeSync(tempFd, bytes);
      else {
        chunk.set(bytes, used);
        used += bytes.length;
      }
      lon[added] = x;
      lat[added] = y;
      offset[added] = written;
      length[added] = bytes.length;
      written += bytes.length;
      added += 1;
    },

    finish() {
      if (added !== count) {
        throw new Error(`flatGeobufPointWriter: ${added} features added, ${count} announced`);
      }
      flush();
      close();
      const tree = packedHilbertRTree(lon, lat);
      const featureOffsets = new Float64Array(count);
      for (let k = 1; k < count; k++) {
        featureOffsets[k] = featureOffsets[k - 1]! + length[tree.order[k - 1]!]!;
      }
      const out = openSync(path, 'w');
      const input = openSync(temp, 'r');
      try {
        let bytes = 0;
        const put = (data: Uint8Array) => {
          writeSync(out, data);
          bytes += data.length;
        };
        put(magicbytes);
        put(headerBytes(options, tree.extent));
        put(tree.bytes(featureOffsets));
        let pending = 0;
        for (let k = 0; k < count; k++) {
          const i = tree.order[k]!;
          const size = length[i]!;
          if (pending + size > chunk.length) {
            put(chunk.subarray(0, pending));
            pending = 0;
          }
          const target = size > chunk.length ? Buffer.allocUnsafe(size) : chunk;
          const at = target === chunk ? pending : 0;
          if (readSync(input, target, at, size, offset[i]!) !== size) {
            throw new Error(`flatGeobufPointWriter: ${temp} ended early`);
          }
          if (target === chunk) pending += size;
          else put(target);
        }
        put(chunk.subarray(0, pending));
        return { bytes };
      } finally {
        closeSync(input);
        closeSync(out);
        rmSync(temp, { force: true });
      }
    },

    abort() {
      close();
      rmSync(temp, { force: true });
      rmSync(path, { force: true });
    },
  };
}

function columnMeta(name: string, type: ColumnType): ColumnMeta {
  return {
    name,
    type,
    title: null,
    description: null,
    width: -1,
    precision: -1,
    scale: -1,
    nullable: true,
    unique: false,
    primary_key: false,
  };
}

/** The size-prefixed header: points in WGS 84 (EPSG:4326), the columns, the index's node size. */
function headerBytes(
  options: FlatGeobufPointWriterOptions,
  extent: readonly [number, number, number, number],
): Uint8Array {
  const builder = new flatbuffers.Builder(1024);
  const columnOffsets = options.columns.map((c) => {
    const name = builder.createString(c.name);
    Column.startColumn(builder);
    Column.addName(builder, name);
    Column.addType(builder, COLUMN_TYPES[c.type]);
    Column.addNullable(builder, true);
    return Column.endColumn(builder);
  });
  const columns = Header.createColumnsVector(builder, columnOffsets);
  const envelope = Header.createEnvelopeVector(builder, [...extent]);
  const name = builder.createString(options.name);
  const description =
    options.description === undefined ? 0 : builder.createString(options.description);
  Crs.startCrs(builder);
  Crs.addCode(builder, 4326);
  const crs = Crs.endCrs(builder);
  Header.startHeader(builder);
  Header.addName(builder, name);
  Header.addEnvelope(builder, envelope);
  Header.addGeometryType(builder, GeometryType.Point);
  Header.addColumns(builder, columns);
  Header.addFeaturesCount(builder, BigInt(options.count));
  Header.addIndexNodeSize(builder, INDEX_NODE_SIZE);
  Header.addCrs(builder, crs);
  if (description) Header.addDescription(builder, description);
  builder.finishSizePrefixed(Header.endHeader(builder));
  return builder.asUint8Array();
}
