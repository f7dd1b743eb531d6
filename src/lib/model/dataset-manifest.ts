/**
 * The manifest of a dataset directory (datasets/<name>/manifest.json): what it holds and where,
 * as paths relative to the manifest. `npm run gen` writes one; the app reads it when the URL
 * says `?dataset=<name>`. Documented in geodata/README.md.
 */
import * as v from 'valibot';

/** A dataset's name: its directory under datasets/, and the `?dataset=` value that opens it. */
export const DATASET_NAME = /^[a-z0-9-]+$/;

const relativePath = (folder: string, ext: string) =>
  v.pipe(
    v.string(),
    v.regex(
      new RegExp(`^${folder}/[a-z0-9-]+\\.${ext}$`),
      `must be a path like ${folder}/<kebab-case name>.${ext}`,
    ),
  );

export const datasetManifestSchema = v.object({
  name: v.pipe(v.string(), v.regex(DATASET_NAME, 'must be a-z, 0-9 and -')),
  description: v.pipe(v.string(), v.trim(), v.nonEmpty('must not be empty')),
  /** True when the data is invented (`npm run gen`); the app says so. */
  synthetic: v.boolean(),
  /** How many incidents the files hold, for a reader and for checking the load. */
  incidents: v.pipe(v.number(), v.integer(), v.minValue(0)),
  /** Source metadata files, `sources/<id>.json`, each beside its text `sources/<id>.txt`. */
  sources: v.optional(v.array(relativePath('sources', 'json')), []),
  /**
   * Source bundles, `sources/<name>.json`, each `{ "sources": [{ "meta": …, "text": … }] }`:
   * many sources in one request (a browser refuses thousands of requests at once).
   */
  sourceBundles: v.optional(v.array(relativePath('sources', 'json')), []),
  /** Incident files, `incidents/<name>.geojson`: FeatureCollections of incidents. */
  incidentFiles: v.array(relativePath('incidents', 'geojson')),
  /**
   * (Optional) the same incidents as one FlatGeobuf file with a spatial index, `<name>.fgb`, for
   * reading a bounding box with HTTP range requests (`readIncidentsInBox`); `npm run gen -- --fgb`.
   */
  flatgeobuf: v.optional(
    v.pipe(
      v.string(),
      v.regex(/^[a-z0-9-]+\.fgb$/, 'must be a file name like <kebab-case name>.fgb'),
    ),
  ),
});

export type DatasetManifest = Readonly<v.InferOutput<typeof datasetManifestSchema>>;

/** One file of many sources: each source's metadata (sourceMetaSchema) and its full text. */
export const sourceBundleSchema = v.object({
  sources: v.array(v.object({ meta: v.unknown(), text: v.string() })),
});
