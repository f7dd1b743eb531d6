import type { BoxReadDataset } from '../model/box-read';
import type { RawFiles } from '../model/build-model';
import type { DataIssue } from '../model/data-issue';
import { isToggleId, type LayerId, LAYERS } from '../model/layer-registry';
import { sha256Hex } from '../model/sha256-hex';
import { fetchDataJson, fetchDataText } from './fetch-data-text';
import {
  draftFileUrls,
  incidentFileUrls,
  layerFileUrls,
  sourceMetaUrls,
  sourceTextUrls,
} from './geodata-urls';
import { readDataset } from './read-dataset';

/**
 * Fetch every geodata file the build ships, in parallel, as text; nothing is trusted yet. A file
 * that cannot be fetched, is too large or is not JSON becomes a read issue and the rest go on.
 * With `dataset` (the page's `?dataset=`), the sources and incident files of
 * `/datasets/<dataset>/` are read too (`readDataset`) and appended; a dataset that fails to load
 * is reported and the shipped data still loads. The only code that does I/O for the dashboard's
 * data.
 */
export async function readGeodata(
  fetchText: typeof fetch = fetch,
  dataset?: string | null,
  options: { readonly forceBoxRead?: boolean } = {},
): Promise<RawFiles> {
  return readGeodataInStages(fetchText, dataset, options).takeAll();
}

/** The geodata files being read, in the stages `readGeodataInStages` gives them. */
export interface GeodataStages {
  /** The shipped files alone, as soon as they are read. */
  readonly shipped: Promise<RawFiles>;
  /** Whether a dataset is read beside the shipped files (`shipped` then comes first). */
  readonly withDataset: boolean;
  /**
   * The shipped files and a dataset's (as `readGeodata` gives them), handed over once: the
   * stages keep no hold on them after, so a dataset's parsed files (hundreds of MB at 100,000
   * incidents) are let go once the model is built from them. A second call throws.
   */
  takeAll(): Promise<RawFiles>;
  /**
   * The dataset to read by bounding box instead of whole (too large, or `forceBoxRead` asked),
   * once its manifest says so; undefined without one.
   */
  readonly boxRead: Promise<BoxReadDataset | undefined>;
}

/**
 * `readGeodata` in stages: `shipped` resolves with the shipped files alone, as soon as they are
 * read, so the dashboard can show them while a dataset is still being fetched; `takeAll()`
 * hands over the shipped files and the dataset's, once; `boxRead` with the dataset the map reads by bounding box,
 * when the manifest says the dataset is read that way (its incidents are then not in `all`).
 *
 * @example
 * const { shipped, takeAll, boxRead } = readGeodataInStages(fetch, 'synthetic-100000-s1');
 */
export function readGeodataInStages(
  fetchText: typeof fetch = fetch,
  dataset?: string | null,
  options: {
    /** Read the dataset by bounding box even when it is small enough to load whole. */
    readonly forceBoxRead?: boolean;
    /**
     * Start reading the dataset once this settles: the app waits for the map's first idle, so
     * that on a small machine the map is not starved of CPU by 100 MB of JSON.
     */
    readonly startAfter?: Promise<unknown>;
  } = {},
): GeodataStages {
  // The shipped files are requested first, so a dataset's many requests queue behind them.
  const shipped = readShipped(fetchText);
  if (dataset === undefined || dataset === null)
    return {
      shipped,
      withDataset: false,
      takeAll: handedOnce(shipped),
      boxRead: Promise.resolve(undefined),
    };
  const start = (options.startAfter ?? Promise.resolve()).catch(() => undefined);
  const read = start.then(() => {
    // Where the dataset's own time starts (the benchmark sets its model-ready time against it).
    performance.mark('straitwatch:dataset-read-start');
    return readDataset(dataset, fetchText, options);
  });
  return {
    shipped,
    withDataset: true,
    takeAll: handedOnce(withDataset(shipped, read)),
    boxRead: read.then((extra) => extra.boxRead).catch(() => undefined),
  };
}

/** A function that gives `files` once and then lets go of them (see `takeAll`). */
function handedOnce(files: Promise<RawFiles>): () => Promise<RawFiles> {
  let held: Promise<RawFiles> | undefined = files;
  return () => {
    const taken = held;
    if (!taken) throw new Error('the geodata files were handed over already');
    held = undefined;
    return taken;
  };
}

async function withDataset(
  shipped: Promise<RawFiles>,
  dataset: ReturnType<typeof readDataset>,
): Promise<RawFiles> {
  const [files, extra] = await Promise.all([shipped, dataset]);
  return {
    ...files,
    sources: [...files.sources, ...extra.sources.map((f) => ({ ...f, dataset: true }))],
    incidents: [...files.incidents, ...extra.incidents.map((f) => ({ ...f, dataset: true }))],
    readIssues: [...(files.readIssues ?? []), ...extra.readIssues],
  };
}

async function readShipped(fetchText: typeof fetch): Promise<RawFiles> {
  const readIssues: DataIssue[] = [];
  const get = (path: string, url: string) => fetchDataText(fetchText, path.slice(1), url);
  const getJson = async (path: string, url: string) => {
    const fetched = await fetchDataJson(fetchText, path.slice(1), url);
    if (fetched.ok) return fetched.json;
    readIssues.push(fetched.issue);
    return undefined;
  };

  const layerJobs = Object.entries(layerFileUrls).map(async ([path, url]) => {
    const layerId = path.replace(/^\/geodata\//, '').replace(/\.geojson$/, '');
    if (!isToggleId(layerId) || !LAYERS.some((l) => l.id === layerId)) {
      readIssues.push({
        file: path.slice(1),
        reason: 'is not in the layer registry (src/lib/model/layer-registry.ts)',
      });
      return undefined;
    }
    const json = await getJson(path, url);
    return json === undefined
      ? undefined
      : { file: path.slice(1), layerId: layerId as LayerId, json };
  });

  const sourceJobs = Object.entries(sourceMetaUrls).map(async ([path, url]) => {
    const textPath = path.replace(/\.json$/, '.txt');
    const textUrl = sourceTextUrls[textPath];
    if (!textUrl) {
      readIssues.push({ file: path.slice(1), reason: `has no source text ${textPath.slice(1)}` });
      return undefined;
    }
    const [meta, text] = await Promise.all([getJson(path, url), get(textPath, textUrl)]);
    if (!text.ok) {
      readIssues.push(text.issue);
      return undefined;
    }
    return meta === undefined
      ? undefined
      : { file: path.slice(1), meta, text: text.text, sha256: await sha256Hex(text.text) };
  });

  const incidentJobs = [
    ...Object.entries(incidentFileUrls).map(([path, url]) => [path, url, false] as const),
    ...Object.entries(draftFileUrls).map(([path, url]) => [path, url, true] as const),
  ].map(async ([path, url, draft]) => {
    const json = await getJson(path, url);
    return json === undefined ? undefined : { file: path.slice(1), json, draft };
  });

  const [layers, sources, incidents] = await Promise.all([
    Promise.all(layerJobs),
    Promise.all(sourceJobs),
    Promise.all(incidentJobs),
  ]);
  return {
    layers: layers.filter((x) => x !== undefined),
    sources: sources.filter((x) => x !== undefined),
    incidents: incidents.filter((x) => x !== undefined),
    readIssues,
  };
}
