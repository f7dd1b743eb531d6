/**
 * Node-side writer for `npm run update`: every file is first written in full to a temporary
 * file beside it (same folder, so the rename cannot cross file systems), and only when all of
 * them are written is each renamed over its file. A failure while writing removes the temporary
 * files and leaves every file as it was; a rename replaces a file whole, so no reader sees half
 * of one.
 */
import { renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

/**
 * Write `files` (paths on disk, UTF-8 texts) all or nothing, as far as a file system allows.
 *
 * @example
 * writeFilesAtomically([{ path: 'geodata/record/provenance.json', text }]);
 */
export function writeFilesAtomically(
  files: readonly { readonly path: string; readonly text: string }[],
): void {
  const temporary = files.map((f) => ({
    ...f,
    temp: join(dirname(f.path), `.${basename(f.path)}.${process.pid}.tmp`),
  }));
  try {
    for (const f of temporary) writeFileSync(f.temp, f.text, { flag: 'wx' });
  } catch (error) {
    for (const f of temporary) rmSync(f.temp, { force: true });
    throw error;
  }
  for (const f of temporary) renameSync(f.temp, f.path);
}
