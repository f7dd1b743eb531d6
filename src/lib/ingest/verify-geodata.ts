import * as v from 'valibot';
import { buildModel, type RawFiles } from '../model/build-model';
import { type DataIssue, issuesFromValibot } from '../model/data-issue';
import { incidentIssues } from '../model/incident-issues';
import { parseFeatureCollection } from '../model/parse-feature-collection';
import { buildRecord, type RecordFiles } from '../model/record/build-record';
import { recordManifestIssues, type RecordManifests } from '../model/record/record-manifest-issues';
import { incidentFeatureSchema } from '../model/schema';
import { gazetteerSchema } from './gazetteer-schema';

/** Everything `verifyGeodata` looks at, read from geodata/ (see scripts/commands/verify.ts). */
export interface VerifyInput {
  /** Layers, sources and curated incidents, as `readGeodataFiles` reads them. */
  readonly files: RawFiles;
  /** Draft incident files (geodata/incidents/drafts/*.geojson), parsed JSON. */
  readonly drafts: readonly { readonly file: string; readonly json: unknown }[];
  /** The gazetteer file (geodata/gazetteer.json), parsed JSON, when there is one. */
  readonly gazetteer?: { readonly file: string; readonly json: unknown };
  /** Every source text file present (geodata/sources/*.txt), to find texts without metadata. */
  readonly sourceTexts: readonly string[];
  /** The record's CSVs (geodata/record/*.csv), when there are any: every row is validated. */
  readonly record?: RecordFiles;
  /** The record's provenance.json and SHA256SUMS, with the SHA-256 of each of its files. */
  readonly recordManifests?: RecordManifests;
}

export interface VerifyReport {
  /** Problems in layers, sources, curated incidents and the gazetteer. */
  readonly errors: readonly DataIssue[];
  /** Problems in draft incidents, reported apart: drafts are not shown on the map. */
  readonly draftErrors: readonly DataIssue[];
  readonly totals: {
    readonly layers: number;
    readonly sources: number;
    readonly incidentFiles: number;
    readonly incidents: number;
    readonly draftFiles: number;
    readonly drafts: number;
    readonly gazetteerEntries: number;
    /** Tabulations of the record that loaded, and its report dates. */
    readonly recordTabulations: number;
    readonly recordDays: number;
  };
}

/**
 * Check every source and incident as the dashboard would (`buildModel`: text hashes, each
 * quote at its offsets, each date and count supported by its quote, schemas, duplicate ids
 * across files, links to layer features), and what the dashboard does not need to: each
 * source's file name is its id, every source text has metadata, every source is quoted by an
 * incident or a draft (or says in its note that it has "no incidents"), draft incidents pass
 * the same checks with ids unique across curated and draft files and places that resolve, and
 * every gazetteer entry points at a layer feature that exists, every row of the record's
 * CSVs is valid (`buildRecord`), and the record's provenance.json and SHA256SUMS hold the
 * checksums and counts of its files (`recordManifestIssues`). Pure: the caller reads the files.
 *
 * @example
 * const report = verifyGeodata(readVerifyInput('geodata'));
 * report.errors.map(formatIssue) // → [] when everything holds
 */
export function verifyGeodata(input: VerifyInput): VerifyReport {
  const model = buildModel(input.files);
  const featureRefs = new Set(
    [...model.layers].flatMap(([layerId, features]) => features.map((f) => `${layerId}/${f.id}`)),
  );

  // Sources the model refused (bad hash, bad metadata): their incidents' quotes say why.
  const refused = new Map<string, string>();
  for (const { file, meta } of input.files.sources) {
    const id = (meta as { id?: unknown } | undefined)?.id;
    if (typeof id === 'string' && !model.sources.has(id)) refused.set(id, file);
  }
  const errors: DataIssue[] = model.issues.map((issue) => {
    const unknown = /^unknown source "(.+)"$/.exec(issue.reason);
    const file = unknown ? refused.get(unknown[1]!) : undefined;
    return file
      ? { ...issue, reason: `source "${unknown![1]}" was refused (see the problem with ${file})` }
      : issue;
  });

  const metaFiles = new Set(input.files.sources.map((s) => s.file.replace(/\.json$/, '')));
  for (const text of input.sourceTexts) {
    if (!metaFiles.has(text.replace(/\.txt$/, '')))
      errors.push({
        file: text,
        reason: `has no metadata file ${text.replace(/\.txt$/, '.json')}`,
      });
  }
  for (const { file, meta } of input.files.sources) {
    const id = (meta as { id?: unknown } | undefined)?.id;
    if (typeof id === 'string' && !file.endsWith(`/${id}.json`) && file !== `${id}.json`)
      errors.push({ file, feature: id, path: 'id', reason: `the file must be named ${id}.json` });
  }

  // Drafts: the same checks, apart.
  const draftErrors: DataIssue[] = [];
  const ids = new Set(model.incidents.map((i) => i.id));
  const quoted = new Set(model.incidents.flatMap((i) => i.properties.quotes.map((q) => q.source)));
  let drafts = 0;
  for (const { file, json } of input.drafts) {
    const parsed = parseFeatureCollection(file, json, incidentFeatureSchema);
    draftErrors.push(...parsed.issues);
    for (const incident of parsed.features) {
      drafts += 1;
      draftErrors.push(...incidentIssues(file, incident, model.sources));
      for (const q of incident.properties.quotes) quoted.add(q.source);
      const link = incident.properties.place.feature;
      if (link && !featureRefs.has(link))
        draftErrors.push({
          file,
          feature: incident.id,
          path: 'properties.place.feature',
          reason: `no layer feature "${link}"`,
        });
      if (ids.has(incident.id))
        draftErrors.push({
          file,
          feature: incident.id,
          path: 'id',
          reason: 'duplicate incident id across incident and draft files',
        });
      ids.add(incident.id);
    }
  }
  // Curated incidents the model refused still quote their sources.
  for (const { json } of input.files.incidents) {
    for (const f of (json as { features?: unknown[] } | undefined)?.features ?? []) {
      const quotes = (f as { properties?: { quotes?: unknown } })?.properties?.quotes;
      if (Array.isArray(quotes))
        for (const q of quotes) if (typeof q?.source === 'string') quoted.add(q.source);
    }
  }

  for (const [id, source] of model.sources) {
    if (quoted.has(id) || /\bno incidents?\b/i.test(source.meta.note ?? '')) continue;
    const file = input.files.sources.find((s) => (s.meta as { id?: unknown })?.id === id)?.file;
    errors.push({
      file: file ?? `sources/${id}.json`,
      feature: id,
      reason:
        'no incident or draft quotes this source (if that is meant, say "no incidents" in its note)',
    });
  }

  let gazetteerEntries = 0;
  if (input.gazetteer) {
    const { file, json } = input.gazetteer;
    const parsed = v.safeParse(gazetteerSchema, json);
    if (!parsed.success) errors.push(...issuesFromValibot(file, undefined, parsed.issues));
    else {
      gazetteerEntries = parsed.output.entries.length;
      parsed.output.entries.forEach((entry, i) => {
        const ref = entry.target.feature;
        if (ref && !featureRefs.has(ref))
          errors.push({
            file,
            feature: entry.names[0],
            path: `entries[${i}].target.feature`,
            reason: `no layer feature "${ref}"`,
          });
      });
    }
  }

  const record = input.record ? buildRecord(input.record) : undefined;
  if (record) errors.push(...record.issues);
  if (input.record && input.recordManifests)
    errors.push(
      ...recordManifestIssues(
        input.recordManifests,
        input.record.files,
        new Set(record?.issues.map((i) => i.file)),
      ),
    );

  return {
    errors,
    draftErrors,
    totals: {
      layers: model.layers.size,
      sources: model.sources.size,
      incidentFiles: input.files.incidents.length,
      incidents: model.incidents.length,
      draftFiles: input.drafts.length,
      drafts,
      gazetteerEntries,
      recordTabulations: record?.record.tabulations.length ?? 0,
      recordDays: record?.record.days.length ?? 0,
    },
  };
}
