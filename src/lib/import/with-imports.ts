import * as v from 'valibot';
import type { RawFiles } from '../model/build-model';
import type { DataIssue } from '../model/data-issue';
import { INCIDENTS_LAYER, LAYERS } from '../model/layer-registry';
import { type JsonParser, parseJsonInThread, sizeIssue } from '../model/parse-json-text';
import { sourceMetaSchema } from '../model/schema';
import { sha256Hex } from '../model/sha256-hex';
import type { Source } from '../model/source';
import type { ImportedFile } from './imported-file';
import { parseIncidentCsvSteps, withoutBom } from './parse-incident-csv';
import { csvRecordsSliced } from '../model/csv-records';
import { runSliced, type SliceOptions } from '../model/run-sliced';
import { slug } from './slug';

/** How imports are read: what stops it, and what parses a GeoJSON file's text. */
export interface ImportReading extends Pick<SliceOptions<unknown>, 'signal'> {
  /** In-thread by default; the app hands in one that parses large files in a worker. */
  readonly parseJson?: JsonParser;
}

export interface FilesWithImports {
  /** The shipped files plus the imports, ready for `buildModel`. */
  readonly files: RawFiles;
  /** Problems found turning the imports into files (CSV rows, JSON syntax). */
  readonly issues: readonly DataIssue[];
  /** Ids of the incidents the imports bring. */
  readonly incidentIds: ReadonlySet<string>;
  /** For each CSV file, the line each incident starts on, to name lines in later problems. */
  readonly csvLines: ReadonlyMap<string, ReadonlyMap<string, number>>;
}

/**
 * The shipped raw files plus the imports, in import order: a text import adds a source and its
 * accepted incidents, a CSV adds an incident file (its quotes looked up in the shipped and
 * imported sources), a GeoJSON file a user layer with an id from its file name (unique among
 * layers) and the collection's `name`, else the file name, as its name. Nothing is trusted:
 * `buildModel` checks all of it.
 *
 * @example
 * const { files, issues } = await withImports(shipped, imports);
 * buildModel(files);
 */
export async function withImports(
  base: RawFiles,
  imports: readonly ImportedFile[],
  options: ImportReading = {},
): Promise<FilesWithImports> {
  const { signal, parseJson = parseJsonInThread } = options;
  const issues: DataIssue[] = [];
  const incidentIds = new Set<string>();
  const csvLines = new Map<string, ReadonlyMap<string, number>>();
  const sources = [...base.sources];
  const incidents = [...base.incidents];
  const userLayers = [...(base.userLayers ?? [])];

  for (const item of imports) {
    if (item.kind !== 'text') continue;
    sources.push({
      file: item.file,
      meta: item.meta,
      text: item.text,
      sha256: await sha256Hex(item.text),
    });
    incidents.push({
      file: item.file,
      json: { type: 'FeatureCollection', features: item.incidents },
    });
    for (const f of item.incidents) {
      const id = (f as { id?: unknown } | null)?.id;
      if (typeof id === 'string') incidentIds.add(id);
    }
  }

  // Quotes in a CSV are looked up in every source whose metadata holds.
  const known = new Map<string, Source>();
  for (const { meta, text } of sources) {
    const parsed = v.safeParse(sourceMetaSchema, meta);
    if (parsed.success && !known.has(parsed.output.id))
      known.set(parsed.output.id, { meta: parsed.output, text });
  }

  const taken = new Set<string>([
    ...LAYERS.map((l) => l.id),
    INCIDENTS_LAYER.id,
    ...userLayers.map((l) => l.id),
  ]);
  for (const item of imports) {
    if (item.kind === 'csv') {
      // Read in slices: a CSV of 50,000 rows must not freeze the page.
      const tooLarge = sizeIssue(item.file, item.text.length);
      const records = tooLarge
        ? undefined
        : await csvRecordsSliced(withoutBom(item.text), { signal });
      const parsed = await runSliced(parseIncidentCsvSteps(item.file, item.text, known, records), {
        signal,
      });
      issues.push(...parsed.issues);
      if (parsed.issues.length === 0 && parsed.incidents.length === 0)
        issues.push({ file: item.file, reason: 'has no incidents' });
      incidents.push({
        file: item.file,
        json: { type: 'FeatureCollection', features: parsed.incidents },
      });
      csvLines.set(item.file, parsed.lines);
      for (const incident of parsed.incidents) incidentIds.add(incident.id);
    } else if (item.kind === 'geojson') {
      const parsed = await parseJson(item.file, item.text, signal);
      if (!parsed.ok) {
        issues.push(parsed.issue);
        continue;
      }
      const stem = item.file.replace(/\.[^.]*$/, '');
      let id = `user-${slug(stem, 'layer')}`;
      for (let n = 2; taken.has(id); n++) id = `user-${slug(stem, 'layer')}-${n}`;
      taken.add(id);
      const named = (parsed.json as { name?: unknown } | null)?.name;
      const name = typeof named === 'string' && named.trim() !== '' ? named.trim() : stem;
      userLayers.push({ file: item.file, id, name, json: parsed.json });
    }
  }

  return {
    files: { ...base, sources, incidents, userLayers },
    issues,
    incidentIds,
    csvLines,
  };
}
