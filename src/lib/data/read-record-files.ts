/**
 * Node-side reader of geodata/record/ for the tests and the `npm run record` command: the same
 * `RecordFiles` the browser's `readRecord` fetches, read from disk.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { DataIssue } from '../model/data-issue';
import type { RecordFile, RecordFiles } from '../model/record/build-record';

/**
 * Read every CSV in `<root>/record/`, `<root>/record/provenance.json` and, where `<root>/regions/`
 * exists, `<root>/regions/adiz-regions.geojson`, named as the app names them
 * (`geodata/record/<name>.csv`). A missing file is a read issue; the others still load. (A root
 * of the record alone, as `npm run record` may be given, has no regions to map.)
 */
export function readRecordFiles(root: string): RecordFiles {
  const dir = join(root, 'record');
  const name = (path: string) => relative(join(root, '..'), path).split('\\').join('/');
  if (!existsSync(dir))
    return { files: [], readIssues: [{ file: name(dir), reason: 'is missing' }] };
  const readIssues: DataIssue[] = [];
  const read = (path: string): RecordFile | undefined => {
    if (existsSync(path)) return { file: name(path), text: readFileSync(path, 'utf8') };
    readIssues.push({ file: name(path), reason: 'is missing' });
    return undefined;
  };
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.csv'))
    .sort()
    .map((f) => read(join(dir, f))!);
  const provenance = read(join(dir, 'provenance.json'));
  const regions = existsSync(join(root, 'regions'))
    ? read(join(root, 'regions', 'adiz-regions.geojson'))
    : undefined;
  return {
    files,
    ...(provenance ? { provenance } : {}),
    ...(regions ? { regions } : {}),
    readIssues,
  };
}
