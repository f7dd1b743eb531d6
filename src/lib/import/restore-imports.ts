import {
  type BuildProgress,
  buildModelSliced,
  type DashboardModel,
  type RawFiles,
} from '../model/build-model';
import type { DataIssue } from '../model/data-issue';
import { applyImports } from './apply-imports';
import type { JsonParser } from '../model/parse-json-text';
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
 * Apply stored imports one by one on top of the shipped files: each that adds no problem is
 * kept, each that does is skipped with its problems, and the rest go on. `onProgress` hears how
 * far the check of the base files is.
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
  let model = baseModel;
  const accepted = model.issues;
  let incidentIds: ReadonlySet<string> = new Set();
  const imports: ImportedFile[] = [];
  const skipped: { item: ImportedFile; issues: readonly DataIssue[] }[] = [];
  for (const item of stored) {
    const next = await applyImports(base, [...imports, item], accepted, baseModel, { parseJson });
    if (next.newIssues.length > 0) {
      skipped.push({ item, issues: next.newIssues });
      continue;
    }
    imports.push(item);
    model = next.model;
    incidentIds = next.incidentIds;
  }
  return { model, baseModel, imports, incidentIds, skipped };
}
