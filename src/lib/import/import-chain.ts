import type { DashboardModel, RawFiles } from '../model/build-model';
import type { DataIssue } from '../model/data-issue';
import { addImports, type AppliedImports, type ApplyOptions, applyImports } from './apply-imports';
import type { ImportedFile } from './imported-file';

/** The base model, which every import goes on top of, and its files while they may be needed. */
export interface ImportBase {
  /**
   * The files the model was built from, kept only while the model has issues: an import could
   * mend one (a source an incident lacked), and the whole model is then built again from them.
   * Without issues nothing reads them again, and they are let go (a dataset's are hundreds of MB).
   */
  readonly files?: RawFiles;
  readonly model: DashboardModel;
}

/**
 * The model after the first `count` imports: links kept so that a change re-checks only the
 * imports from the first one it changes, on the model of those before it.
 */
export interface ImportLink {
  readonly count: number;
  readonly model: DashboardModel;
  readonly incidentIds: ReadonlySet<string>;
}

/** The imports as applied: the list, and the links of models along it. */
export interface ImportChain {
  readonly imports: readonly ImportedFile[];
  readonly links: readonly ImportLink[];
}

export const NO_IMPORTS: ImportChain = { imports: [], links: [] };

/**
 * `next` applied on top of `base`, reusing what `chain` (the imports applied now) already
 * checked: the imports that `next` keeps in front are not checked again, and each import is
 * read once while it holds (`options.readings`). With a base model that has issues, the whole
 * model is built again (an imported source could mend a base incident). Gives the result, and
 * the chain to keep when it is accepted.
 *
 * @example
 * const { applied, chain: after } = await applyOnChain(base, chain, [...chain.imports, csv]);
 * if (applied.newIssues.length === 0) chain = after;
 */
export async function applyOnChain(
  base: ImportBase,
  chain: ImportChain,
  next: readonly ImportedFile[],
  options: ApplyOptions = {},
): Promise<{ readonly applied: AppliedImports; readonly chain: ImportChain }> {
  if (base.files && base.model.issues.length > 0) {
    const applied = await applyImports(base.files, next, base.model.issues, undefined, options);
    const link = { count: next.length, model: applied.model, incidentIds: applied.incidentIds };
    return { applied, chain: { imports: next, links: [link] } };
  }
  let same = 0;
  while (same < next.length && chain.imports[same] === next[same]) same++;
  const from: ImportLink = chain.links.findLast((l) => l.count <= same) ?? {
    count: 0,
    model: base.model,
    incidentIds: new Set(),
  };
  const added = await addImports(from.model, next.slice(from.count), options);
  const incidentIds = new Set([...from.incidentIds, ...added.incidentIds]);
  const applied = { ...added, incidentIds };
  const kept = chain.links.filter((l) => l.count <= from.count);
  const links =
    next.length > from.count
      ? [...kept, { count: next.length, model: added.model, incidentIds }]
      : kept;
  return { applied, chain: { imports: next, links } };
}

/** Stored imports applied again: the ones that hold, in order, and the ones skipped, with why. */
export interface RestoredChain {
  readonly model: DashboardModel;
  readonly chain: ImportChain;
  readonly incidentIds: ReadonlySet<string>;
  readonly skipped: readonly {
    readonly item: ImportedFile;
    readonly issues: readonly DataIssue[];
  }[];
}

/**
 * Apply stored imports one by one on top of `base`: each that adds no problem is kept, each that
 * does is skipped with its problems, and the rest go on. Each is read once and checked once, on
 * the model of the ones kept before it.
 *
 * @example
 * const { chain, skipped } = await restoreChain(base, parseStoredImports(stored).imports);
 */
export async function restoreChain(
  base: ImportBase,
  stored: readonly ImportedFile[],
  options: ApplyOptions = {},
): Promise<RestoredChain> {
  let chain = NO_IMPORTS;
  let model = base.model;
  let incidentIds: ReadonlySet<string> = new Set();
  const skipped: { item: ImportedFile; issues: readonly DataIssue[] }[] = [];
  for (const item of stored) {
    const next = await applyOnChain(base, chain, [...chain.imports, item], options);
    if (next.applied.newIssues.length > 0) {
      skipped.push({ item, issues: next.applied.newIssues });
      continue;
    }
    chain = next.chain;
    model = next.applied.model;
    incidentIds = next.applied.incidentIds;
  }
  return { model, chain, incidentIds, skipped };
}
