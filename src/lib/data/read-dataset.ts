import pLimit from 'p-limit';
import * as v from 'valibot';
import type { BoxReadDataset } from '../model/box-read';
import type { RawFiles } from '../model/build-model';
import { type DataIssue, issuesFromValibot } from '../model/data-issue';
import { DATASET_NAME, datasetManifestSchema, sourceBundleSchema } from '../model/dataset-manifest';
import { yieldToPage } from '../model/run-sliced';
import { JsonText, parseJsonText } from '../model/parse-json-text';
import { sha256Hex } from '../model/sha256-hex';
import { fetchDataJson, fetchDataText } from './fetch-data-text';

/**
 * Above this many incidents a dataset with a FlatGeobuf file is read by bounding box (the map's
 * view) instead of whole: its incidents, with every quote, would not fit a browser tab.
 */
export const WHOLE_LOAD_LIMIT = 200_000;

/** Requests a dataset read keeps in flight at once. */
export const FETCHES_IN_FLIGHT = 12;

/** The part of `RawFiles` a dataset adds: its sources and incident files, and what failed. */
export interface DatasetFiles {
  readonly sources: RawFiles['sources'];
  readonly incidents: RawFiles['incidents'];
  readonly readIssues: readonly DataIssue[];
  /** Set instead of `incidents` when the dataset is read by bounding box (box reads). */
  readonly boxRead?: BoxReadDataset;
}

/**
 * Fetch the dataset `name` from the app's own origin, `/datasets/<name>/` (served by `npm start
 * -- --dataset datasets/<name>`): its manifest.json, then every source (metadata, text and the
 * text's SHA-256, as for shipped sources) and incident file it lists, in parallel. Nothing is
 * all-or-nothing: a bad name, a missing or invalid manifest, or a file that cannot be read
 * becomes an issue naming the file (`datasets/<name>/…`) and the reason, and the rest loads.
 *
 * @example
 * const { sources, incidents, readIssues } = await readDataset('synthetic-100000-s1');
 */
export async function readDataset(
  name: string,
  fetchText: typeof fetch = fetch,
  options: { readonly forceBoxRead?: boolean } = {},
): Promise<DatasetFiles> {
  const readIssues: DataIssue[] = [];
  const none = { sources: [], incidents: [], readIssues };
  if (!DATASET_NAME.test(name)) {
    const shown = name.length > 60 ? `${name.slice(0, 60)}…` : name;
    readIssues.push({
      file: `?dataset=${shown}`,
      reason:
        'is not a dataset name (a-z, 0-9 and - only, the directory under datasets/); the shipped data is shown without it',
    });
    return none;
  }
  const dir = `datasets/${name}`;
  const url = (path: string) => `/${dir}/${path}`;
  // A dataset can list thousands of files: a browser refuses that many requests at once
  // (net::ERR_INSUFFICIENT_RESOURCES), so a few are in flight at a time.
  const limit = pLimit(FETCHES_IN_FLIGHT);
  // Files of megabytes arrive together: each one's decoding and parsing is a task of its own,
  // not all of them in the task their bodies arrived in (hundreds of ms at 100,000 incidents).
  const paced = { pace: yieldToPage };
  const getJson = (file: string, at: string) =>
    limit(() => fetchDataJson(fetchText, file, at, paced));
  const getText = (file: string, at: string) =>
    limit(() => fetchDataText(fetchText, file, at, paced));

  const manifestFile = `${dir}/manifest.json`;
  const fetched = await fetchDataJson(fetchText, manifestFile, url('manifest.json'));
  if (!fetched.ok) {
    readIssues.push(fetched.issue);
    return none;
  }
  const manifest = v.safeParse(datasetManifestSchema, fetched.json);
  if (!manifest.success) {
    readIssues.push(...issuesFromValibot(manifestFile, undefined, manifest.issues));
    return none;
  }

  // Too large to load whole (or asked to): the map reads the incidents by bounding box from the
  // FlatGeobuf file, and their quotes come with them.
  const fgb = manifest.output.flatgeobuf;
  if (fgb && (options.forceBoxRead || manifest.output.incidents > WHOLE_LOAD_LIMIT)) {
    return {
      ...none,
      boxRead: {
        url: url(fgb),
        file: `${dir}/${fgb}`,
        incidents: manifest.output.incidents,
      },
    };
  }

  const sourceJobs = manifest.output.sources.map(async (path) => {
    const textPath = path.replace(/\.json$/, '.txt');
    const [meta, text] = await Promise.all([
      getJson(`${dir}/${path}`, url(path)),
      getText(`${dir}/${textPath}`, url(textPath)),
    ]);
    if (!meta.ok) readIssues.push(meta.issue);
    if (!text.ok) readIssues.push(text.issue);
    if (!meta.ok || !text.ok) return undefined;
    return {
      file: `${dir}/${path}`,
      meta: meta.json,
      text: text.text,
      sha256: await sha256Hex(text.text),
    };
  });
  const bundleJobs = manifest.output.sourceBundles.map(async (path) => {
    const file = `${dir}/${path}`;
    const json = await getJson(file, url(path));
    if (!json.ok) {
      readIssues.push(json.issue);
      return [];
    }
    const bundle = v.safeParse(sourceBundleSchema, json.json);
    if (!bundle.success) {
      readIssues.push(...issuesFromValibot(file, undefined, bundle.issues));
      return [];
    }
    return Promise.all(
      bundle.output.sources.map(async ({ meta, text }) => ({
        file,
        meta,
        text,
        sha256: await sha256Hex(text),
      })),
    );
  });
  // Incident files are parsed as they arrive, to be sure they are JSON and to count them, and
  // handed over as text (`JsonText`): the model parses each again when it checks it.
  const incidentJobs = manifest.output.incidentFiles.map(async (path) => {
    const file = `${dir}/${path}`;
    const read = await getText(file, url(path));
    if (!read.ok) {
      readIssues.push(read.issue);
      return undefined;
    }
    await yieldToPage();
    const parsed = parseJsonText(file, read.text);
    if (!parsed.ok) {
      readIssues.push(parsed.issue);
      return undefined;
    }
    return { file, json: new JsonText(read.text, featureCount(parsed.json)) };
  });
  const [single, bundled, incidents] = await Promise.all([
    Promise.all(sourceJobs),
    Promise.all(bundleJobs),
    Promise.all(incidentJobs),
  ]);
  const sources = [...single, ...bundled.flat()];

  const read = incidents.filter((x) => x !== undefined);
  const held = read.reduce((sum, f) => sum + f.json.features, 0);
  if (read.length === incidents.length && held !== manifest.output.incidents) {
    readIssues.push({
      file: manifestFile,
      path: 'incidents',
      reason: `says ${manifest.output.incidents} incidents, but its incident files hold ${held}`,
    });
  }
  return { sources: sources.filter((x) => x !== undefined), incidents: read, readIssues };
}

function featureCount(json: unknown): number {
  const features = (json as { features?: unknown } | null)?.features;
  return Array.isArray(features) ? features.length : 0;
}
