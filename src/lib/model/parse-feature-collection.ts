import * as v from 'valibot';
import { type DataIssue, issuesFromValibot } from './data-issue';
import { featureLabel } from './feature-label';

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
  const steps = parseFeatureCollectionSteps(file, json, featureSchema);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
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
  const notCollection = featureCollectionIssue(file, json);
  if (notCollection) return { features: [], issues: [notCollection] };
  const raw = (json as { features: unknown[] }).features;
  const features: v.InferOutput<S>[] = [];
  const issues: DataIssue[] = [];
  const seen = new Set<string>();
  for (let index = 0; index < raw.length; index++) {
    if (index > 0 && index % FEATURES_PER_STEP === 0) yield index;
    const candidate = raw[index];
    const label = featureLabel(candidate, index);
    const result = v.safeParse(featureSchema, candidate);
    if (!result.success) {
      issues.push(...issuesFromValibot(file, label, result.issues));
      continue;
    }
    if (seen.has(result.output.id)) {
      issues.push({
        file,
        feature: label,
        path: 'id',
        reason: `duplicate id "${result.output.id}" (the first one is kept)`,
      });
      continue;
    }
    seen.add(result.output.id);
    features.push(deepFreeze(result.output));
  }
  return { features, issues };
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
