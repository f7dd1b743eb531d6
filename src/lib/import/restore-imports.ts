import {
  type BuildProgress,
  buildModelSliced,
  type DashboardModel,
  type RawFiles,
} from '../model/build-model';
import type { DataIssue } from '../model/data-issue';
import type { JsonParser } from '../model/parse-json-text';
import { restoreChain } from './import-chain';
import type { ImportedFile } from './imported-file';

export interface RestoredImports {
  readonly model: DashboardModel;
  /** The model of the base files alone, for later imports to be checked on top of. */
  readonly baseModel: DashboardModel;
  /** The imports that still hold, in order. */
  readonly imports: readonly ImportedFile[];
  readonly incidentIds: ReadonlySet<string>;
  /** Stored imports that no longer validate, with why: not applied. */
  readonly skipped: readonly {
    readonly item: ImportedFile;
    readonly issues: readonly DataIssue[];
  }[];
}

/**
 * Build the model of the base files, then apply stored imports one by one on top of it
 * (`restoreChain`): each that adds no problem is kept, each that does is skipped with its
 * problems, and the rest go on. `onProgress` hears how far the check of the base files is.
 *
 * @example
 * const { model, skipped } = await restoreImports(shipped, parseStoredImports(stored).imports);
 */
export async function restoreImports(
  base: RawFiles,
  stored: readonly ImportedFile[],
  onProgress?: (progress: BuildProgress) => void,
  /** Parses a stored GeoJSON import's text (in-thread by default). */
  parseJson?: JsonParser,
): Promise<RestoredImports> {
  // The shipped files and a dataset: checked in slices, so the page stays responsive.
  const baseModel = await buildModelSliced(base, { onProgress });
  const restored = await restoreChain({ files: base, model: baseModel }, stored, {
    parseJson,
    readings: new Map(),
  });
  const { model, chain, incidentIds, skipped } = restored;
  return { model, baseModel, imports: chain.imports, incidentIds, skipped };
}
