import { shiftDay } from '../day-number';
import type { NamedExercise } from './parse-named-exercises';

/**
 * The named exercise a report of MND falls in, if any. A report dated D covers 06:00 on D − 1
 * to 06:00 on D (UTC+8), so an exercise's days [start, end] show in the reports dated `start`
 * (its first six hours) to `end + 1` (its last day): a report is inside when its date is in
 * [start, end + 1]. The ranges never overlap (`parseNamedExercises`).
 *
 * @example
 * exerciseOfReport(exercises, '2024-10-15')?.name // → 'Joint Sword-2024B' (14–15 October 2024)
 * exerciseOfReport(exercises, '2024-10-17') // → undefined
 */
export function exerciseOfReport(
  exercises: readonly NamedExercise[],
  date: string,
): NamedExercise | undefined {
  return exercises.find((e) => date >= e.start && date <= shiftDay(e.end, 1));
}
