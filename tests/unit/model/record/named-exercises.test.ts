/**
 * The named exercises' reference file (geodata/exercises.json): every entry valid, with a
 * citation, in date order and not overlapping; a bad entry named and left out; and how a
 * report date is matched to an exercise (its window overlaps the exercise's days).
 */
import { describe, expect, it } from 'vitest';
import { readExercisesFile } from '../../../../src/lib/data/read-exercises-file';
import { exerciseOfReport } from '../../../../src/lib/model/record/exercise-of-report';
import { parseNamedExercises } from '../../../../src/lib/model/record/parse-named-exercises';
import { GEODATA_DIR } from '../../../support/geodata';

const citation = { publisher: 'P', title: 'T', url: 'https://example.org/t' };
const createExercise = (name: string, start: string, end: string) =>
  Object.freeze({ name, start, end, citation: Object.freeze({ ...citation }) });

describe('geodata/exercises.json', () => {
  const { exercises, issues } = readExercisesFile(GEODATA_DIR);

  it('loads without an issue: the five named exercises, each with a citation', () => {
    expect(issues).toEqual([]);
    expect(exercises.map((e) => `${e.name} ${e.start}…${e.end}`)).toEqual([
      'Joint Sword 2023-04-08…2023-04-10',
      'Joint Sword-2024A 2024-05-23…2024-05-24',
      'Joint Sword-2024B 2024-10-14…2024-10-15',
      'Strait Thunder-2025A 2025-04-01…2025-04-02',
      'Justice Mission-2025 2025-12-29…2025-12-30',
    ]);
    for (const e of exercises) expect(e.citation.url).toMatch(/^https:\/\/[^ ]+$/);
  });
});

describe('parseNamedExercises', () => {
  it('names a bad entry by its index and path, and keeps the rest', () => {
    const { exercises, issues } = parseNamedExercises(
      Object.freeze({
        about: '',
        exercises: [
          createExercise('A', '2023-04-08', '2023-04-10'),
          createExercise('B', '2023-02-30', '2023-03-01'),
          {
            ...createExercise('C', '2023-05-01', '2023-05-02'),
            citation: { ...citation, url: 'x' },
          },
          createExercise('D', '2023-06-02', '2023-06-01'),
          createExercise('E', '2023-04-10', '2023-04-12'),
          createExercise('F', '2023-07-01', '2023-07-01'),
        ],
      }),
    );
    expect(exercises.map((e) => e.name)).toEqual(['A', 'F']);
    expect(issues.map((i) => i.reason)).toEqual([
      'exercises[1].start: is not a real calendar date',
      'exercises[2].citation.url: must be a URL',
      'exercises[3]: ends before it starts',
      'exercises[4] (E) starts on 2023-04-10, not after A ends (2023-04-10): the ranges must be in date order and not overlap',
    ]);
    expect(issues.every((i) => i.file === 'geodata/exercises.json')).toBe(true);
  });

  it('refuses a file that is not { about, exercises }', () => {
    expect(parseNamedExercises([]).issues).toHaveLength(1);
    expect(parseNamedExercises([]).exercises).toEqual([]);
  });
});

describe('exerciseOfReport', () => {
  const exercises = Object.freeze([
    createExercise('Joint Sword-2024B', '2024-10-14', '2024-10-15'),
  ]);

  it.each([
    ['2024-10-13', undefined],
    // 06:00 on 13 October to 06:00 on the 14th: the exercise's first six hours.
    ['2024-10-14', 'Joint Sword-2024B'],
    ['2024-10-15', 'Joint Sword-2024B'],
    // 06:00 on the 15th to 06:00 on the 16th: the exercise's last day.
    ['2024-10-16', 'Joint Sword-2024B'],
    ['2024-10-17', undefined],
  ])('the report of %s → %s', (date, name) => {
    expect(exerciseOfReport(exercises, date)?.name).toBe(name);
  });
});
