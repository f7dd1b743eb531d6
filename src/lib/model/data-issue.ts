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
  /**
   * The line of a text file (a CSV) the problem is on, where it came from one: set where the
   * problem is found, so that nothing reads it back out of `feature`.
   */
  readonly line?: number;
  readonly reason: string;
}

/** One key of a JSON path: a property name or an array index. */
export type PathKey = string | number;

/**
 * A problem inside one value, before it is placed in a file: where in the value (as keys, not
 * yet flattened to text) and why. A checker returns these; its caller names the file and the
 * feature, or, for a file that was not JSON (a CSV), the line and the column the keys came from.
 */
export interface Problem {
  readonly keys: readonly PathKey[];
  readonly reason: string;
}

/**
 * The keys as a JSON path: `properties.quotes[0].start`.
 *
 * @example
 * pathText(['properties', 'quotes', 0, 'start']) // → 'properties.quotes[0].start'
 */
export function pathText(keys: readonly PathKey[]): string {
  let text = '';
  for (const key of keys)
    text += typeof key === 'number' ? `[${key}]` : text === '' ? key : `.${key}`;
  return text;
}

/** Valibot's issues as problems, their paths kept as keys. */
export function problemsFromValibot(issues: readonly v.BaseIssue<unknown>[]): Problem[] {
  return issues.map((issue) => ({
    keys: (issue.path ?? []).map((item) =>
      typeof item.key === 'number' ? item.key : String(item.key),
    ),
    reason: issue.message,
  }));
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
