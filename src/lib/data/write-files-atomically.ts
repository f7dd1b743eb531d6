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
  temporary.forEach((f, i) => {
    try {
      renameSync(f.temp, f.path);
    } catch (error) {
      for (const rest of temporary.slice(i)) rmSync(rest.temp, { force: true });
      throw new PartialWriteError(
        `${(error as Error).message}: ${i} of ${temporary.length} files had been replaced (${temporary
          .slice(0, i)
          .map((done) => done.path)
          .join(', ')})`,
      );
    }
  });
}

/** A rename failed after others had succeeded: the message names the files already replaced. */
export class PartialWriteError extends Error {
  override name = 'PartialWriteError';
}
