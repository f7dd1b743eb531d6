import * as v from 'valibot';

const common = {
  /** Unique among the imports; a new record with the same id replaces the old one. */
  id: v.pipe(v.string(), v.nonEmpty()),
  /** The file's name as the user chose it, used in messages. */
  file: v.pipe(v.string(), v.nonEmpty()),
  /** The file's text, exactly as read. */
  text: v.string(),
  /** When it was imported (ISO timestamp), for the list. */
  importedAt: v.string(),
};

/**
 * One import as the browser stores it: the raw file, never the model built from it, so every
 * start validates it again. A text import also keeps the source metadata from the form and the
 * drafts the user accepted (which the extractor may no longer give in the same form).
 */
export const importedFileSchema = v.variant('kind', [
  v.object({ kind: v.literal('csv'), ...common }),
  v.object({ kind: v.literal('geojson'), ...common }),
  v.object({
    kind: v.literal('text'),
    ...common,
    /** Source metadata, checked by `buildModel` like a file in geodata/sources/. */
    meta: v.unknown(),
    /** The accepted drafts, as incident features (checked by `buildModel`). */
    incidents: v.array(v.unknown()),
  }),
]);

export type ImportedFile = v.InferOutput<typeof importedFileSchema>;
export type ImportKind = ImportedFile['kind'];
