import { ByteBuffer } from 'flatbuffers';
// flatgeobuf internals, so that our own range requests and index search read the file: the
// magic bytes and size prefix, the Feature table and GeometryType, parseProperties, the header
// decoder and the index layout. flatgeobuf is pinned to exactly 4.5.0 in package.json for them;
// tests/unit/data/flatgeobuf-internals.test.ts fails when an upgrade moves or changes one.
import { magicbytes, SIZE_PREFIX_LEN } from 'flatgeobuf/lib/mjs/constants.js';
import { Feature } from 'flatgeobuf/lib/mjs/flat-geobuf/feature.js';
import { GeometryType } from 'flatgeobuf/lib/mjs/flat-geobuf/geometry-type.js';
import { parseProperties, type IProperties } from 'flatgeobuf/lib/mjs/generic/feature.js';
import { fromByteBuffer, type HeaderMeta } from 'flatgeobuf/lib/mjs/header-meta.js';
import {
  calcTreeSize,
  DEFAULT_NODE_SIZE,
  NODE_ITEM_BYTE_LEN,
} from 'flatgeobuf/lib/mjs/packedrtree.js';
import { INCIDENT_FLAT_COLUMNS } from '../model/incident-flat-properties';
import type { LonLatBox } from '../model/lon-lat-box';
import type { BoxRead } from '../model/box-read';
import { CATEGORY_INDEX, FLAG_APPROXIMATE_PLACE, FLAG_BOX_READ } from '../model/incident-columns';
import { searchPackedRtree } from './packed-rtree-search';

export interface ReadIncidentsInBoxOptions {
  /** Read at most this many incidents (default `DEFAULT_BOX_LIMIT`); more make `truncated`. */
  readonly limit?: number;
  readonly signal?: AbortSignal;
  /** The fetch to use (default: the global one); every request goes through it. */
  readonly fetch?: typeof fetch;
}

/** A box read (rows sorted by day, ties in file order) and what reading it cost. */
export interface BoxReadResult extends BoxRead {
  /** HTTP requests made and response bytes received. */
  readonly requests: number;
  readonly bytes: number;
}

/** Incidents a box read returns at most unless told otherwise (~100 MB of features). */
export const DEFAULT_BOX_LIMIT = 200_000;
/** Bytes fetched first: the header (usually < 2 KB) and the index's top three levels. */
const FIRST_REQUEST = 2048 + (1 + 16 + 256) * NODE_ITEM_BYTE_LEN;
/** Features closer than this are fetched in one request, the gap with them. */
const MAX_GAP = 64 << 10;
/** Largest feature request: memory stays bounded, and `limit` stops reading soon. */
const MAX_REQUEST = 8 << 20;
const HEADER_MAX = 10 << 20;

/**
 * Read the incidents in a bounding box from a FlatGeobuf file that has a spatial index (as
 * `npm run gen -- --fgb` writes `incidents.fgb`), over HTTP range requests from any static
 * host: the header, the index nodes that overlap the box and the features in it, nothing else.
 * flatgeobuf decodes the header and each feature; `searchPackedRtree` walks the packed Hilbert
 * R-tree, reading its leaves in slices as results are used (so a read that stops at `limit`
 * does not fetch the whole leaf level); the requests are ours, so that they go through `options.fetch` with the signal,
 * a host that ignores `Range` (200 with the whole file) is an error rather than a download,
 * and features come in requests of at most 8 MB, one at a time, stopping at `limit`.
 * Truncation follows the file's order (along a Hilbert curve), so a truncated read covers part
 * of the box. Every failure is an Error naming the URL and the reason; an abort's is named
 * `AbortError`.
 *
 * @example
 * const { columns, properties, truncated } = await readIncidentsInBox(
 *   '/datasets/synthetic-1000000-s1/incidents.fgb',
 *   { west: 119, south: 22, east: 122.5, north: 26 },
 * );
 * columns.size // → incidents in the box, columns.day ascending; properties.title[0] is row 0's title
 */
export async function readIncidentsInBox(
  url: string,
  box: LonLatBox,
  options: ReadIncidentsInBoxOptions = {},
): Promise<BoxReadResult> {
  const { west, south, east, north } = box;
  if (![west, south, east, north].every(Number.isFinite) || west > east || south > north) {
    throw new Error(
      `Cannot read ${url}: the box must be finite with west ≤ east and south ≤ north, not ${JSON.stringify(box)}`,
    );
  }
  const limit = options.limit ?? DEFAULT_BOX_LIMIT;
  if (!Number.isSafeInteger(limit) || limit < 0) {
    throw new Error(`Cannot read ${url}: limit must be a whole number ≥ 0, not ${limit}`);
  }
  const fetchRange = rangeFetcher(url, options);
  try {
    return await readBox(box, limit, fetchRange);
  } catch (error) {
    throw readError(url, error, options.signal);
  }
}

interface RangeFetcher {
  /** The file's bytes `[start, end)` (fewer when the file ends before `end`). */
  (start: number, end: number): Promise<Uint8Array>;
  readonly requests: () => number;
  readonly bytes: () => number;
}

function rangeFetcher(url: string, options: ReadIncidentsInBoxOptions): RangeFetcher {
  const fetchFn = options.fetch ?? fetch;
  let requests = 0;
  let bytes = 0;
  const get = async (start: number, end: number) => {
    options.signal?.throwIfAborted();
    const range = `bytes=${start}-${end - 1}`;
    requests += 1;
    const response = await fetchFn(url, {
      headers: { Range: range },
      ...(options.signal && { signal: options.signal }),
    });
    if (response.status !== 206) {
      await response.body?.cancel();
      if (response.status === 200) {
        throw new Error(
          `the server answered a range request (${range}) with the whole file (HTTP 200): it must support HTTP range requests`,
        );
      }
      throw new Error(
        `HTTP ${response.status}${response.statusText ? ` ${response.statusText}` : ''} for ${range}`,
      );
    }
    const data = new Uint8Array(await response.arrayBuffer());
    bytes += data.byteLength;
    return data;
  };
  return Object.assign(get, { requests: () => requests, bytes: () => bytes });
}

function readError(url: string, error: unknown, signal: AbortSignal | undefined): Error {
  const reason = error instanceof Error ? error.message : String(error);
  if (signal?.aborted || (error instanceof Error && error.name === 'AbortError')) {
    const aborted = new Error(`Reading ${url} was aborted`, { cause: error });
    aborted.name = 'AbortError';
    return aborted;
  }
  return new Error(`Cannot read ${url}: ${reason}`, { cause: error });
}

/** The columns the reader needs; others in the file are ignored. */
const NEEDED = INCIDENT_FLAT_COLUMNS.map((c) => c.name).filter(
  (name) => name !== 'aircraft' && name !== 'ships',
);

async function readBox(box: LonLatBox, limit: number, get: RangeFetcher): Promise<BoxReadResult> {
  // Header: magic bytes, a uint32 length, the header table; the index follows it.
  let head = await get(0, FIRST_REQUEST);
  if (head.length < 12 || !magicbytes.subarray(0, 3).every((b, i) => head[i] === b)) {
    throw new Error('not a FlatGeobuf file (it does not start with the FlatGeobuf magic bytes)');
  }
  const headerLength = new DataView(head.buffer, head.byteOffset).getUint32(8, true);
  if (headerLength < 8 || headerLength > HEADER_MAX) {
    throw new Error(`not a FlatGeobuf file (a header of ${headerLength} bytes)`);
  }
  const treeStart = magicbytes.length + SIZE_PREFIX_LEN + headerLength;
  if (head.length < treeStart) head = await get(0, treeStart + FIRST_REQUEST);
  const header = fromByteBuffer(new ByteBuffer(head.subarray(magicbytes.length)));
  checkHeader(header);
  const count = header.featuresCount;
  const rows = new RowBuilder(header, box);
  if (count === 0) return rows.finish(false, get);

  const nodeSize = header.indexNodeSize || DEFAULT_NODE_SIZE;
  const featuresStart = treeStart + calcTreeSize(count, nodeSize);
  const readNode = async (offset: number, size: number): Promise<ArrayBuffer> => {
    const start = treeStart + offset;
    if (start + size <= head.length) return head.slice(start, start + size).buffer;
    return (await get(start, start + size)).buffer as ArrayBuffer;
  };

  // Matches arrive in file order; neighbours are fetched together, a run at a time.
  let run: number[] = []; // feature offsets, from the start of the features section
  let runEnd = 0; // exclusive
  const fetchRun = async () => {
    const start = run[0]!;
    let data = await get(featuresStart + start, featuresStart + runEnd);
    // The last feature may end past the data when the search did not give its length (below).
    const last = run.at(-1)! - start;
    const lastEnd = last + SIZE_PREFIX_LEN + readUint32(data, last);
    if (lastEnd > data.length) {
      const tail = await get(featuresStart + start + data.length, featuresStart + start + lastEnd);
      const whole = new Uint8Array(lastEnd);
      whole.set(data);
      whole.set(tail, data.length);
      data = whole;
    }
    rows.addRun(data, start, run);
    run = [];
  };
  let truncated = false;
  const rect = { minX: box.west, minY: box.south, maxX: box.east, maxY: box.north };
  for await (const [offset, , length] of searchPackedRtree(count, nodeSize, rect, readNode)) {
    if (rows.size + run.length === limit) {
      truncated = true;
      break;
    }
    // The search gives a feature's length as the distance to the next leaf's offset, but as
    // 0 for the file's last leaves (flatgeobuf 4.5): then only its length prefix is known.
    const known = length ?? 0;
    const end = offset + (known > 0 ? known : SIZE_PREFIX_LEN);
    if (run.length > 0 && (offset - runEnd > MAX_GAP || end - run[0]! > MAX_REQUEST)) {
      await fetchRun();
    }
    run.push(offset);
    runEnd = Math.max(runEnd, end);
  }
  if (run.length > 0) await fetchRun();
  return rows.finish(truncated, get);
}

function readUint32(data: Uint8Array, at: number): number {
  if (at + 4 > data.length) throw new Error(`a feature at byte ${at} of a response is cut off`);
  return new DataView(data.buffer, data.byteOffset).getUint32(at, true);
}

function checkHeader(header: HeaderMeta): void {
  if (header.geometryType !== GeometryType.Point) {
    throw new Error(`its geometry type is ${GeometryType[header.geometryType]}, not Point`);
  }
  if (header.indexNodeSize === 0) {
    throw new Error('it has no spatial index (write it with one, as npm run gen -- --fgb does)');
  }
  const names = new Set(header.columns?.map((c) => c.name));
  const missing = NEEDED.filter((name) => !names.has(name));
  if (missing.length > 0) {
    throw new Error(`it has no ${missing.join(', ')} column (not an incidents file)`);
  }
}

/** Rows as they are read, in file order, kept as plain arrays until `finish` sorts them. */
class RowBuilder {
  private readonly id: string[] = [];
  private readonly day: number[] = [];
  private readonly lon: number[] = [];
  private readonly lat: number[] = [];
  private readonly category: number[] = [];
  private readonly flags: number[] = [];
  private readonly aircraft: number[] = [];
  private readonly ships: number[] = [];
  private readonly title: string[] = [];
  private readonly place: string[] = [];
  private readonly date: string[] = [];
  private readonly source: string[] = [];
  private readonly quoteStart: number[] = [];
  private readonly quoteEnd: number[] = [];
  private readonly quote: string[] = [];
  private readonly feature = new Feature();

  constructor(
    private readonly header: HeaderMeta,
    private readonly box: LonLatBox,
  ) {}

  get size(): number {
    return this.id.length;
  }

  /** Decode the features at `offsets` from `data`, which holds the bytes from `start` on. */
  addRun(data: Uint8Array, start: number, offsets: readonly number[]): void {
    const bb = new ByteBuffer(data);
    for (const offset of offsets) {
      const at = offset - start;
      if (at + SIZE_PREFIX_LEN + readUint32(data, at) > data.length) {
        throw new Error(`the feature at byte ${offset} is cut off`);
      }
      bb.setPosition(at);
      const feature = Feature.getSizePrefixedRootAsFeature(bb, this.feature);
      this.add(feature, offset);
    }
  }

  private add(feature: Feature, offset: number): void {
    const geometry = feature.geometry();
    const lon = geometry?.xy(0);
    const lat = geometry?.xy(1);
    if (typeof lon !== 'number' || typeof lat !== 'number') {
      throw new Error(`feature at byte ${offset} has no point`);
    }
    const p = parseProperties(feature, this.header.columns);
    const text = (name: string) => {
      const value = p[name];
      if (typeof value !== 'string') throw badValue(offset, p, name, 'text');
      return value;
    };
    const whole = (name: string) => {
      const value = p[name];
      if (!Number.isInteger(value)) throw badValue(offset, p, name, 'a whole number');
      return value as number;
    };
    const figure = (name: string) => {
      const value = p[name];
      return typeof value === 'number' ? value : NaN;
    };
    const category = CATEGORY_INDEX[text('category') as keyof typeof CATEGORY_INDEX];
    if (category === undefined) {
      throw badValue(offset, p, 'category', 'one of the incident categories');
    }
    this.id.push(text('id'));
    this.day.push(whole('day'));
    this.lon.push(lon);
    this.lat.push(lat);
    this.category.push(category);
    this.flags.push(
      FLAG_BOX_READ | (text('placePrecision') === 'exact' ? 0 : FLAG_APPROXIMATE_PLACE),
    );
    this.aircraft.push(figure('aircraft'));
    this.ships.push(figure('ships'));
    this.title.push(text('title'));
    this.place.push(text('place'));
    this.date.push(text('date'));
    this.source.push(text('source'));
    this.quoteStart.push(whole('quoteStart'));
    this.quoteEnd.push(whole('quoteEnd'));
    this.quote.push(text('quote'));
  }

  /** The rows sorted by day, stably, as columns. */
  finish(truncated: boolean, get: RangeFetcher): BoxReadResult {
    const size = this.size;
    const order = Uint32Array.from({ length: size }, (_, i) => i);
    const day = this.day;
    order.sort((a, b) => day[a]! - day[b]! || a - b);
    const pick = <T>(values: readonly T[]) => Array.from(order, (i) => values[i]!);
    const typed = <A extends Float64Array | Float32Array | Int32Array | Uint8Array>(
      Type: new (n: number) => A,
      values: readonly number[],
    ) => {
      const out = new Type(size);
      for (let k = 0; k < size; k++) out[k] = values[order[k]!]!;
      return out;
    };
    return {
      box: this.box,
      columns: {
        size,
        ids: pick(this.id),
        day: typed(Int32Array, this.day),
        lon: typed(Float64Array, this.lon),
        lat: typed(Float64Array, this.lat),
        category: typed(Uint8Array, this.category),
        flags: typed(Uint8Array, this.flags),
        aircraft: typed(Float32Array, this.aircraft),
        ships: typed(Float32Array, this.ships),
      },
      properties: {
        title: pick(this.title),
        place: pick(this.place),
        date: pick(this.date),
        source: pick(this.source),
        quoteStart: typed(Int32Array, this.quoteStart),
        quoteEnd: typed(Int32Array, this.quoteEnd),
        quote: pick(this.quote),
      },
      truncated,
      requests: get.requests(),
      bytes: get.bytes(),
    };
  }
}

function badValue(offset: number, p: IProperties, name: string, what: string): Error {
  const id = typeof p.id === 'string' ? ` (${p.id})` : '';
  return new Error(
    `feature at byte ${offset}${id}: ${name} must be ${what}, not ${JSON.stringify(p[name] ?? null)}`,
  );
}
