import * as v from 'valibot';
import { type DataIssue, type Problem, pathText, problemsFromValibot } from './data-issue';
import { featureLabel } from './feature-label';
import { drain } from './run-sliced';

export interface ParsedCollection<T> {
  /** The features that passed, frozen. */
  readonly features: readonly T[];
  /** Why the others (or the whole file) were rejected. */
  readonly issues: readonly DataIssue[];
}

/**
 * Parse a GeoJSON FeatureCollection one feature at a time: a broken feature is reported and
 * left out, the rest are kept. A file that is not a FeatureCollection yields no features and
 * one issue. Duplicate ids are reported and the later feature dropped.
 *
 * @example
 * parseFeatureCollection('adiz.geojson', JSON.parse(text), layerFeatureSchema)
 */
export function parseFeatureCollection<S extends v.GenericSchema<unknown, { readonly id: string }>>(
  file: string,
  json: unknown,
  featureSchema: S,
): ParsedCollection<v.InferOutput<S>> {
  return drain(parseFeatureCollectionSteps(file, json, featureSchema));
}

/** Features parsed between two steps of `parseFeatureCollectionSteps`. */
export const FEATURES_PER_STEP = 250;

/**
 * `parseFeatureCollection` in steps: it yields the number of features parsed so far after every
 * FEATURES_PER_STEP, so a caller can give the main thread back between steps
 * (`buildModelSliced`), and returns the same result.
 *
 * @example
 * const steps = parseFeatureCollectionSteps(file, json, incidentFeatureSchema);
 * let step = steps.next(); // { value: 250, done: false } …
 */
export function* parseFeatureCollectionSteps<
  S extends v.GenericSchema<unknown, { readonly id: string }>,
>(
  file: string,
  json: unknown,
  featureSchema: S,
): Generator<number, ParsedCollection<v.InferOutput<S>>> {
  const parsed = yield* parseFeaturesSteps(file, json, featureSchema);
  return { features: parsed.indexed.map((f) => f.feature), issues: parsed.issues };
}

/** Places a feature's problems in its file: by default, the feature's label and JSON path. */
export type PlaceProblems = (
  index: number,
  label: string,
  problems: readonly Problem[],
) => DataIssue[];

/** What `parseFeaturesSteps` gives: each feature kept with its index in the file. */
export interface ParsedFeatures<T> {
  readonly indexed: readonly { readonly index: number; readonly feature: T }[];
  readonly issues: readonly DataIssue[];
  /** How many features the file has (kept or not). */
  readonly count: number;
}

/**
 * `parseFeatureCollectionSteps` keeping each feature's index in the file, with its problems
 * placed by `place` (a CSV's reader names the line and column instead of the JSON path).
 */
export function* parseFeaturesSteps<S extends v.GenericSchema<unknown, { readonly id: string }>>(
  file: string,
  json: unknown,
  featureSchema: S,
  place: PlaceProblems = (_, label, problems) =>
    problems.map(({ keys, reason }) => {
      const path = pathText(keys);
      return { file, feature: label, ...(path ? { path } : {}), reason };
    }),
): Generator<number, ParsedFeatures<v.InferOutput<S>>> {
  const notCollection = featureCollectionIssue(file, json);
  if (notCollection) return { indexed: [], issues: [notCollection], count: 0 };
  const raw = (json as { features: unknown[] }).features;
  const indexed: { index: number; feature: v.InferOutput<S> }[] = [];
  const issues: DataIssue[] = [];
  const seen = new Set<string>();
  for (let index = 0; index < raw.length; index++) {
    if (index > 0 && index % FEATURES_PER_STEP === 0) yield index;
    const candidate = raw[index];
    const result = v.safeParse(featureSchema, candidate);
    if (!result.success) {
      issues.push(
        ...place(index, featureLabel(candidate, index), problemsFromValibot(result.issues)),
      );
      continue;
    }
    if (seen.has(result.output.id)) {
      const reason = `duplicate id "${result.output.id}" (the first one is kept)`;
      issues.push(...place(index, featureLabel(candidate, index), [{ keys: ['id'], reason }]));
      continue;
    }
    seen.add(result.output.id);
    indexed.push({ index, feature: deepFreeze(result.output) });
  }
  return { indexed, issues, count: raw.length };
}

/**
 * The issue when `json` is not a GeoJSON FeatureCollection with a `features` array, else
 * `undefined`; shared by every collection parser so the message is the same everywhere.
 *
 * @example
 * featureCollectionIssue('a.geojson', { type: 'Feature' })?.reason // → 'is not a GeoJSON FeatureCollection (…)'
 */
export function featureCollectionIssue(file: string, json: unknown): DataIssue | undefined {
  const isCollection =
    typeof json === 'object' &&
    json !== null &&
    (json as { type?: unknown }).type === 'FeatureCollection' &&
    Array.isArray((json as { features?: unknown }).features);
  return isCollection
    ? undefined
    : {
        file,
        reason:
          'is not a GeoJSON FeatureCollection (needs "type": "FeatureCollection" and a "features" array)',
      };
}

/** Freeze a parsed value all the way down, so the model cannot be mutated by accident. */
export function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    // Loops rather than Object.values: this runs for every object of every feature at load.
    // Parsed values are arrays and plain objects, so for…in sees exactly their own keys.
    if (Array.isArray(value)) {
      for (let i = 0; i < value.length; i++) deepFreeze(value[i]);
    } else {
      for (const key in value) deepFreeze(value[key]);
    }
  }
  return value;
}
