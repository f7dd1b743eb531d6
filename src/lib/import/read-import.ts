import * as v from 'valibot';
import type { RawFiles } from '../model/build-model';
import type { DataIssue } from '../model/data-issue';
import { type JsonParser, parseJsonInThread, sizeIssue } from '../model/parse-json-text';
import { runSliced, type SliceOptions } from '../model/run-sliced';
import { sourceMetaSchema } from '../model/schema';
import { sha256Hex } from '../model/sha256-hex';
import type { Source } from '../model/source';
import { csvRecordsSliced } from '../model/csv-records';
import type { ImportedFile } from './imported-file';
import { readIncidentCsvSteps, withoutBom } from './parse-incident-csv';

/** How imports are read: what stops it, and what parses a GeoJSON file's text. */
export interface ImportReading extends Pick<SliceOptions<unknown>, 'signal'> {
  /** In-thread by default; the app hands in one that parses large files in a worker. */
  readonly parseJson?: JsonParser;
}

/**
 * One import as raw files for the model, not yet checked: a text import's source and its
 * accepted incidents, a CSV's incidents (with the line and column each part came from), or a
 * GeoJSON file's collection. Made once an import, and kept by its id while it holds.
 */
export interface ReadImport {
  readonly item: ImportedFile;
  readonly sources: RawFiles['sources'];
  readonly incidents: RawFiles['incidents'];
  /** A GeoJSON import: its collection, the name it is shown by and the stem its id is made of. */
  readonly layer?: { readonly json: unknown; readonly name: string; readonly stem: string };
  /** Problems found reading it (CSV rows, JSON syntax), before the model's check. */
  readonly issues: readonly DataIssue[];
  /** Ids of the incidents it brings. */
  readonly incidentIds: readonly string[];
  /**
   * The sources a CSV's quotes were found in by their words, with the text each had then
   * (undefined: none was loaded): the reading holds while they are the same.
   */
  readonly lookups: ReadonlyMap<string, string | undefined>;
}

/**
 * Read an import into raw files (`ReadImport`). A CSV's quotes given without offsets are found
 * in `known` (the sources of the model it goes on, and of the imported texts). Nothing is
 * trusted: the model checks all of it.
 *
 * @example
 * const read = await readImport(csv, model.sources);
 * extendModel(model, { sources: read.sources, incidents: read.incidents });
 */
export async function readImport(
  item: ImportedFile,
  known: ReadonlyMap<string, Source>,
  options: ImportReading = {},
): Promise<ReadImport> {
  const { signal, parseJson = parseJsonInThread } = options;
  const none = { sources: [], incidents: [], issues: [], incidentIds: [], lookups: new Map() };
  if (item.kind === 'text') {
    const ids = item.incidents
      .map((f) => (f as { id?: unknown } | null)?.id)
      .filter((id): id is string => typeof id === 'string');
    return {
      ...none,
      item,
      sources: [
        { file: item.file, meta: item.meta, text: item.text, sha256: await sha256Hex(item.text) },
      ],
      incidents: [
        { file: item.file, json: { type: 'FeatureCollection', features: item.incidents } },
      ],
      incidentIds: ids,
    };
  }
  if (item.kind === 'csv') {
    // Read in slices: a CSV of 50,000 rows must not freeze the page.
    const tooLarge = sizeIssue(item.file, item.text.length);
    const records = tooLarge
      ? undefined
      : await csvRecordsSliced(withoutBom(item.text), { signal });
    const lookups = new Map<string, string | undefined>();
    const lookUp = (id: string) => {
      const source = known.get(id);
      lookups.set(id, source?.text);
      return source;
    };
    const rows = await runSliced(readIncidentCsvSteps(item.file, item.text, lookUp, records), {
      signal,
    });
    const issues = [...rows.issues];
    if (issues.length === 0 && rows.features.length === 0)
      issues.push({ file: item.file, reason: 'has no incidents' });
    return {
      ...none,
      item,
      incidents: [
        {
          file: item.file,
          json: { type: 'FeatureCollection', features: rows.features },
          origins: rows.origins,
        },
      ],
      issues,
      incidentIds: [...rows.lines.keys()],
      lookups,
    };
  }
  const parsed = await parseJson(item.file, item.text, signal);
  if (!parsed.ok) return { ...none, item, issues: [parsed.issue] };
  const stem = item.file.replace(/\.[^.]*$/, '');
  const named = (parsed.json as { name?: unknown } | null)?.name;
  const name = typeof named === 'string' && named.trim() !== '' ? named.trim() : stem;
  return { ...none, item, layer: { json: parsed.json, name, stem } };
}

/**
 * Whether a reading made earlier still holds for `item` on top of `known`: the same import
 * (not one replaced under its id), and every source its CSV looked a quote up in the same.
 */
export function readingHolds(
  read: ReadImport,
  item: ImportedFile,
  known: ReadonlyMap<string, Source>,
): boolean {
  if (read.item !== item) return false;
  for (const [id, text] of read.lookups) if (known.get(id)?.text !== text) return false;
  return true;
}

/**
 * The sources quotes may be looked up in: each source whose metadata holds, the first of an id
 * kept.
 */
export function lookupSources(
  sources: readonly { readonly meta: unknown; readonly text: string }[],
  into: Map<string, Source> = new Map(),
): Map<string, Source> {
  for (const { meta, text } of sources) {
    const parsed = v.safeParse(sourceMetaSchema, meta);
    if (parsed.success && !into.has(parsed.output.id))
      into.set(parsed.output.id, { meta: parsed.output, text });
  }
  return into;
}
