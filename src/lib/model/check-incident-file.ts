import { type DataIssue, type PathKey, pathText, type Problem } from './data-issue';
import { incidentProblems } from './incident-issues';
import type { IncidentIdSet } from './incidents-extension';
import { FEATURES_PER_STEP, parseFeaturesSteps } from './parse-feature-collection';
import { type Incident, incidentFeatureSchema } from './schema';
import type { Source } from './source';

/**
 * Where the features of an incident file came from when the file was not GeoJSON: a CSV's
 * rows. Its reader knows, for each feature it made, the line it starts on and the line and
 * column each part came from, so a problem found in the feature names them.
 */
export interface IncidentOrigins {
  /** The line feature `index` starts on. */
  readonly lineOf: (index: number) => number;
  /** The line and column the part of feature `index` at `keys` came from. */
  readonly locate: (
    index: number,
    keys: readonly PathKey[],
  ) => { readonly line: number; readonly column?: string };
}

/** What an incident file is checked against: the model built so far. */
export interface IncidentContext {
  readonly sources: ReadonlyMap<string, Source>;
  /** `layerId/featureId` of every layer feature, for `place.feature` links (unchecked without). */
  readonly featureRefs?: ReadonlySet<string>;
  /** Ids of the incidents accepted so far, across files; the file's accepted ones are added. */
  readonly incidentIds: IncidentIdSet;
}

export interface CheckedIncidentFile {
  /** The incidents whose evidence holds, frozen, in file order. */
  readonly incidents: readonly Incident[];
  readonly issues: readonly DataIssue[];
}

/**
 * The one check of an incident file: every feature against the incident schema, then every
 * incident's quotes, dates and counts against its sources (`incidentProblems`), its id against
 * the ids accepted before, and its layer link against the layer features (when given). A problem is placed
 * where it is found: by feature and JSON path, or, with `origins`, by the line and column of the
 * row it came from. Yields how many steps of twice the features are done, every
 * FEATURES_PER_STEP and at the end of each pass.
 *
 * @example
 * const { incidents, issues } = drain(checkIncidentFileSteps(file, json, context));
 */
export function* checkIncidentFileSteps(
  file: string,
  json: unknown,
  context: IncidentContext,
  origins?: IncidentOrigins,
): Generator<number, CheckedIncidentFile> {
  const issues: DataIssue[] = [];
  // A problem of the feature itself: at its JSON path, or at the line and column it came from.
  const place = (index: number, feature: string, problems: readonly Problem[]): DataIssue[] =>
    problems.map(({ keys, reason }) => {
      if (!origins) {
        const path = pathText(keys);
        return { file, feature, ...(path ? { path } : {}), reason };
      }
      const { line, column } = origins.locate(index, keys);
      return { file, feature: `line ${line}`, ...(column ? { path: column } : {}), line, reason };
    });
  const between = (index: number, id: string, path: string, reason: string) => {
    if (!origins) return issues.push({ file, feature: id, path, reason });
    const line = origins.lineOf(index);
    return issues.push({ file, feature: `line ${line} (${id})`, path, line, reason });
  };

  const parsing = parseFeaturesSteps(file, json, incidentFeatureSchema, place);
  let step = parsing.next();
  while (!step.done) {
    yield step.value;
    step = parsing.next();
  }
  const parsed = step.value;
  const count = parsed.count;
  yield count;
  issues.push(...parsed.issues);

  const incidents: Incident[] = [];
  const { sources, featureRefs, incidentIds } = context;
  for (const [at, { index, feature: incident }] of parsed.indexed.entries()) {
    if (at > 0 && at % FEATURES_PER_STEP === 0) yield count + at;
    const problems = incidentProblems(incident, sources);
    issues.push(...place(index, incident.id, problems));
    const duplicate = incidentIds.has(incident.id);
    if (duplicate)
      between(
        index,
        incident.id,
        'id',
        'duplicate incident id across files (the first one is kept)',
      );
    if (problems.length > 0 || duplicate) continue;
    // A link to a layer feature that is missing (say, its layer file failed to load) is
    // reported, but the incident keeps its own point and its evidence, so it stays.
    const link = incident.properties.place.feature;
    if (link && featureRefs && !featureRefs.has(link))
      between(
        index,
        incident.id,
        'properties.place.feature',
        `no layer feature "${link}" (the incident is kept at its own point)`,
      );
    incidentIds.add(incident.id);
    incidents.push(incident);
  }
  // Features the schema refused count as checked too.
  yield 2 * count;
  return { incidents, issues };
}
