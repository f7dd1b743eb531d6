/**
 * The imports kept in this browser (IndexedDB, through idb-keyval): the raw files the user
 * imported, never the model built from them. The only code that touches that storage.
 */
import { createStore, get, set } from 'idb-keyval';
import type { ImportedFile } from '../import/imported-file';
import type { StoredImports } from '../import/parse-stored-imports';

const KEY = 'imports';
let store: ReturnType<typeof createStore> | undefined;
const database = () => (store ??= createStore('straitwatch', 'imports'));

/** What storage holds, as `unknown` (parse it with `parseStoredImports`); `undefined` when empty. */
export async function readStoredImports(): Promise<unknown> {
  return get(KEY, database());
}

/** Replace what storage holds with these imports. */
export async function writeStoredImports(imports: readonly ImportedFile[]): Promise<void> {
  const value: StoredImports = { version: 1, imports: imports.map((i) => ({ ...i })) };
  await set(KEY, value, database());
}
