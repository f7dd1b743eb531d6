/**
 * The imports kept in this browser (IndexedDB, through idb-keyval): the raw files the user
 * imported, never the model built from them. The only code that touches that storage.
 *
 * An import whose file is at hand is stored as that file (a Blob: IndexedDB keeps it by
 * reference), not as its text, which IndexedDB would copy on the page's thread every time the
 * list is written (≈ 150 ms for a 25 MB layer). Read back, the bytes are decoded as strictly as
 * they were at import, so the text is the same, and written again as the same Blob. A text
 * stored as a string reads back as it is.
 */
import { createStore, get, set } from 'idb-keyval';
import type { ImportedFile } from '../import/imported-file';
import type { StoredImports } from '../import/parse-stored-imports';
import { decodeText } from '../model/decode-text';

const KEY = 'imports';
/**
 * The bytes each stored import was read back from, with the text they gave (by import id): an
 * import restored at start is written again as the same Blob, not as a copy of its text.
 */
const readBack = new Map<string, { readonly text: string; readonly file: Blob }>();
let store: ReturnType<typeof createStore> | undefined;
const database = () => (store ??= createStore('straitwatch', 'imports'));

/** What storage holds, as `unknown` (parse it with `parseStoredImports`); `undefined` when empty. */
export async function readStoredImports(): Promise<unknown> {
  const value: unknown = await get(KEY, database());
  const imports = (value as { imports?: unknown } | undefined)?.imports;
  if (!Array.isArray(imports)) return value;
  const asText = async (item: unknown) => {
    const { text, file, id } = (item ?? {}) as { text?: unknown; file?: unknown; id?: unknown };
    if (!(text instanceof Blob)) return item;
    const decoded = decodeText(new Uint8Array(await text.arrayBuffer()), String(file));
    if (decoded.ok && typeof id === 'string') readBack.set(id, { text: decoded.text, file: text });
    // Bytes that decoded once decode again; if not, the entry is refused as having no text.
    return { ...(item as object), text: decoded.ok ? decoded.text : null };
  };
  return { ...(value as object), imports: await Promise.all(imports.map(asText)) };
}

/**
 * Replace what storage holds with these imports; `fileOf` gives the file an import was read
 * from, when it is at hand, to be stored in place of its text.
 */
export async function writeStoredImports(
  imports: readonly ImportedFile[],
  fileOf: (item: ImportedFile) => Blob | undefined = () => undefined,
): Promise<void> {
  // A removed import's bytes and text are not kept for it.
  const ids = new Set(imports.map((item) => item.id));
  for (const id of readBack.keys()) if (!ids.has(id)) readBack.delete(id);
  // StoredImports, but with each text whose file is at hand as that file (read back above).
  const value = {
    version: 1,
    imports: imports.map((item) => {
      const back = readBack.get(item.id);
      const same = back !== undefined && back.text === item.text ? back.file : undefined;
      return { ...item, text: fileOf(item) ?? same ?? item.text };
    }),
  } as unknown as StoredImports;
  await set(KEY, value, database());
}
