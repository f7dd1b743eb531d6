/**
 * `npm run verify`: check every source, incident, draft and the gazetteer in geodata/ (see
 * `verifyGeodata` in src/lib/ingest/verify-geodata.ts). Prints one line per problem,
 * `file › incident › path: reason`, drafts after the rest, then one summary line; exits 1 when
 * there is any problem. `--root <dir>` checks another geodata directory.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { pathToFileURL } from 'node:url';
import { readGeodataFiles } from '../src/lib/data/read-geodata-files';
import { formatIssue } from '../src/lib/model/data-issue';
import { parseJsonText } from '../src/lib/model/parse-json-text';
import {
  type VerifyInput,
  type VerifyReport,
  verifyGeodata,
} from '../src/lib/ingest/verify-geodata';

/** Read what `verifyGeodata` checks from a geodata directory. */
export function readVerifyInput(root: string): VerifyInput {
  const files = readGeodataFiles(root, { drafts: false });
  const name = (path: string) => relative(join(root, '..'), path);
  const list = (dir: string, ext: string) =>
    existsSync(dir)
      ? readdirSync(dir)
          .filter((f) => f.endsWith(ext))
          .sort()
          .map((f) => join(dir, f))
      : [];
  const readIssues = [...(files.readIssues ?? [])];
  const readJson = (path: string) => {
    const parsed = parseJsonText(name(path), readFileSync(path, 'utf8'));
    if (parsed.ok) return parsed.json;
    readIssues.push(parsed.issue);
    return undefined;
  };
  const drafts = list(join(root, 'incidents', 'drafts'), '.geojson').flatMap((path) => {
    const json = readJson(path);
    return json === undefined ? [] : [{ file: name(path), json }];
  });
  const gazetteerPath = join(root, 'gazetteer.json');
  const gazetteerJson = existsSync(gazetteerPath) ? readJson(gazetteerPath) : undefined;
  return {
    files: { ...files, readIssues },
    drafts,
    ...(gazetteerJson === undefined
      ? {}
      : { gazetteer: { file: name(gazetteerPath), json: gazetteerJson } }),
    sourceTexts: list(join(root, 'sources'), '.txt').map(name),
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
    `${plural(t.gazetteerEntries, 'gazetteer entry', 'gazetteer entries')}: ` +
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
  const report = verifyGeodata(readVerifyInput(resolve(values.root!)));
  for (const line of reportLines(report)) console.log(line);
  process.exitCode = report.errors.length + report.draftErrors.length > 0 ? 1 : 0;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) main();
