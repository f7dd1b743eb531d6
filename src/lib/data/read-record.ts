import type { DataIssue } from '../model/data-issue';
import type { RecordFiles } from '../model/record/build-record';
import { fetchDataText } from './fetch-data-text';
import { recordFileUrls } from './record-urls';

/**
 * Fetch the record's CSVs (geodata/record/*.csv) from the app's own origin, in parallel, as
 * text for `buildRecord`; nothing is trusted yet. A file that cannot be fetched becomes a read
 * issue naming it, and the others still load.
 *
 * @example
 * const { record, issues } = buildRecord(await readRecord(fetch));
 */
export async function readRecord(
  fetchText: typeof fetch = fetch,
  urls: Readonly<Record<string, string>> = recordFileUrls,
): Promise<RecordFiles> {
  const readIssues: DataIssue[] = [];
  const files = await Promise.all(
    Object.entries(urls).map(async ([path, url]) => {
      const fetched = await fetchDataText(fetchText, path.slice(1), url);
      if (fetched.ok) return { file: path.slice(1), text: fetched.text };
      readIssues.push(fetched.issue);
      return undefined;
    }),
  );
  return { files: files.filter((f) => f !== undefined), readIssues };
}
