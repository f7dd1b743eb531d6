import * as v from 'valibot';
import { type DataIssue, issuesFromValibot } from './data-issue';
import { checkIncidentFileSteps, type IncidentOrigins } from './check-incident-file';
import { INCIDENTS_LAYER, type LayerId, LAYERS } from './layer-registry';
import { deepFreeze, parseFeatureCollection } from './parse-feature-collection';
import { parseUserLayerSteps, type UserLayer } from './parse-user-layer';
import { drain, mapSteps, runSliced, type SliceOptions } from './run-sliced';
import { JsonText, parseJsonText } from './parse-json-text';
import { type Incident, type LayerFeature, layerFeatureSchema, sourceMetaSchema } from './schema';
import type { Source } from './source';
import { compareIncidents } from './compare-incidents';
import { idsOnTop, rememberExtension, rememberIds } from './incidents-extension';

/** From this many incidents checked, their sort gets a step of its own (tens of ms at 100,000). */
const SORT_APART = 10_000;

/** What the data layer hands the model: file contents as read, nothing trusted yet. */
export interface RawFiles {
  readonly layers: readonly {
    readonly file: string;
    readonly layerId: LayerId;
    readonly json: unknown;
  }[];
  readonly sources: readonly {
    readonly file: string;
    readonly meta: unknown;
    readonly text: string;
    /** SHA-256 of the text as read, hex; compared with the metadata's. */
    readonly sha256: string;
    /** From a dataset (`?dataset=`), not shipped: loaded after the shipped files are shown. */
    readonly dataset?: boolean;
  }[];
  /**
   * Incident files; `draft` marks files of unreviewed drafts (geodata/incidents/drafts/). `json`
   * may be the file's text (`JsonText`), parsed when its turn to be checked comes.
   */
  readonly incidents: readonly {
    readonly file: string;
    readonly json: unknown;
    readonly draft?: boolean;
    /** From a dataset (`?dataset=`), not shipped: loaded after the shipped files are shown. */
    readonly dataset?: boolean;
    /** Where each feature came from when the file was not GeoJSON (an imported CSV's rows). */
    readonly origins?: IncidentOrigins;
  }[];
  /**
   * GeoJSON layers the user imported in the browser, each shown as a layer of its own with the
   * given id (unique, not a registry layer's) and name. Optional: the shipped geodata has none.
   */
  readonly userLayers?: readonly {
    readonly file: string;
    readonly id: string;
    readonly name: string;
    readonly json: unknown;
  }[];
  /** Files that could not be read at all (missing, too large, not JSON). */
  readonly readIssues?: readonly DataIssue[];
}

/** The validated, readonly model every view is derived from. */
export interface DashboardModel {
  readonly layers: ReadonlyMap<LayerId, readonly LayerFeature[]>;
  readonly sources: ReadonlyMap<string, Source>;
  /** Sorted by date, then id. */
  readonly incidents: readonly Incident[];
  /** Ids of incidents from draft files: shown, but marked as not yet reviewed. */
  readonly draftIds: ReadonlySet<string>;
  /** Imported GeoJSON layers by id, in import order (empty without imports). */
  readonly userLayers: ReadonlyMap<string, UserLayer>;
  readonly issues: readonly DataIssue[];
}

/**
 * Validate every file and build the model. Nothing is all-or-nothing: a broken feature, source
 * or incident is reported with its file, feature and reason, and everything else is kept. An
 * incident is kept only when every quote, date and count in it holds against its source; an
 * unresolved link to a layer feature is reported without dropping it.
 *
 * @example
 * const model = buildModel(await readGeodata());
 * model.issues.map(formatIssue);
 */
export function buildModel(files: RawFiles): DashboardModel {
  return drain(buildModelSteps(files));
}

/** How far a model build is: incident features parsed plus incidents checked, of twice the features. */
export interface BuildProgress {
  readonly done: number;
  readonly total: number;
  /** Incident features in the files. */
  readonly incidents: number;
}

/**
 * Build the model as `buildModel` does, giving the main thread back whenever a slice of work
 * has taken `sliceMs`, so that the page stays responsive while 100,000 incidents are checked
 * (every quote against its source). Same input, same model.
 *
 * @example
 * const model = await buildModelSliced(files, { onProgress: (p) => (shown = p.done / p.total) });
 */
export async function buildModelSliced(
  files: RawFiles,
  options: SliceOptions<BuildProgress> = {},
): Promise<DashboardModel> {
  return runSliced(buildModelSteps(files), options);
}

/**
 * The model of `base`'s files plus `extra` ones, checking only the extra files against what
 * `base` already holds (its sources, incident ids, layer features and layer ids): an import on
 * top of 100,000 checked incidents costs what the import holds. The same model as `buildModel`
 * of all the files together whenever `base` has no issues (with issues, an extra source could
 * mend a base incident that failed, so build it all again instead).
 *
 * @example
 * const next = extendModel(buildModel(shipped), { sources: [], incidents: [csvIncidents] });
 */
export function extendModel(
  base: DashboardModel,
  extra: Pick<RawFiles, 'sources' | 'incidents' | 'userLayers'>,
): DashboardModel {
  return drain(buildModelSteps({ layers: [], ...extra }, base));
}

/**
 * `extendModel` in slices of about `sliceMs` (30 ms), yielding to the page between them: an
 * import of 50,000 incidents or a layer of 200,000 features is checked without freezing it.
 * `signal` stops it between two slices (the promise rejects with the signal's reason).
 */
export async function extendModelSliced(
  base: DashboardModel,
  extra: Pick<RawFiles, 'sources' | 'incidents' | 'userLayers' | 'readIssues'>,
  options: SliceOptions<BuildProgress> = {},
): Promise<DashboardModel> {
  return runSliced(buildModelSteps({ layers: [], ...extra }, base), options);
}

/**
 * `buildModel` in steps: yields progress every FEATURES_PER_STEP incident features parsed or
 * checked, and returns the model. With `seed`, `files` are checked on top of that model
 * (`extendModel`), and the seed's layers stand for `files.layers`.
 */
export function* buildModelSteps(
  files: RawFiles,
  seed?: DashboardModel,
): Generator<BuildProgress, DashboardModel> {
  const featureCount = (json: unknown) => {
    if (json instanceof JsonText) return json.features;
    const features = (json as { features?: unknown } | null)?.features;
    return Array.isArray(features) ? features.length : 0;
  };
  const incidentCount = files.incidents.reduce((n, f) => n + featureCount(f.json), 0);
  const total = 2 * incidentCount;
  let done = 0;
  const progress = (): BuildProgress => ({ done, total, incidents: incidentCount });

  const issues: DataIssue[] = [...(seed?.issues ?? []), ...(files.readIssues ?? [])];

  const layers = new Map<LayerId, readonly LayerFeature[]>(seed?.layers);
  for (const { file, layerId, json } of files.layers) {
    const parsed = parseFeatureCollection(file, json, layerFeatureSchema);
    issues.push(...parsed.issues);
    layers.set(layerId, parsed.features);
  }
  const featureRefs = new Set<string>();
  for (const [layerId, features] of layers)
    for (const f of features) featureRefs.add(`${layerId}/${f.id}`);

  const sources = new Map<string, Source>(seed?.sources);
  for (const { file, meta, text, sha256 } of files.sources) {
    const parsed = v.safeParse(sourceMetaSchema, meta);
    if (!parsed.success) {
      issues.push(...issuesFromValibot(file, undefined, parsed.issues));
      continue;
    }
    if (parsed.output.sha256 !== sha256) {
      issues.push({
        file,
        feature: parsed.output.id,
        path: 'sha256',
        reason: `the text's SHA-256 is ${sha256}, not ${parsed.output.sha256}: the text changed after its quotes were made`,
      });
      continue;
    }
    if (sources.has(parsed.output.id)) {
      issues.push({
        file,
        feature: parsed.output.id,
        path: 'id',
        reason: 'duplicate source id (the first one is kept)',
      });
      continue;
    }
    sources.set(parsed.output.id, deepFreeze({ meta: parsed.output, text }));
  }

  const incidents: Incident[] = [];
  const context = {
    sources,
    featureRefs,
    // On top of a seed, its ids are not copied: what the check adds goes into a set of its own.
    incidentIds: seed ? idsOnTop(seed.incidents) : new Set<string>(),
  };
  const draftIds = new Set<string>(seed?.draftIds);
  for (const { file, json: given, draft, origins } of files.incidents) {
    let json = given;
    if (given instanceof JsonText) {
      // Parsed again at its turn, in a slice of its own (tens of ms for a file of megabytes).
      yield progress();
      const parsed = parseJsonText(file, given.text);
      if (!parsed.ok) {
        issues.push(parsed.issue);
        // Its features count as done: the progress still reaches its total.
        done += 2 * given.features;
        continue;
      }
      json = parsed.json;
    }
    const start = done;
    const checked = yield* mapSteps(
      checkIncidentFileSteps(file, json, context, origins),
      (stepsDone) => {
        done = start + stepsDone;
        return progress();
      },
    );
    issues.push(...checked.issues);
    for (const incident of checked.incidents) {
      if (draft) draftIds.add(incident.id);
      incidents.push(incident);
    }
    done = start + 2 * featureCount(json);
  }
  // Sorting 100,000 incidents (tens of ms) is a slice of its own, not added to the last one of
  // checking.
  if (incidents.length >= SORT_APART) yield progress();
  incidents.sort(compareIncidents);
  let allIncidents = incidents;
  if (seed) {
    const merged = mergeSorted(seed.incidents, incidents);
    allIncidents = merged.out;
    rememberExtension(allIncidents, { base: seed.incidents, addedRows: merged.bRows });
  }
  rememberIds(allIncidents, context.incidentIds);

  const userLayers = new Map<string, UserLayer>(seed?.userLayers);
  const takenIds = new Set<string>([...LAYERS.map((l) => l.id), INCIDENTS_LAYER.id]);
  for (const { file, id, name, json } of files.userLayers ?? []) {
    if (takenIds.has(id) || userLayers.has(id)) {
      issues.push({ file, reason: `the layer id "${id}" is already taken` });
      continue;
    }
    // Progress stays where it is: a layer's features are not incidents.
    const parsed = yield* mapSteps(parseUserLayerSteps(file, json), progress);
    issues.push(...parsed.issues);
    userLayers.set(id, Object.freeze({ id, name, file, features: parsed.features }));
  }

  return { layers, sources, incidents: allIncidents, draftIds, userLayers, issues };
}

/**
 * Two lists sorted by `compareIncidents`, merged into one (on a tie, `a`'s first), and the row
 * each of `b`'s took. Each of `b`'s finds its place in `a` by binary search, so a one-incident
 * import on top of 100,000 compares ~17 times, not 100,000.
 */
function mergeSorted(
  a: readonly Incident[],
  b: readonly Incident[],
): { out: Incident[]; bRows: Int32Array } {
  const out: Incident[] = new Array<Incident>(a.length + b.length);
  const bRows = new Int32Array(b.length);
  let i = 0;
  let k = 0;
  for (let j = 0; j < b.length; j++) {
    // The first of a[i…] that sorts after b[j].
    let lo = i;
    let hi = a.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (compareIncidents(a[mid]!, b[j]!) <= 0) lo = mid + 1;
      else hi = mid;
    }
    while (i < lo) out[k++] = a[i++]!;
    bRows[j] = k;
    out[k++] = b[j]!;
  }
  while (i < a.length) out[k++] = a[i++]!;
  return { out, bRows };
}
