/**
 * The checks `npm run verify` makes of geodata/record/'s two manifests: `provenance.json`
 * (valid, one entry a tabulation, each CSV's SHA-256 and count of rows those of the file on
 * disk) and `SHA256SUMS` (every file it lists there, with the SHA-256 it gives). A CSV changed
 * by hand, or a manifest edited, is caught.
 */
import { csvRecords } from '../csv-records';
import type { DataIssue } from '../data-issue';
import { parseRecordProvenance, PROVENANCE_FILE, provenanceOf } from './record-provenance';
import { SHA256SUMS_FILE } from './plan-record-update';
import { TABULATIONS } from './record-tabulations';

/** geodata/record/'s manifests as read (absent: missing) and the SHA-256 of each of its files, by name in the app. */
export interface RecordManifests {
  readonly provenance?: string;
  readonly sums?: string;
  readonly sha256: Readonly<Record<string, string>>;
}

/**
 * Problems with the manifests, each naming the manifest, the tabulation or file, the field and
 * the reason. `csvs` are the record's CSVs as read, and `brokenFiles` those with rows the
 * record could not read: they are named there already, so their checksums are not named again.
 *
 * @example
 * recordManifestIssues(manifests, files, new Set()).map(formatIssue)
 * // → ['geodata/record/provenance.json › eskim19 › csv.sha256: is 2b1a…, but geodata/record/eskim19-taiwan-strait-tracker.csv's is 9f0c…: …']
 */
export function recordManifestIssues(
  manifests: RecordManifests,
  csvs: readonly { readonly file: string; readonly text: string }[],
  brokenFiles: ReadonlySet<string>,
): DataIssue[] {
  const issues: DataIssue[] = [];
  const changed = (file: string) => !brokenFiles.has(file);

  if (manifests.provenance === undefined)
    issues.push({ file: PROVENANCE_FILE, reason: 'is missing' });
  else {
    const { provenance, issues: invalid } = parseRecordProvenance(manifests.provenance);
    issues.push(...invalid);
    for (const tabulation of provenance ? TABULATIONS : []) {
      const entry = provenanceOf(provenance, tabulation.id);
      const at = (path: string, reason: string) =>
        issues.push({ file: PROVENANCE_FILE, feature: tabulation.id, path, reason });
      if (!entry) {
        at('id', `has no entry for ${tabulation.id}`);
        continue;
      }
      if (entry.csv.file !== tabulation.file) at('csv.file', `must be ${tabulation.file}`);
      const csv = csvs.find((f) => f.file === tabulation.file);
      const sha256 = manifests.sha256[tabulation.file];
      if (!csv || sha256 === undefined) {
        at('csv.file', `${tabulation.file} is missing`);
        continue;
      }
      if (entry.csv.sha256 !== sha256 && changed(csv.file))
        at(
          'csv.sha256',
          `is ${entry.csv.sha256}, but ${csv.file}'s is ${sha256}: the CSV changed after it was written from ${entry.commit} (run npm run update, or undo the change)`,
        );
      const rows = dataRows(csv.text);
      if (entry.csv.rows !== rows)
        at('csv.rows', `is ${entry.csv.rows}, but ${csv.file} has ${rows} rows`);
    }
  }

  if (manifests.sums === undefined) issues.push({ file: SHA256SUMS_FILE, reason: 'is missing' });
  else
    for (const line of manifests.sums.split('\n').filter((l) => l !== '')) {
      const m = /^([0-9a-f]{64}) [ *](.+)$/.exec(line);
      if (!m) {
        issues.push({ file: SHA256SUMS_FILE, reason: `"${line}" is not a line of sha256sum` });
        continue;
      }
      const file = `geodata/record/${m[2]!}`;
      const sha256 = manifests.sha256[file];
      if (sha256 === undefined)
        issues.push({ file: SHA256SUMS_FILE, feature: m[2]!, reason: 'is missing' });
      else if (sha256 !== m[1] && changed(file))
        issues.push({
          file: SHA256SUMS_FILE,
          feature: m[2]!,
          reason: `its SHA-256 is ${sha256}, not ${m[1]}: the file changed after the manifest was written`,
        });
    }
  return issues;
}

/** The rows of a CSV text: its non-blank records after the header. */
function dataRows(text: string): number {
  const records = csvRecords(text.replace(/^\uFEFF/, '')).filter((r) =>
    r.cells.some((c) => c !== ''),
  );
  return Math.max(0, records.length - 1);
}
