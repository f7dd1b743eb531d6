import type { Count, Incident, SourceQuote } from '../schema';
import type { Source } from '../source';
import { isSyntheticSource } from '../synthetic-source';
import { countReport } from './count-report';
import { RECORD_MEASURES_OF } from './record-measures';

/** A source's figure for one of MND's reports, with its verbatim quote. */
export interface RecordWitness {
  readonly incident: string;
  /** The count's index among the incident's counts. */
  readonly index: number;
  readonly count: Count;
  /** The quote the count stands in, verbatim, at its offsets. */
  readonly quote: SourceQuote;
  /** How the count's date leads to the report. */
  readonly how: string;
}

/**
 * The incidents whose counts refer to each of MND's reports, by report date: what a reader
 * holds up against the tabulations to settle a disagreement with a verbatim quote. Only counts
 * with a measure the record holds, dated to a day, from sources that are not synthetic.
 *
 * @example
 * recordWitnesses(model.incidents, model.sources).get('2023-04-17')?.map((w) => w.count.value) // → [4, 18, 4]
 */
export function recordWitnesses(
  incidents: readonly Incident[],
  sources: ReadonlyMap<string, Source>,
): ReadonlyMap<string, readonly RecordWitness[]> {
  const byDate = new Map<string, RecordWitness[]>();
  for (const incident of incidents) {
    const p = incident.properties;
    p.counts?.forEach((count, index) => {
      const measure = count.measure;
      if (!measure?.dated || RECORD_MEASURES_OF[measure.kind].length === 0) return;
      const quote = p.quotes[count.quote];
      const source = quote && sources.get(quote.source);
      if (!quote || !source || isSyntheticSource(source.meta)) return;
      const report = countReport(p.date, measure.dated);
      if (!report.ok) return;
      const witness = { incident: incident.id, index, count, quote, how: report.how };
      byDate.set(report.date, [...(byDate.get(report.date) ?? []), witness]);
    });
  }
  return byDate;
}
