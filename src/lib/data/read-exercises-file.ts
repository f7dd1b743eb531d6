/**
 * Node-side reader of the named exercises' reference file (geodata/exercises.json) for the tests,
 * `npm run record -- --unusual` and `npm run verify`: validated by `parseNamedExercises`.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { DataIssue } from '../model/data-issue';
import {
  EXERCISES_FILE,
  type NamedExercise,
  parseNamedExercises,
} from '../model/record/parse-named-exercises';

/** The named exercises of `<root>/exercises.json`, or the issues that kept them out. */
export function readExercisesFile(root: string): {
  readonly exercises: readonly NamedExercise[];
  readonly issues: readonly DataIssue[];
} {
  const path = join(root, 'exercises.json');
  if (!existsSync(path))
    return { exercises: [], issues: [{ file: EXERCISES_FILE, reason: 'is missing' }] };
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    return {
      exercises: [],
      issues: [{ file: EXERCISES_FILE, reason: `is not JSON (${(error as Error).message})` }],
    };
  }
  return parseNamedExercises(json, EXERCISES_FILE);
}
