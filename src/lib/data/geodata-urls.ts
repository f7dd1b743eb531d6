/**
 * The geodata files the build ships, found by Vite at build time. Each becomes a separate,
 * content-hashed file (see `assetsInlineLimit` in vite.config.ts), fetched at run time from the
 * app's own origin. Adding a file to geodata/ is enough for it to be shipped.
 */
const glob = (files: Record<string, unknown>) => files as Record<string, string>;

export const layerFileUrls = glob(
  import.meta.glob('/geodata/*.geojson', { query: '?url', import: 'default', eager: true }),
);
export const sourceTextUrls = glob(
  import.meta.glob('/geodata/sources/*.txt', { query: '?url', import: 'default', eager: true }),
);
export const sourceMetaUrls = glob(
  import.meta.glob('/geodata/sources/*.json', { query: '?url', import: 'default', eager: true }),
);
/** Unreviewed drafts written by `npm run ingest`: shown, marked as drafts. */
export const draftFileUrls = glob(
  import.meta.glob('/geodata/incidents/drafts/*.geojson', {
    query: '?url',
    import: 'default',
    eager: true,
  }),
);
export const incidentFileUrls = glob(
  import.meta.glob('/geodata/incidents/*.geojson', {
    query: '?url',
    import: 'default',
    eager: true,
  }),
);
