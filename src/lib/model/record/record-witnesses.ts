import type { Count, Incident, SourceQuote } from '../schema';
import type { Source } from '../source';
import { compareIncidents } from '../compare-incidents';
import { incidentsExtension } from '../incidents-extension';
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
 * with a measure the record holds, dated to a day, from sources that are not synthetic. Each
 * report's witnesses are in the list's order (`compareIncidents`), then by count.
 *
 * A list made on top of another (an import, `incidentsExtension`) whose witnesses are known
 * gets the earlier ones with the added incidents' put in among them: a one-incident import on
 * top of 100,000 reads one incident, not 100,001. Both ways give the same map.
 *
 * @example
 * recordWitnesses(model.incidents, model.sources).get('2023-04-17')?.map((w) => w.count.value) // → [4, 18, 4]
 */
export function recordWitnesses(
  incidents: readonly Incident[],
  sources: ReadonlyMap<string, Source>,
): ReadonlyMap<string, readonly RecordWitness[]> {
  const known = made.get(incidents);
  if (known?.sources === sources) return known.byDate;
  const extension = incidentsExtension(incidents);
  const earlier = extension && made.get(extension.base);
  // Sources are only ever added on top of a model, so the earlier incidents' witnesses hold.
  const byDate =
    extension && earlier && everySourceKept(earlier.sources, sources)
      ? withAdded(
          earlier.byDate,
          Array.from(extension.addedRows, (row) => incidents[row]!),
          sources,
        )
      : witnessesOf(incidents, sources);
  made.set(incidents, { sources, byDate });
  return byDate;
}

/** Each list's witnesses, with the sources they were read with (a model is frozen). */
const made = new WeakMap<
  readonly Incident[],
  { sources: ReadonlyMap<string, Source>; byDate: ReadonlyMap<string, readonly RecordWitness[]> }
>();
/** The incident each witness is a count of (to put an added incident's in order). */
const incidentOf = new WeakMap<RecordWitness, Incident>();

function witnessesOf(
  incidents: readonly Incident[],
  sources: ReadonlyMap<string, Source>,
): Map<string, RecordWitness[]> {
  const byDate = new Map<string, RecordWitness[]>();
  for (const incident of incidents)
    for (const [date, witness] of incidentWitnesses(incident, sources)) {
      const list = byDate.get(date);
      if (list) list.push(witness);
      else byDate.set(date, [witness]);
    }
  return byDate;
}

/**
 * `earlier` with the witnesses of `added` (in list order) put in among each report's; `earlier`
 * itself when they have none (most imports), so that nothing that follows the map changes.
 */
function withAdded(
  earlier: ReadonlyMap<string, readonly RecordWitness[]>,
  added: readonly Incident[],
  sources: ReadonlyMap<string, Source>,
): ReadonlyMap<string, readonly RecordWitness[]> {
  let byDate: Map<string, readonly RecordWitness[]> | undefined;
  const copied = new Set<string>();
  for (const incident of added)
    for (const [date, witness] of incidentWitnesses(incident, sources)) {
      byDate ??= new Map(earlier);
      const list = copied.has(date)
        ? (byDate.get(date) as RecordWitness[])
        : [...(byDate.get(date) ?? [])];
      copied.add(date);
      // After every witness of an incident that sorts before this one (its own earlier counts
      // included), before the rest.
      let at = list.length;
      while (at > 0 && compareIncidents(incidentOf.get(list[at - 1]!)!, incident) > 0) at--;
      list.splice(at, 0, witness);
      byDate.set(date, list);
    }
  return byDate ?? earlier;
}

/** The incident's witnesses, each with its report date. */
function incidentWitnesses(
  incident: Incident,
  sources: ReadonlyMap<string, Source>,
): [string, RecordWitness][] {
  const p = incident.properties;
  const out: [string, RecordWitness][] = [];
  p.counts?.forEach((count, index) => {
    const measure = count.measure;
    if (!measure?.dated || RECORD_MEASURES_OF[measure.kind].length === 0) return;
    const quote = p.quotes[count.quote];
    const source = quote && sources.get(quote.source);
    if (!quote || !source || isSyntheticSource(source.meta)) return;
    const report = countReport(p.date, measure.dated);
    if (!report.ok) return;
    const witness: RecordWitness = { incident: incident.id, index, count, quote, how: report.how };
    incidentOf.set(witness, incident);
    out.push([report.date, witness]);
  });
  return out;
}

/** Whether every source of `before` is in `after`, as the same object. */
function everySourceKept(
  before: ReadonlyMap<string, Source>,
  after: ReadonlyMap<string, Source>,
): boolean {
  if (before === after) return true;
  if (after.size < before.size) return false;
  for (const [id, source] of before) if (after.get(id) !== source) return false;
  return true;
}
