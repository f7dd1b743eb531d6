/**
 * Node-side reader of geodata/record/ for the tests and the `npm run record` command: the same
 * `RecordFiles` the browser's `readRecord` fetches, read from disk.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { RecordFiles } from '../model/record/build-record';

/** Read every CSV in `<root>/record/`, named as the app names them (`geodata/record/<name>.csv`). */
export function readRecordFiles(root: string): RecordFiles {
  const dir = join(root, 'record');
  if (!existsSync(dir))
    return {
      files: [],
      readIssues: [{ file: relative(join(root, '..'), dir), reason: 'is missing' }],
    };
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.csv'))
    .sort()
    .map((f) => ({
      file: relative(join(root, '..'), join(dir, f)).split('\\').join('/'),
      text: readFileSync(join(dir, f), 'utf8'),
    }));
  return { files, readIssues: [] };
}
