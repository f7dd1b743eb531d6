import * as v from 'valibot';
import type { DataIssue } from '../data-issue';
import { isoDaySchema } from '../schema';

/** Where a named exercise's dates come from: a page a reader can open. */
export const exerciseCitationSchema = v.object({
  publisher: v.pipe(v.string(), v.nonEmpty('must name the publisher')),
  title: v.pipe(v.string(), v.nonEmpty('must give the title')),
  url: v.pipe(v.string(), v.url('must be a URL'), v.startsWith('https://', 'must be https')),
});

/** A named PLA exercise around Taiwan: local (UTC+8) calendar days, first and last included. */
export const namedExerciseSchema = v.pipe(
  v.object({
    name: v.pipe(v.string(), v.nonEmpty('must name the exercise')),
    start: isoDaySchema,
    end: isoDaySchema,
    citation: exerciseCitationSchema,
  }),
  v.check((e) => e.start <= e.end, 'ends before it starts'),
);

export const namedExercisesFileSchema = v.object({
  about: v.string(),
  exercises: v.array(v.unknown()),
});

export type NamedExercise = Readonly<v.InferOutput<typeof namedExerciseSchema>>;

/** The reference file of named exercises (geodata/exercises.json). */
export const EXERCISES_FILE = 'geodata/exercises.json';

/**
 * Validate the named exercises' reference file (`geodata/exercises.json`, parsed JSON as
 * `unknown`): each exercise a name, `start` ≤ `end` as real `YYYY-MM-DD` days and a citation
 * (publisher, title, an https URL); the ranges in date order and not overlapping, so a report
 * falls in one exercise at most. A bad entry is an issue naming `file › exercises[i]` and the
 * path, and is left out; the rest loads.
 *
 * @example
 * parseNamedExercises(json).exercises.map((e) => e.name) // → ['Joint Sword', 'Joint Sword-2024A', …]
 */
export function parseNamedExercises(
  json: unknown,
  file: string = EXERCISES_FILE,
): { readonly exercises: readonly NamedExercise[]; readonly issues: readonly DataIssue[] } {
  const top = v.safeParse(namedExercisesFileSchema, json);
  if (!top.success)
    return {
      exercises: [],
      issues: [{ file, reason: `is not { about, exercises: [...] } (${top.issues[0].message})` }],
    };
  const issues: DataIssue[] = [];
  const exercises: NamedExercise[] = [];
  top.output.exercises.forEach((entry, i) => {
    const parsed = v.safeParse(namedExerciseSchema, entry);
    if (!parsed.success) {
      const issue = parsed.issues[0];
      const path = issue.path?.map((p) => p.key as string).join('.');
      issues.push({ file, reason: `exercises[${i}]${path ? `.${path}` : ''}: ${issue.message}` });
      return;
    }
    const previous = exercises[exercises.length - 1];
    if (previous && parsed.output.start <= previous.end) {
      issues.push({
        file,
        reason: `exercises[${i}] (${parsed.output.name}) starts on ${parsed.output.start}, not after ${previous.name} ends (${previous.end}): the ranges must be in date order and not overlap`,
      });
      return;
    }
    exercises.push(
      Object.freeze({ ...parsed.output, citation: Object.freeze(parsed.output.citation) }),
    );
  });
  return { exercises: Object.freeze(exercises), issues };
}
