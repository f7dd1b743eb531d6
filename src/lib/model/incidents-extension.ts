import type { Incident } from './schema';

/**
 * How a model's incident list was made from an earlier model's (`extendModel`): the earlier
 * list, and the rows the added incidents took in the new one. What is derived from a list of
 * 100,000 incidents (its columns, its look-up by id, its id set) can then be derived from the
 * earlier list's by adding only what was added.
 */
export interface IncidentsExtension {
  readonly base: readonly Incident[];
  /** Each added incident's row in the new list, ascending (the added are in list order). */
  readonly addedRows: Int32Array;
}

/** The set of ids a check asks and adds to (`IncidentContext.incidentIds`). */
export interface IncidentIdSet {
  has(id: string): boolean;
  add(id: string): unknown;
}

const extensions = new WeakMap<readonly Incident[], IncidentsExtension>();
const idSets = new WeakMap<readonly Incident[], IncidentIdSet>();

/** Record how `incidents` extends an earlier list (called by the model build). */
export function rememberExtension(
  incidents: readonly Incident[],
  extension: IncidentsExtension,
): void {
  extensions.set(incidents, extension);
}

/**
 * How `incidents` extends an earlier list, when it was made by `extendModel`.
 *
 * @example
 * const next = extendModel(model, { sources: [], incidents: [csv] });
 * incidentsExtension(next.incidents)?.base === model.incidents // → true
 */
export function incidentsExtension(incidents: readonly Incident[]): IncidentsExtension | undefined {
  return extensions.get(incidents);
}

/** Record the ids of `incidents` (the set a build ended with; not changed after). */
export function rememberIds(incidents: readonly Incident[], ids: IncidentIdSet): void {
  idSets.set(incidents, ids);
}

/** Overlays deeper than this are copied into one set (each look-up walks the chain). */
const MAX_OVERLAY_DEPTH = 16;

/**
 * A set of ids for checking incidents on top of `incidents`: it holds their ids, and what is
 * added goes into a set of its own, so the ids of 100,000 incidents are not copied for a
 * one-incident import (the list's own set, kept by the build that made it, stays as it was).
 *
 * @example
 * const ids = idsOnTop(model.incidents);
 * ids.has(model.incidents[0].id) // → true
 */
export function idsOnTop(
  incidents: readonly Incident[],
): IncidentIdSet & { readonly depth: number } {
  const known = idSets.get(incidents) as (IncidentIdSet & { depth?: number }) | undefined;
  const depth = (known?.depth ?? 0) + 1;
  if (!known || depth > MAX_OVERLAY_DEPTH) {
    const own = new Set(incidents.map((i) => i.id));
    return { has: (id) => own.has(id), add: (id) => own.add(id), depth: 0 };
  }
  const own = new Set<string>();
  return { has: (id) => own.has(id) || known.has(id), add: (id) => own.add(id), depth };
}
