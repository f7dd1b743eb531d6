/**
 * The record's files the build ships (geodata/record/, documented in geodata/README.md), found
 * by Vite at build time: each becomes a separate, content-hashed file fetched from the app's own
 * origin (`no-inline`: never a data: URL, which the Content-Security-Policy would refuse). The
 * licence files ship with the figures, as their licences ask; the provenance and the regions'
 * shapes load with the figures, after the map's first idle.
 */
const glob = (files: Record<string, unknown>) => files as Record<string, string>;

/** The tabulations' CSVs, by path (`/geodata/record/<name>.csv`). */
export const recordFileUrls = glob(
  import.meta.glob('/geodata/record/*.csv', {
    query: '?url&no-inline',
    import: 'default',
    eager: true,
  }),
);

/** Where the CSVs came from (`provenance.json`, written by `npm run update`), by path. */
export const recordProvenanceUrls = glob(
  import.meta.glob('/geodata/record/provenance.json', {
    query: '?url&no-inline',
    import: 'default',
    eager: true,
  }),
);

/** The schematic shapes of the ADIZ regions the reports name, by path. */
export const regionShapeUrls = glob(
  import.meta.glob('/geodata/regions/adiz-regions.geojson', {
    query: '?url&no-inline',
    import: 'default',
    eager: true,
  }),
);

/** The tabulations' licences, by path, for the attribution. */
export const recordLicenceUrls = glob(
  import.meta.glob('/geodata/record/LICENSE-*.txt', {
    query: '?url&no-inline',
    import: 'default',
    eager: true,
  }),
);
