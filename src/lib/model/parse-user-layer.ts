import * as v from 'valibot';
import { type DataIssue, issuesFromValibot } from './data-issue';
import { deepFreeze, FEATURES_PER_STEP, featureCollectionIssue } from './parse-feature-collection';
import { drain } from './run-sliced';
import { type Geometry, geometrySchema } from './schema';

/** A feature of an imported layer: RFC 7946 geometry, properties free-form (shown as text only). */
export interface UserFeature {
  readonly type: 'Feature';
  readonly id?: string | number;
  readonly geometry: Geometry;
  readonly properties: Readonly<Record<string, unknown>> | null;
}

/** A GeoJSON layer the user imported, as the model holds it. */
export interface UserLayer {
  /** Also the MapLibre source id and the prefix of its style layers. */
  readonly id: string;
  /** What the layer toggle says. */
  readonly name: string;
  /** The imported file's name. */
  readonly file: string;
  readonly features: readonly UserFeature[];
}

const userFeatureSchema = v.object({
  type: v.literal('Feature', 'must be "Feature"'),
  id: v.optional(v.union([v.string(), v.number()], 'must be a string or a number')),
  geometry: geometrySchema,
  properties: v.nullable(
    v.custom<Record<string, unknown>>(
      (p) => typeof p === 'object' && p !== null && !Array.isArray(p),
      'must be an object or null (RFC 7946 section 3.2)',
    ),
  ),
});

/**
 * Validate an imported GeoJSON layer one feature at a time: each feature needs an RFC 7946
 * geometry (positions as [longitude, latitude] in range, closed rings, no GeometryCollection)
 * and object or null properties; ids, when given, must be unique. Problems name the feature by
 * index and id, and the reason; valid features are kept, frozen.
 *
 * @example
 * parseUserLayer('bases.geojson', JSON.parse(text)).issues.map(formatIssue)
 * // → ['bases.geojson › features[2] (id "x") › geometry.coordinates: must be [longitude, latitude] …']
 */
export function parseUserLayer(file: string, json: unknown): ParsedUserLayer {
  return drain(parseUserLayerSteps(file, json));
}

export interface ParsedUserLayer {
  readonly features: readonly UserFeature[];
  readonly issues: readonly DataIssue[];
}

/**
 * `parseUserLayer` in steps: yields the number of features checked every FEATURES_PER_STEP,
 * so a caller can check a layer of 200,000 features in slices without blocking the page.
 */
export function* parseUserLayerSteps(
  file: string,
  json: unknown,
): Generator<number, ParsedUserLayer> {
  const notCollection = featureCollectionIssue(file, json);
  if (notCollection) return { features: [], issues: [notCollection] };
  const raw = (json as { features: unknown[] }).features;
  if (raw.length === 0) return { features: [], issues: [{ file, reason: 'has no features' }] };
  const features: UserFeature[] = [];
  const issues: DataIssue[] = [];
  const seen = new Set<string | number>();
  for (const [index, candidate] of raw.entries()) {
    if (index > 0 && index % FEATURES_PER_STEP === 0) yield index;
    const label = userFeatureLabel(candidate, index);
    const geometry = (candidate as { geometry?: unknown } | null)?.geometry;
    const special =
      geometry === null || geometry === undefined
        ? 'has no geometry: a layer shows located features only'
        : (geometry as { type?: unknown }).type === 'GeometryCollection'
          ? 'is a GeometryCollection, which is not supported: give each part its own feature'
          : undefined;
    if (special) {
      issues.push({ file, feature: label, path: 'geometry', reason: special });
      continue;
    }
    const result = v.safeParse(userFeatureSchema, candidate);
    if (!result.success) {
      issues.push(...issuesFromValibot(file, label, result.issues));
      continue;
    }
    const { id } = result.output;
    if (id !== undefined && seen.has(id)) {
      issues.push({ file, feature: label, path: 'id', reason: 'duplicate id in this layer' });
      continue;
    }
    if (id !== undefined) seen.add(id);
    features.push(deepFreeze(result.output as UserFeature));
  }
  return { features, issues };
}

function userFeatureLabel(feature: unknown, index: number): string {
  const id = (feature as { id?: unknown } | null)?.id;
  return typeof id === 'string' || typeof id === 'number'
    ? `features[${index}] (id ${JSON.stringify(id)})`
    : `features[${index}]`;
}
