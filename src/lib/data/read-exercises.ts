import type { DataIssue } from '../model/data-issue';
import {
  EXERCISES_FILE,
  type NamedExercise,
  parseNamedExercises,
} from '../model/record/parse-named-exercises';
import { fetchDataJson } from './fetch-data-text';

/** The named exercises' file, found by Vite at build time (a separate, hashed file). */
const exercisesUrl = Object.values(
  import.meta.glob('/geodata/exercises.json', {
    query: '?url&no-inline',
    import: 'default',
    eager: true,
  }) as Record<string, string>,
)[0];

/**
 * Fetch and validate the named exercises (geodata/exercises.json) from the app's own origin;
 * a file that cannot be read or a bad entry is an issue naming it, and the record loads
 * without the names. Read with the record, after the map's first idle.
 *
 * @example
 * const { exercises, issues } = await readExercises(fetch);
 */
export async function readExercises(
  fetchText: typeof fetch = fetch,
  url: string | undefined = exercisesUrl,
): Promise<{
  readonly exercises: readonly NamedExercise[];
  readonly issues: readonly DataIssue[];
}> {
  if (url === undefined)
    return { exercises: [], issues: [{ file: EXERCISES_FILE, reason: 'is not in the build' }] };
  const fetched = await fetchDataJson(fetchText, EXERCISES_FILE, url);
  return fetched.ok
    ? parseNamedExercises(fetched.json)
    : { exercises: [], issues: [fetched.issue] };
}
