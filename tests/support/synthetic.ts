/**
 * Synthetic datasets for the tests: generated in memory (src/lib/gen/synthetic-dataset.ts),
 * turned into the `RawFiles` the data layer would hand `buildModel`, or written to a temporary
 * datasets/ directory; and a `fetch` that answers from a directory on disk.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { type DatasetFile, syntheticDataset } from '../../src/lib/gen/synthetic-dataset';
import type { RawFiles } from '../../src/lib/model/build-model';

export const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');

/** Every file of the dataset of `n` and `seed`, in the order the generator yields them. */
export function createDatasetFiles(n: number, seed: number, partSize?: number): DatasetFile[] {
  const name = `synthetic-${n}-s${seed}`;
  return [...syntheticDataset({ n, seed, name, sha256, ...(partSize ? { partSize } : {}) })];
}

/** A dataset's files as `RawFiles` (no layers), read the way the app reads them. */
export function datasetRawFiles(files: readonly DatasetFile[]): RawFiles {
  const byPath = new Map(files.map((f) => [f.path, f.text]));
  const manifest = JSON.parse(byPath.get('manifest.json')!) as {
    sourceBundles: string[];
    incidentFiles: string[];
  };
  return {
    layers: [],
    sources: manifest.sourceBundles.flatMap((path) =>
      (JSON.parse(byPath.get(path)!) as { sources: { meta: unknown; text: string }[] }).sources.map(
        ({ meta, text }) => ({ file: path, meta, text, sha256: sha256(text) }),
      ),
    ),
    incidents: manifest.incidentFiles.map((path) => ({
      file: path,
      json: JSON.parse(byPath.get(path)!),
    })),
  };
}

/** Write `files` as `<root>/datasets/<name>/…` in a new temporary directory; returns `<root>`. */
export function writeDataset(name: string, files: readonly DatasetFile[]): string {
  const root = mkdtempSync(join(tmpdir(), 'straitwatch-dataset-'));
  for (const file of files) {
    const path = join(root, 'datasets', name, file.path);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, file.text);
  }
  return root;
}

/**
 * A `fetch` for the data layer that answers a URL path from the files under `root` (as a
 * static server of `root` would: 404 when missing), with the declared Content-Length.
 * `changes` replaces the body of a path, or removes the file (`null`).
 */
export function directoryFetch(
  root: string,
  changes: Readonly<Record<string, string | null>> = {},
): typeof fetch {
  return async (input) => {
    const url = decodeURI(String(input));
    const path = join(root, url.replace(/^\//, ''));
    const changed = changes[url];
    if (changed === null) return new Response('', { status: 404 });
    if (changed === undefined && (!existsSync(path) || !statSync(path).isFile())) {
      return new Response('', { status: 404 });
    }
    const body = changed === undefined ? readFileSync(path) : Buffer.from(changed);
    return new Response(body, { headers: { 'content-length': String(body.length) } });
  };
}
