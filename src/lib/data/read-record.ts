import type { DataIssue } from '../model/data-issue';
import type { RecordFile, RecordFiles } from '../model/record/build-record';
import { fetchDataText } from './fetch-data-text';
import { recordFileUrls, recordProvenanceUrls, regionShapeUrls } from './record-urls';

/** The record's other files, by path (`/geodata/…`), as `record-urls.ts` finds them. */
export interface RecordSideUrls {
  readonly provenance: Readonly<Record<string, string>>;
  readonly regions: Readonly<Record<string, string>>;
}

/**
 * Fetch the record's CSVs (geodata/record/*.csv), its provenance (geodata/record/provenance.json)
 * and the regions' shapes (geodata/regions/adiz-regions.geojson) from the app's own origin, in
 * parallel, as text for `buildRecord`; nothing is trusted yet. A file that cannot be fetched
 * becomes a read issue naming it, and the others still load.
 *
 * @example
 * const { record, issues } = buildRecord(await readRecord(fetch));
 */
export async function readRecord(
  fetchText: typeof fetch = fetch,
  urls: Readonly<Record<string, string>> = recordFileUrls,
  side: RecordSideUrls = { provenance: recordProvenanceUrls, regions: regionShapeUrls },
): Promise<RecordFiles> {
  const readIssues: DataIssue[] = [];
  const read = (entries: Readonly<Record<string, string>>) =>
    Promise.all(
      Object.entries(entries).map(async ([path, url]): Promise<RecordFile | undefined> => {
        const fetched = await fetchDataText(fetchText, path.slice(1), url);
        if (fetched.ok) return { file: path.slice(1), text: fetched.text };
        readIssues.push(fetched.issue);
        return undefined;
      }),
    );
  const [files, [provenance], [regions]] = await Promise.all([
    read(urls),
    read(side.provenance),
    read(side.regions),
  ]);
  return {
    files: files.filter((f) => f !== undefined),
    ...(provenance ? { provenance } : {}),
    ...(regions ? { regions } : {}),
    readIssues,
  };
}
