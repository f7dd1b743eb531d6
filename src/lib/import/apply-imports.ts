import {
  type BuildProgress,
  buildModelSliced,
  type DashboardModel,
  extendModelSliced,
  type RawFiles,
} from '../model/build-model';
import { type SliceOptions, yieldToPage } from '../model/run-sliced';
import { type DataIssue, formatIssue } from '../model/data-issue';
import type { ImportedFile } from './imported-file';
import { type ImportReading, withImports } from './with-imports';

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
export async function applyImports(
  base: RawFiles,
  imports: readonly ImportedFile[],
  accepted: readonly DataIssue[],
  baseModel?: DashboardModel,
  /**
   * `signal` stops the work between two slices (the promise rejects with its reason);
   * `parseJson` parses a GeoJSON import's text (in-thread by default).
   */
  options: Pick<SliceOptions<BuildProgress>, 'signal' | 'onProgress'> & ImportReading = {},
): Promise<AppliedImports> {
  const { signal, onProgress, parseJson } = options;
  const converted = await withImports(base, imports, { signal, parseJson });
  const { files } = converted;
  // Everything is checked in slices, so no import freezes the page: on top of a 100k-incident
  // dataset, or with 50,000 rows or 200,000 features of its own.
  await yieldToPage();
  const model =
    baseModel && baseModel.issues.length === 0
      ? await extendModelSliced(
          baseModel,
          {
            // withImports appends the imports' parts after the base files'.
            sources: files.sources.slice(base.sources.length),
            incidents: files.incidents.slice(base.incidents.length),
            userLayers: files.userLayers?.slice(base.userLayers?.length ?? 0),
          },
          { signal, onProgress },
        )
      : await buildModelSliced(files, { signal, onProgress });
  const known = new Map<string, number>();
  for (const issue of accepted) {
    const key = formatIssue(issue);
    known.set(key, (known.get(key) ?? 0) + 1);
  }
  const fresh = model.issues.filter((issue) => {
    const key = formatIssue(issue);
    const left = known.get(key) ?? 0;
    if (left > 0) known.set(key, left - 1);
    return left === 0;
  });
  const onLine = (issue: DataIssue): DataIssue => {
    const line = converted.csvLines.get(issue.file)?.get(issue.feature ?? '');
    return line === undefined ? issue : { ...issue, feature: `line ${line} (${issue.feature})` };
  };
  return {
    model,
    incidentIds: converted.incidentIds,
    newIssues: [...converted.issues, ...fresh.map(onLine)],
  };
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
