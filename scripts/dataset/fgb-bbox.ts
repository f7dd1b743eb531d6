/**
 * `npx tsx scripts/dataset/fgb-bbox.ts datasets/<name> <west> <south> <east> <north> [--limit <n>]`
 *
 * Reads the incidents in a box from a dataset's FlatGeobuf file (`npm run gen -- --fgb`) the
 * way the browser would: the preview server (serveDist with the dataset route, a static file
 * server with range requests, nothing of ours answering queries) serves the file, and
 * readIncidentsInBox fetches it through a fetch that counts requests, statuses and bytes.
 * Prints the incidents read, the time, the requests and the bytes against the file's size.
 */
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import * as v from 'valibot';
import { readIncidentsInBox } from '../../src/lib/data/read-flatgeobuf';
import type { LonLatBox } from '../../src/lib/model/lon-lat-box';
import { datasetManifestSchema } from '../../src/lib/model/dataset-manifest';
import { datasetRoute } from './dataset-route';
import { serveDist } from '../browser/serve-dist';

export const FGB_BBOX_USAGE =
  'usage: npx tsx scripts/dataset/fgb-bbox.ts datasets/<name> <west> <south> <east> <north> [--limit <n>]';

export interface BoxReadMeasure {
  readonly url: string;
  readonly features: number;
  readonly truncated: boolean;
  readonly milliseconds: number;
  readonly requests: number;
  /** HTTP status of each response, in order. */
  readonly statuses: readonly number[];
  /** Response body bytes (Content-Length of each response). */
  readonly bytes: number;
  readonly fileBytes: number;
}

/**
 * Serve the dataset at `dir` on 127.0.0.1 (an empty app directory beside it), read the box
 * from its FlatGeobuf file over HTTP, and say what it cost.
 *
 * @example
 * await measureBoxRead('datasets/synthetic-1000000-s1', { west: 119, south: 22, east: 122.5, north: 26 })
 * // → { features: …, requests: …, statuses: [206, …], bytes: …, fileBytes: … }
 */
export async function measureBoxRead(
  dir: string,
  box: LonLatBox,
  options: { limit?: number; datasetsRoot?: string } = {},
): Promise<BoxReadMeasure> {
  const manifest = v.parse(
    datasetManifestSchema,
    JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')),
  );
  if (!manifest.flatgeobuf) {
    throw new Error(`${dir} has no FlatGeobuf file: generate it with npm run gen -- … --fgb`);
  }
  const fileBytes = statSync(join(dir, manifest.flatgeobuf)).size;
  const app = mkdtempSync(join(tmpdir(), 'straitwatch-empty-app-'));
  const { server, url: base } = await serveDist(
    app,
    0,
    datasetRoute(dir, options.datasetsRoot ?? 'datasets'),
  );
  const statuses: number[] = [];
  let bytes = 0;
  const counting: typeof fetch = async (input, init) => {
    const response = await fetch(input, init);
    statuses.push(response.status);
    bytes += Number(response.headers.get('content-length') ?? 0);
    return response;
  };
  const url = `${base}datasets/${basename(dir)}/${manifest.flatgeobuf}`;
  // flatgeobuf's index search logs each step with console.debug (stdout in Node).
  const debug = console.debug;
  console.debug = () => {};
  try {
    const started = performance.now();
    const read = await readIncidentsInBox(url, box, {
      fetch: counting,
      ...(options.limit !== undefined && { limit: options.limit }),
    });
    const milliseconds = performance.now() - started;
    return {
      url,
      features: read.columns.size,
      truncated: read.truncated,
      milliseconds,
      requests: statuses.length,
      statuses,
      bytes,
      fileBytes,
    };
  } finally {
    console.debug = debug;
    server.close();
    rmSync(app, { recursive: true, force: true });
  }
}

async function main(): Promise<void> {
  // Not parseArgs: it takes a negative edge such as -180 for an option.
  const args = process.argv.slice(2);
  const at = args.indexOf('--limit');
  const limitText = at >= 0 ? args.splice(at, 2)[1] : undefined;
  const [dir, ...edges] = args;
  const [west, south, east, north] = edges.map(Number);
  const limit = limitText === undefined ? undefined : Number(limitText);
  if (
    dir === undefined ||
    edges.length !== 4 ||
    ![west, south, east, north].every(Number.isFinite) ||
    (limit !== undefined && !Number.isSafeInteger(limit))
  ) {
    console.error(FGB_BBOX_USAGE);
    process.exitCode = 2;
    return;
  }
  const box = { west: west!, south: south!, east: east!, north: north! };
  try {
    const m = await measureBoxRead(dir, box, limit === undefined ? {} : { limit });
    const mib = (n: number) => `${(n / 1048576).toFixed(1)} MiB`;
    const ranged = m.statuses.every((s) => s === 206);
    console.log(`${m.url} box ${edges.join(',')}`);
    console.log(
      `${m.features} incidents${m.truncated ? ' (truncated at the limit)' : ''} in ${(m.milliseconds / 1000).toFixed(2)} s`,
    );
    console.log(
      `${m.requests} requests, ${ranged ? 'all 206 Partial Content' : `statuses ${m.statuses.join(' ')}`}`,
    );
    console.log(
      `${mib(m.bytes)} transferred of a ${mib(m.fileBytes)} file (${((100 * m.bytes) / m.fileBytes).toFixed(1)} %)`,
    );
    console.log(`peak memory (RSS) ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MiB`);
  } catch (error) {
    console.error(`fgb-bbox: ${(error as Error).message}`);
    process.exitCode = 1;
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) void main();
