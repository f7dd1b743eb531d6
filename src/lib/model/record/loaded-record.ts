import type { BuiltRecord } from './build-record';
import type { RecordSeries } from './record-series';

/** The record as the dashboard holds it: the days, the issues of its files, and its chart series. */
export interface LoadedRecord extends BuiltRecord {
  readonly series: RecordSeries;
}
