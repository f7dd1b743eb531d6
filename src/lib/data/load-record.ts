import { buildRecord } from '../model/record/build-record';
import { yieldToPage } from '../model/run-sliced';
import { latestReport } from '../model/record/latest-report';
import { recordSeries } from '../model/record/record-series';
import type { LoadedRecord } from '../model/record/loaded-record';
import { unusualDays } from '../model/record/unusual-days';
import { readExercises } from './read-exercises';
import { readRecord } from './read-record';

/**
 * Read the record's CSVs and the named exercises from the app's own origin and build the
 * record, its chart series, the newest report read against it and the unusual days (validated
 * row by row: a bad row is an issue naming file › line › column, the rest loads).
 * `App.svelte` imports this module dynamically after the map's first idle, so neither the
 * record's code nor its files weigh on the first load.
 *
 * @example
 * const { record, series, latest, unusual, issues } = await loadRecord(fetch);
 */
export async function loadRecord(fetchText: typeof fetch = fetch): Promise<LoadedRecord> {
  const [files, named] = await Promise.all([readRecord(fetchText), readExercises(fetchText)]);
  // Each stage is a task of its own (tens of ms each here), so that the record, read while a
  // dataset may be loading, never holds the page for the sum of them.
  await yieldToPage();
  const built = buildRecord(files);
  await yieldToPage();
  const series = recordSeries(built.record);
  const latest = latestReport(built.record, series);
  await yieldToPage();
  const unusual = unusualDays(series, named.exercises);
  await yieldToPage();
  return {
    ...built,
    issues: [...built.issues, ...named.issues],
    series,
    ...(latest ? { latest } : {}),
    unusual,
  };
}
