import type { BuiltRecord } from './build-record';
import type { LatestReport } from './latest-report';
import type { RecordSeries } from './record-series';
import type { UnusualDay } from './unusual-days';

/** The record as the dashboard holds it: the days, the issues of its files, and its chart series. */
export interface LoadedRecord extends BuiltRecord {
  readonly series: RecordSeries;
  /**
   * The newest report read against the record (`latestReport`) and the unusual days with the
   * named exercises (`unusualDays`): computed once by `loadRecord`, in the record's own chunk,
   * so that none of their code is on the first load. Absent from a record built without them.
   */
  readonly latest?: LatestReport;
  readonly unusual?: readonly UnusualDay[];
}
