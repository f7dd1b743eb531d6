/**
 * Where the record's CSVs came from: for each tabulation, the upstream repository and the commit
 * it was read at, that commit's date, when it was read, and a SHA-256 of every upstream file read
 * and of the CSV written from them (`geodata/record/provenance.json`, written by `npm run update`,
 * checked by `npm run verify`, shown by the record panel as the record's freshness).
 */
import * as v from 'valibot';
import { type DataIssue, issuesFromValibot } from '../data-issue';
import { isoDaySchema } from '../schema';
import { TABULATION_IDS, type TabulationId } from './record-tabulations';

/** The file, as the app and the tests name it. */
export const PROVENANCE_FILE = 'geodata/record/provenance.json';

const sha256 = v.pipe(v.string(), v.regex(/^[0-9a-f]{64}$/, 'must be a hex SHA-256'));
const instant = v.pipe(
  v.string(),
  v.regex(
    /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:Z|[+-]\d{2}:\d{2})$/,
    'must be a date and time with its zone, as 2026-12-03T06:00:00Z',
  ),
  v.check((s) => !Number.isNaN(Date.parse(s)), 'is not a real date and time'),
);
/** A commit's date: a date and time with its zone, or a day where only the day is known. */
const commitDate = v.union(
  [instant, isoDaySchema],
  'must be a date (YYYY-MM-DD) or a date and time with its zone',
);

const tabulationProvenanceSchema = v.object({
  id: v.picklist(TABULATION_IDS, `must be one of ${TABULATION_IDS.join(', ')}`),
  /** The repository as it was given (a URL, or a local path for a mirror). */
  repository: v.pipe(v.string(), v.minLength(1, 'must not be empty')),
  /** The commit read: 40 hex digits when read by `npm run update`; a short hash from before. */
  commit: v.pipe(
    v.string(),
    v.regex(/^[0-9a-f]{7,40}$/, 'must be a commit hash (7 to 40 hex digits)'),
  ),
  committed: commitDate,
  /** When the update read it; absent for the first conversion, which did not record it. */
  read: v.optional(instant),
  /** Every upstream file read, with its SHA-256 (empty for the first conversion). */
  files: v.array(v.object({ path: v.pipe(v.string(), v.minLength(1)), sha256 })),
  /** The CSV written from them, with its SHA-256 and its count of rows. */
  csv: v.object({
    file: v.pipe(
      v.string(),
      v.regex(/^geodata\/record\/[^/]+\.csv$/, 'must be a CSV in geodata/record/'),
    ),
    sha256,
    rows: v.pipe(v.number(), v.integer(), v.minValue(0)),
  }),
  /** How it was made, where a reader should know (the first conversion was done by hand). */
  note: v.optional(v.pipe(v.string(), v.minLength(1))),
});

export const recordProvenanceSchema = v.object({
  tabulations: v.pipe(
    v.array(tabulationProvenanceSchema),
    v.check(
      (list) => new Set(list.map((t) => t.id)).size === list.length,
      'names a tabulation twice',
    ),
  ),
});

export type TabulationProvenance = Readonly<v.InferOutput<typeof tabulationProvenanceSchema>>;
export interface RecordProvenance {
  readonly tabulations: readonly TabulationProvenance[];
}

/**
 * Parse `provenance.json`'s text: the provenance, or issues naming the file, the tabulation and
 * the JSON path.
 *
 * @example
 * parseRecordProvenance(text).provenance?.tabulations[0]?.commit // → '466b2f5b'
 */
export function parseRecordProvenance(
  text: string,
  file = PROVENANCE_FILE,
): { provenance?: RecordProvenance; issues: DataIssue[] } {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return { issues: [{ file, reason: `is not valid JSON (${(error as Error).message})` }] };
  }
  const parsed = v.safeParse(recordProvenanceSchema, json);
  if (!parsed.success) return { issues: issuesFromValibot(file, undefined, parsed.issues) };
  return { provenance: parsed.output, issues: [] };
}

/** The provenance of one tabulation, if the file has it. */
export function provenanceOf(
  provenance: RecordProvenance | undefined,
  id: TabulationId,
): TabulationProvenance | undefined {
  return provenance?.tabulations.find((t) => t.id === id);
}
