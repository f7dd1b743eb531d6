import type * as v from 'valibot';

/**
 * A problem found in one data file: which file, which feature (when one is to blame), where
 * in the JSON, and why. Every parser reports problems this way, so the tests, the command
 * line and the error panel all say the same thing.
 */
export interface DataIssue {
  readonly file: string;
  /** The feature's id, or `features[3]` when the id itself is missing or broken. */
  readonly feature?: string;
  /** A JSON path such as `properties.quotes[0].start`. */
  readonly path?: string;
  readonly reason: string;
}

/**
 * One line for people: `incidents/a.geojson › dm-x › properties.date.value: is not a real calendar date`.
 *
 * @example
 * formatIssue({ file: 'adiz.geojson', feature: 'taiwan-adiz', reason: 'ring not closed' })
 * // → 'adiz.geojson › taiwan-adiz: ring not closed'
 */
export function formatIssue(issue: DataIssue): string {
  const where = [issue.file, issue.feature, issue.path].filter(Boolean).join(' › ');
  return `${where}: ${issue.reason}`;
}

/** Turn valibot issues into `DataIssue`s, keeping the dotted JSON path. */
export function issuesFromValibot(
  file: string,
  feature: string | undefined,
  issues: readonly v.BaseIssue<unknown>[],
  pathPrefix = '',
): DataIssue[] {
  return issues.map((issue) => {
    const path = [pathPrefix, ...(issue.path ?? []).map((item) => pathSegment(item.key))]
      .filter((s) => s !== '')
      .join('.')
      .replace(/\.\[/g, '[');
    return {
      file,
      ...(feature !== undefined ? { feature } : {}),
      ...(path ? { path } : {}),
      reason: issue.message,
    };
  });
}

function pathSegment(key: unknown): string {
  return typeof key === 'number' ? `[${key}]` : String(key);
}
