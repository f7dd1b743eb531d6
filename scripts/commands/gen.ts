/**
 * `npm run gen -- --n 100000 --seed 1 [--out datasets/<name>] [--force] [--fgb]`
 *
 * Writes a deterministic synthetic dataset in the real schema (src/lib/gen/synthetic-dataset.ts):
 * daily dispatch texts with their metadata, incident files of at most 20,000 incidents and a
 * manifest.json, by default in datasets/synthetic-<n>-s<seed>/. The same n and seed give the
 * same bytes. Files are written one at a time into <out>.partial and moved into place at the
 * end, so memory stays bounded and an interrupted run leaves no half dataset. --force replaces
 * an earlier generated dataset (one whose manifest says "synthetic": true), nothing else.
 * With --fgb it also writes every incident to `incidents.fgb`, a FlatGeobuf file with a spatial
 * index, for reading a bounding box over HTTP range requests (readIncidentsInBox), and names it
 * in the manifest (`"flatgeobuf"`). Open it with `npm start -- --dataset <out>`.
 */
import { createHash } from 'node:crypto';
import {
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { syntheticDataset } from '../../src/lib/gen/synthetic-dataset';
import {
  INCIDENT_FLAT_COLUMNS,
  incidentFlatProperties,
} from '../../src/lib/model/incident-flat-properties';
import { flatGeobufPointWriter } from '../dataset/flatgeobuf-point-writer';

export const GEN_USAGE =
  'usage: npm run gen -- --n <incidents> [--seed <integer>] [--out datasets/<name>] [--force] [--fgb]';
/** The FlatGeobuf file --fgb writes, in the dataset directory. */
export const FLATGEOBUF_FILE = 'incidents.fgb';
/** Bounds the command accepts; the generator itself has none but memory and disk. */
export const MAX_INCIDENTS = 5_000_000;
export const MAX_SEED = 2 ** 31 - 1;

export interface GenOptions {
  readonly n: number;
  readonly seed: number;
  /** The dataset directory; its last part is the dataset's name. */
  readonly out: string;
  readonly force: boolean;
  /** Also write the incidents as a FlatGeobuf file with a spatial index (`incidents.fgb`). */
  readonly fgb?: boolean;
}

/**
 * The command line's options, or an Error whose message says what is wrong and how to fix it.
 *
 * @example
 * parseGenArgs(['--n', '1000', '--seed', '7']) // → { n: 1000, seed: 7, out: 'datasets/synthetic-1000-s7', force: false, fgb: false }
 */
export function parseGenArgs(argv: readonly string[]): GenOptions {
  // parseArgs throws plain Errors that say what is wrong ("Unknown option '--size'").
  const { values } = parseArgs({
    args: [...argv],
    options: {
      n: { type: 'string' },
      seed: { type: 'string', default: '1' },
      out: { type: 'string' },
      force: { type: 'boolean', default: false },
      fgb: { type: 'boolean', default: false },
    },
  });
  if (values.n === undefined)
    throw new Error('--n is required: how many incidents, e.g. --n 100000');
  const n = wholeNumber('--n', values.n, 1, MAX_INCIDENTS);
  const seed = wholeNumber('--seed', values.seed!, 0, MAX_SEED);
  const out = values.out ?? join('datasets', `synthetic-${n}-s${seed}`);
  const name = basename(out);
  if (!/^[a-z0-9-]+$/.test(name)) {
    throw new Error(
      `--out must end in a name of a-z, 0-9 and - (it becomes the dataset's name), not "${name}"`,
    );
  }
  return { n, seed, out, force: values.force ?? false, fgb: values.fgb ?? false };
}

function wholeNumber(option: string, text: string, min: number, max: number): number {
  const value = /^\d+$/.test(text) ? Number(text) : NaN;
  if (!Number.isSafeInteger(value) || value < min || value > max) {
    throw new Error(`${option} must be a whole number from ${min} to ${max}, not "${text}"`);
  }
  return value;
}

/** Write the dataset; returns how many files and bytes were written. Throws with a reason. */
export function generate(options: GenOptions): { files: number; bytes: number } {
  const { out } = options;
  if (existsSync(out) && readdirSync(out).length > 0) {
    if (!options.force) throw new Error(`${out} already exists: pass --force to replace it`);
    if (!isGeneratedDataset(out)) {
      throw new Error(
        `${out} is not a generated dataset (no manifest.json with "synthetic": true): not replacing it`,
      );
    }
  }
  const partial = `${out}.partial`;
  rmSync(partial, { recursive: true, force: true });
  mkdirSync(join(partial, 'sources'), { recursive: true });
  mkdirSync(join(partial, 'incidents'), { recursive: true });
  let files = 0;
  let bytes = 0;
  const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');
  const name = basename(out);
  const fgb = options.fgb
    ? flatGeobufPointWriter(join(partial, FLATGEOBUF_FILE), {
        columns: INCIDENT_FLAT_COLUMNS,
        count: options.n,
        name,
        description: `Incidents of the dataset ${name} (npm run gen -- --n ${options.n} --seed ${options.seed} --fgb). Synthetic: not real reporting.`,
      })
    : undefined;
  const dataset = syntheticDataset({
    ...options,
    name,
    sha256,
    ...(fgb && {
      flatgeobuf: FLATGEOBUF_FILE,
      onIncident: (incident) => {
        const [lon, lat] = incident.geometry.coordinates;
        fgb.add(lon!, lat!, incidentFlatProperties(incident));
      },
    }),
  });
  try {
    for (const file of dataset) {
      writeFileSync(join(partial, file.path), file.text);
      files += 1;
      bytes += Buffer.byteLength(file.text);
    }
    if (fgb) {
      bytes += fgb.finish().bytes;
      files += 1;
    }
  } catch (error) {
    fgb?.abort();
    throw error;
  }
  rmSync(out, { recursive: true, force: true });
  mkdirSync(dirname(out), { recursive: true });
  renameSync(partial, out);
  return { files, bytes };
}

function isGeneratedDataset(dir: string): boolean {
  try {
    const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as unknown;
    return (manifest as { synthetic?: unknown }).synthetic === true;
  } catch {
    return false;
  }
}

function main(): void {
  let options: GenOptions;
  try {
    options = parseGenArgs(process.argv.slice(2));
  } catch (error) {
    console.error(`gen: ${(error as Error).message}\n${GEN_USAGE}`);
    process.exitCode = 2;
    return;
  }
  try {
    const started = performance.now();
    const { files, bytes } = generate(options);
    const seconds = (performance.now() - started) / 1000;
    console.log(
      `Wrote ${options.n} incidents in ${files} files (${(bytes / 1048576).toFixed(1)} MiB) to ${options.out}/ in ${seconds.toFixed(1)} s.`,
    );
    console.log(`Open it with: npm start -- --dataset ${options.out}`);
  } catch (error) {
    console.error(`gen: ${(error as Error).message}`);
    process.exitCode = 1;
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) main();
