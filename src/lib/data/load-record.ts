import { buildRecord } from '../model/record/build-record';
import { recordSeries } from '../model/record/record-series';
import type { LoadedRecord } from '../model/record/loaded-record';
import { readRecord } from './read-record';

/**
 * Read the record's CSVs from the app's own origin and build the record and its chart series
 * (validated row by row: a bad row is an issue naming file › line › column, the rest loads).
 * `App.svelte` imports this module dynamically after the map's first idle, so neither the
 * record's code nor its files weigh on the first load.
 *
 * @example
 * const { record, series, issues } = await loadRecord(fetch);
 */
export async function loadRecord(fetchText: typeof fetch = fetch): Promise<LoadedRecord> {
  const built = buildRecord(await readRecord(fetchText));
  return { ...built, series: recordSeries(built.record) };
}
