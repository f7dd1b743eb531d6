import {
  type BuildProgress,
  buildModelSliced,
  type DashboardModel,
  extendModelSliced,
  type RawFiles,
} from '../model/build-model';
import { type SliceOptions, yieldToPage } from '../model/run-sliced';
import { type DataIssue, formatIssue } from '../model/data-issue';
import { INCIDENTS_LAYER, LAYERS } from '../model/layer-registry';
import type { Source } from '../model/source';
import type { ImportedFile } from './imported-file';
import { inLineOrder } from './parse-incident-csv';
import {
  type ImportReading,
  lookupSources,
  type ReadImport,
  readImport,
  readingHolds,
} from './read-import';
import { slug } from './slug';

export interface AppliedImports {
  /** The model of the shipped files plus the imports. */
  readonly model: DashboardModel;
  /** Ids of the incidents the imports bring. */
  readonly incidentIds: ReadonlySet<string>;
  /**
   * Problems the imports bring that were not there before: when there is any, the imports are
   * to be refused whole and the model kept as it was.
   */
  readonly newIssues: readonly DataIssue[];
}

/** How imports are applied: progress, a stop, the JSON parser, and the readings kept so far. */
export type ApplyOptions = Pick<SliceOptions<BuildProgress>, 'signal' | 'onProgress'> &
  ImportReading & {
    /**
     * Readings of imports made before, by id: one that still holds is used again rather than
     * read again, and each new one is put here (the model store keeps them).
     */
    readonly readings?: Map<string, ReadImport>;
  };

/**
 * Build the model of the shipped files plus a list of imports, and say what problems that adds
 * to the ones already accepted (say, in the shipped data). Problems in CSV incidents name the
 * line they start on.
 *
 * `baseModel`, the model of `base` alone, lets the imports be checked on top of it rather than
 * everything again (`extendModel`): on a 100,000-incident dataset, a fraction of a second instead
 * of seconds. Without it, or when it has issues, the whole model is built again, in slices.
 *
 * @example
 * const next = await applyImports(shipped, [...imports, csv], model.issues, shippedModel);
 * if (next.newIssues.length === 0) dashboard.setModel(next.model);
 */
export function applyImports(
  base: RawFiles,
  imports: readonly ImportedFile[],
  accepted: readonly DataIssue[],
  baseModel?: DashboardModel,
  options: ApplyOptions = {},
): Promise<AppliedImports> {
  return baseModel && baseModel.issues.length === 0
    ? addImports(baseModel, imports, options)
    : rebuildWithImports(base, imports, accepted, options);
}

/**
 * The imports checked on top of `model` (a model without issues: the base's, or the base's with
 * imports already on it), and nothing else: an import on top of 100,000 checked incidents costs
 * what the import holds. Its new issues are the ones the check adds.
 *
 * @example
 * const next = await addImports(withTwoImports, [third]);
 */
export async function addImports(
  model: DashboardModel,
  imports: readonly ImportedFile[],
  options: ApplyOptions = {},
): Promise<AppliedImports> {
  const reads = await readImports(
    imports,
    new Map(model.sources),
    model.userLayers.keys(),
    options,
  );
  // Everything is checked in slices, so no import freezes the page: on top of a 100k-incident
  // dataset, or with 50,000 rows or 200,000 features of its own.
  await yieldToPage();
  const { signal, onProgress } = options;
  const next = await extendModelSliced(model, reads.files, { signal, onProgress });
  return {
    model: next,
    incidentIds: reads.incidentIds,
    newIssues: byImport(reads.reads, next.issues.slice(model.issues.length)),
  };
}

/**
 * The whole model built again from the base files and the imports, for a base whose model has
 * issues (an imported source could mend one of its incidents); new issues are the ones that
 * are not among `accepted`.
 */
async function rebuildWithImports(
  base: RawFiles,
  imports: readonly ImportedFile[],
  accepted: readonly DataIssue[],
  options: ApplyOptions,
): Promise<AppliedImports> {
  const known = lookupSources(base.sources);
  const taken = (base.userLayers ?? []).map((l) => l.id);
  const reads = await readImports(imports, known, taken, options);
  await yieldToPage();
  const { signal, onProgress } = options;
  const files: RawFiles = {
    ...base,
    sources: [...base.sources, ...reads.files.sources],
    incidents: [...base.incidents, ...reads.files.incidents],
    userLayers: [...(base.userLayers ?? []), ...reads.files.userLayers],
  };
  const model = await buildModelSliced(files, { signal, onProgress });
  const counted = new Map<string, number>();
  for (const issue of accepted) {
    const key = formatIssue(issue);
    counted.set(key, (counted.get(key) ?? 0) + 1);
  }
  const fresh = model.issues.filter((issue) => {
    const key = formatIssue(issue);
    const left = counted.get(key) ?? 0;
    if (left > 0) counted.set(key, left - 1);
    return left === 0;
  });
  return { model, incidentIds: reads.incidentIds, newIssues: byImport(reads.reads, fresh) };
}

/**
 * The imports as raw files, in the order the model takes them: the texts' sources and incidents
 * first, then the CSVs' incidents, then the layers, each with an id from its file name, unique
 * among the layers `taken` and the registry's. A reading kept in `options.readings` that still
 * holds is used as it is.
 */
async function readImports(
  imports: readonly ImportedFile[],
  known: Map<string, Source>,
  taken: Iterable<string>,
  options: ApplyOptions,
): Promise<{
  readonly reads: readonly ReadImport[];
  readonly files: Required<Pick<RawFiles, 'sources' | 'incidents' | 'userLayers'>>;
  readonly incidentIds: ReadonlySet<string>;
}> {
  // Quotes in a CSV are looked up in every source whose metadata holds, the texts' too.
  lookupSources(
    imports.flatMap((item) => (item.kind === 'text' ? [{ meta: item.meta, text: item.text }] : [])),
    known,
  );
  const reads: ReadImport[] = [];
  for (const item of imports) {
    const kept = options.readings?.get(item.id);
    const read =
      kept && readingHolds(kept, item, known) ? kept : await readImport(item, known, options);
    options.readings?.set(item.id, read);
    reads.push(read);
  }
  const ids = new Set<string>([...LAYERS.map((l) => l.id), INCIDENTS_LAYER.id, ...taken]);
  const userLayers: NonNullable<RawFiles['userLayers']>[number][] = [];
  for (const { item, layer } of reads) {
    if (!layer) continue;
    let id = `user-${slug(layer.stem, 'layer')}`;
    for (let n = 2; ids.has(id); n++) id = `user-${slug(layer.stem, 'layer')}-${n}`;
    ids.add(id);
    userLayers.push({ file: item.file, id, name: layer.name, json: layer.json });
  }
  const texts = reads.filter((r) => r.item.kind === 'text');
  const csvs = reads.filter((r) => r.item.kind === 'csv');
  return {
    reads,
    files: {
      sources: texts.flatMap((r) => r.sources),
      incidents: [...texts, ...csvs].flatMap((r) => r.incidents),
      userLayers,
    },
    incidentIds: new Set(reads.flatMap((r) => r.incidentIds)),
  };
}

/**
 * The new problems, import by import: a CSV's own (its rows', and its incidents' as the model
 * found them) in line order, then the rest as the model found them.
 */
function byImport(reads: readonly ReadImport[], fresh: readonly DataIssue[]): DataIssue[] {
  const csvFiles = new Set(reads.filter((r) => r.item.kind === 'csv').map((r) => r.item.file));
  const issues: DataIssue[] = [];
  for (const read of reads)
    issues.push(
      ...(read.item.kind === 'csv'
        ? inLineOrder([...read.issues, ...fresh.filter((i) => i.file === read.item.file)])
        : read.issues),
    );
  issues.push(...fresh.filter((i) => !csvFiles.has(i.file)));
  return issues;
}

/**
 * `model` with the layer objects of `previous` wherever an import did not change: the layer of a
 * file in `unchanged`, with the same id. The map then leaves such a layer as it is rather than
 * handing it all its features again, and its toggle keeps its place. (A file's name is unique
 * among the imports, so an import that stayed is the same file.)
 *
 * @example
 * reuseUnchangedLayers(next.model, shown, new Set(['zones.geojson'])).userLayers.get('user-zones') === shown.userLayers.get('user-zones') // → true
 */
export function reuseUnchangedLayers(
  model: DashboardModel,
  previous: DashboardModel,
  unchanged: ReadonlySet<string>,
): DashboardModel {
  let reused = false;
  const userLayers = new Map(
    [...model.userLayers].map(([id, layer]) => {
      const before = previous.userLayers.get(id);
      if (!before || before === layer || before.file !== layer.file || !unchanged.has(layer.file))
        return [id, layer];
      reused = true;
      return [id, before];
    }),
  );
  return reused ? { ...model, userLayers } : model;
}
