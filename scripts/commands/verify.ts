/**
 * `npm run verify`: check every source, incident, draft and the gazetteer in geodata/ (see
 * `verifyGeodata` in src/lib/ingest/verify-geodata.ts), the record's CSVs with their
 * provenance.json and SHA256SUMS, and the named exercises (geodata/exercises.json). Prints one line per problem,
 * `file › incident › path: reason`, drafts after the rest, then one summary line; exits 1 when
 * there is any problem. `--root <dir>` checks another geodata directory.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { pathToFileURL } from 'node:url';
import { readExercisesFile } from '../../src/lib/data/read-exercises-file';
import { readGeodataFiles } from '../../src/lib/data/read-geodata-files';
import { readRecordFiles } from '../../src/lib/data/read-record-files';
import { formatIssue } from '../../src/lib/model/data-issue';
import { decodeText } from '../../src/lib/model/decode-text';
import type { RecordManifests } from '../../src/lib/model/record/record-manifest-issues';
import { parseJsonText } from '../../src/lib/model/parse-json-text';
import {
  type VerifyInput,
  type VerifyReport,
  verifyGeodata,
} from '../../src/lib/ingest/verify-geodata';

/**
 * Read what `verifyGeodata` checks from a geodata directory: the files as the app reads them,
 * with the drafts split off (they are reported apart), the gazetteer and the source texts.
 */
export function readVerifyInput(root: string): VerifyInput {
  const all = readGeodataFiles(root);
  const files = { ...all, incidents: all.incidents.filter((f) => !f.draft) };
  const drafts = all.incidents.filter((f) => f.draft).map(({ file, json }) => ({ file, json }));
  const name = (path: string) => relative(join(root, '..'), path);
  const readIssues = [...(files.readIssues ?? [])];
  const gazetteerPath = join(root, 'gazetteer.json');
  let gazetteerJson: unknown;
  if (existsSync(gazetteerPath)) {
    const decoded = decodeText(readFileSync(gazetteerPath), name(gazetteerPath));
    const parsed = decoded.ok ? parseJsonText(name(gazetteerPath), decoded.text) : decoded;
    if (parsed.ok) gazetteerJson = parsed.json;
    else readIssues.push(parsed.issue);
  }
  const sourcesDir = join(root, 'sources');
  const sourceTexts = existsSync(sourcesDir)
    ? readdirSync(sourcesDir)
        .filter((f) => f.endsWith('.txt'))
        .sort()
        .map((f) => name(join(sourcesDir, f)))
    : [];
  const record = existsSync(join(root, 'record')) ? readRecordFiles(root) : undefined;
  return {
    ...(record ? { record, recordManifests: readRecordManifests(root) } : {}),
    files: { ...files, readIssues },
    drafts,
    ...(gazetteerJson === undefined
      ? {}
      : { gazetteer: { file: name(gazetteerPath), json: gazetteerJson } }),
    sourceTexts,
  };
}

/** geodata/record/'s provenance.json and SHA256SUMS (absent when missing), and every file's SHA-256. */
export function readRecordManifests(root: string): RecordManifests {
  const dir = join(root, 'record');
  const text = (name: string) =>
    existsSync(join(dir, name)) ? readFileSync(join(dir, name), 'utf8') : undefined;
  const provenance = text('provenance.json');
  const sums = text('SHA256SUMS');
  const sha256 = Object.fromEntries(
    readdirSync(dir).map((name) => [
      `geodata/record/${name}`,
      createHash('sha256')
        .update(readFileSync(join(dir, name)))
        .digest('hex'),
    ]),
  );
  return {
    ...(provenance === undefined ? {} : { provenance }),
    ...(sums === undefined ? {} : { sums }),
    sha256,
  };
}

/** The report as lines: problems, draft problems, and the summary last. */
export function reportLines(report: VerifyReport): string[] {
  const t = report.totals;
  const problems = report.errors.length + report.draftErrors.length;
  const summary =
    `verify: ${plural(t.sources, 'source')}, ${plural(t.incidents, 'incident')} in ` +
    `${plural(t.incidentFiles, 'file')}, ${plural(t.drafts, 'draft')} in ` +
    `${plural(t.draftFiles, 'file')}, ${plural(t.layers, 'layer')}, ` +
    `${plural(t.gazetteerEntries, 'gazetteer entry', 'gazetteer entries')}, ` +
    `${plural(t.recordTabulations, 'record tabulation')} (${plural(t.recordDays, 'report')}): ` +
    (problems === 0
      ? 'no problems'
      : `${plural(problems, 'problem')} (${report.draftErrors.length} in drafts)`);
  return [
    ...report.errors.map(formatIssue),
    ...report.draftErrors.map((issue) => `draft: ${formatIssue(issue)}`),
    summary,
  ];
}

function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

function main(): void {
  const { values } = parseArgs({ options: { root: { type: 'string', default: 'geodata' } } });
  const root = resolve(values.root!);
  const checked = verifyGeodata(readVerifyInput(root));
  // The named exercises' reference file, where there is one (README, "The record").
  const exercises = existsSync(join(root, 'exercises.json')) ? readExercisesFile(root).issues : [];
  const report = { ...checked, errors: [...checked.errors, ...exercises] };
  for (const line of reportLines(report)) console.log(line);
  process.exitCode = report.errors.length + report.draftErrors.length > 0 ? 1 : 0;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) main();
