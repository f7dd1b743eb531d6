import { formatDateReading } from '../format-date-reading';
import type { Count, Incident } from '../schema';
import type { Source } from '../source';
import { isSyntheticSource } from '../synthetic-source';
import { type AdizRegion, type CountQualifier, MEASURE_LABELS } from '../vocabulary';
import { type ClaimVerdict, claimVerdict } from './claim-verdict';
import { countReport } from './count-report';
import type { MndRecord, RecordReading } from './mnd-record';
import { RECORD_MEASURES_OF, type RecordMeasure } from './record-measures';
import type { TabulationId } from './record-tabulations';
import type { ReportWindow } from './report-window';

/**
 * A figure against the record: the same; different (both numbers kept); the tabulation has the
 * report but no such figure; or the tabulation has no row for that report at all.
 */
export type FigureVerdictKind = 'agrees' | 'disagrees' | 'no-figure' | 'no-day';

/** One tabulation's figure set against the source's. */
export interface FigureVerdict {
  readonly tabulation: TabulationId;
  /** The record's measure compared, or `regions` for the ADIZ regions named. */
  readonly measure: RecordMeasure | 'regions';
  readonly verdict: FigureVerdictKind;
  /** What the source says. */
  readonly reported: number | readonly AdizRegion[];
  /** What the tabulation holds, when it holds it. */
  readonly recorded?: number | readonly AdizRegion[];
  /** The tabulation's row, and the report's URL where it gives one. */
  readonly file?: string;
  readonly line?: number;
  readonly url?: string;
  /** madeye's own reading of ADIZ entries: shown beside MND's figure, not part of the verdict. */
  readonly separate?: true;
  /** The verdict in words, e.g. "eskim19: 0 — disagrees with the source's 4". */
  readonly text: string;
}

/** An incident's count set against the record. */
export interface CountVerdict {
  readonly incident: string;
  /** The count's index among the incident's counts. */
  readonly index: number;
  readonly count: Count;
  /**
   * The verdict on MND's figure over every tabulation: `disagrees` when any disagrees, else
   * `agrees` when any agrees, else `no-figure`, else `no-day`; `not-compared` when the count is
   * not set against the record at all (synthetic data, no measure, a date that is not a day).
   */
  readonly verdict: FigureVerdictKind | 'not-compared';
  /** One sentence for the reader. */
  readonly text: string;
  /** MND's report covering the count, and how its date leads there. */
  readonly report?: { readonly date: string; readonly window: ReportWindow; readonly how: string };
  /** Per tabulation: MND's figure, madeye's separate ADIZ reading, the regions named. */
  readonly figures: readonly FigureVerdict[];
  /** The tabulations disagree with each other on this figure that day. */
  readonly tabulationsDisagree: boolean;
  readonly claim?: ClaimVerdict;
}

/**
 * Set one count of an incident against the record: MND's report covering its date (by
 * `countReport`: activity on a day → the next day's report; a report's date → that report), each
 * tabulation's figure for the count's measure with a verdict, the regions named where the count
 * names some, and its claim (`claimVerdict`). Qualified figures agree when the record fits the
 * qualifier: `at least` N (≥ N), `more than` N (> N), `nearly` N (90–100 % of N), `about` N
 * (within 10 %). A count from a synthetic source is never compared.
 *
 * @example
 * countVerdict(incident54, 0, record, model.sources).verdict // → 'agrees' (eskim19: 54 in the report of 11 April 2023)
 */
export function countVerdict(
  incident: Incident,
  index: number,
  record: MndRecord,
  sources: ReadonlyMap<string, Source>,
): CountVerdict {
  const p = incident.properties;
  const count = p.counts![index]!;
  const base = { incident: incident.id, index, count, figures: [], tabulationsDisagree: false };
  const notCompared = (reason: string): CountVerdict => ({
    ...base,
    verdict: 'not-compared',
    text: `Not compared: ${reason}.`,
  });
  const source = sources.get(p.quotes[count.quote]?.source ?? '');
  if (source && isSyntheticSource(source.meta))
    return notCompared(
      `synthetic data (“${source.meta.outlet}”), invented, never set against the record`,
    );
  const measure = count.measure;
  if (!measure) return notCompared('the count does not say what it counts (it has no measure)');
  const measures = RECORD_MEASURES_OF[measure.kind];
  if (measures.length === 0)
    return {
      ...base,
      verdict: 'no-figure',
      text: `The record has no such figure: ${
        measure.kind === 'balloons-detected'
          ? `MND's reports give ${MEASURE_LABELS[measure.kind]}, but neither tabulation has a column for them`
          : `MND's daily report never counts ${MEASURE_LABELS[measure.kind]}`
      }.`,
    };
  if (!measure.dated)
    return notCompared("the count does not say whether its date is the activity's or the report's");
  const report = countReport(p.date, measure.dated);
  if (!report.ok) return notCompared(report.reason);

  const day = record.byDate.get(report.date);
  const reportName = `MND's report of ${formatDateReading({ value: report.date, precision: 'day' })}`;
  const figures: FigureVerdict[] = [];
  for (const tabulation of record.tabulations) {
    const reading = day?.readings.find((r) => r.tabulation === tabulation.id);
    if (!reading) {
      const { first, last, missing } = tabulation.span;
      const why =
        report.date < first
          ? `its tabulation starts on ${longDate(first)}`
          : report.date > last
            ? `its tabulation ends on ${longDate(last)}`
            : `one of the ${missing} days missing from its tabulation`;
      figures.push({
        tabulation: tabulation.id,
        measure: measures[0]!,
        verdict: 'no-day',
        reported: count.value,
        text: `${tabulation.id}: no row for ${reportName} (${why})`,
      });
      continue;
    }
    measures.forEach((m, i) => {
      if (i > 0 && tabulation.figureColumns[m] === undefined) return;
      figures.push({
        ...figureVerdict(reading, m, count.value, count.qualifier),
        ...(i > 0 ? { separate: true as const } : {}),
      });
    });
    if (measure.regions)
      figures.push(regionsVerdict(reading, measure.regions, tabulation.regionsColumn));
  }

  const primary = figures.filter((f) => f.measure === measures[0]);
  const verdict =
    (['disagrees', 'agrees', 'no-figure', 'no-day'] as const).find((k) =>
      primary.some((f) => f.verdict === k),
    ) ?? 'no-day';
  const lead = {
    agrees: 'Agrees with the record',
    disagrees: 'Disagrees with the record',
    'no-figure': 'The record has no such figure',
    'no-day': 'The record has no such day',
  }[verdict];
  const claim = count.claim ? claimVerdict(count, record, report.date) : undefined;
  return {
    ...base,
    verdict,
    text: `${lead}: ${count.value} ${MEASURE_LABELS[measure.kind]}, against ${reportName}: ${primary.map((f) => f.text).join('; ') || 'no tabulation is loaded'}.`,
    report: { date: report.date, window: report.window, how: report.how },
    figures,
    tabulationsDisagree: day !== undefined && day.disagreements.some((m) => m === measures[0]),
    ...(claim ? { claim } : {}),
  };
}

/**
 * Every count of an incident against the record, in the incident's order.
 *
 * @example
 * incidentVerdicts(incident, record, model.sources).map((v) => v.verdict) // → ['agrees', 'agrees', 'disagrees']
 */
export function incidentVerdicts(
  incident: Incident,
  record: MndRecord,
  sources: ReadonlyMap<string, Source>,
): CountVerdict[] {
  return (incident.properties.counts ?? []).map((_, i) =>
    countVerdict(incident, i, record, sources),
  );
}

function figureVerdict(
  reading: RecordReading,
  measure: RecordMeasure,
  reported: number,
  qualifier: CountQualifier | undefined,
): FigureVerdict {
  const where = {
    tabulation: reading.tabulation,
    measure,
    reported,
    file: reading.file,
    line: reading.line,
    ...(reading.url ? { url: reading.url } : {}),
  };
  const recorded = reading.figures[measure];
  const name =
    measure === 'aircraft-entered-adiz'
      ? `${reading.tabulation}'s own ADIZ reading`
      : reading.tabulation;
  if (recorded === undefined)
    return {
      ...where,
      verdict: 'no-figure',
      text: `${name}: no such figure in its row (line ${reading.line})`,
    };
  const fits = fitsQualifier(recorded, reported, qualifier);
  const said = qualifier ? `“${qualifier} ${reported}”` : `${reported}`;
  return {
    ...where,
    recorded,
    verdict: fits ? 'agrees' : 'disagrees',
    text: fits
      ? `${name}: ${recorded}, ${qualifier ? `consistent with ${said}` : 'agrees'}`
      : `${name}: ${recorded}, disagrees with the source's ${said}${recorded === 0 ? ' (a 0 in a tabulation may be its parser missing the figure)' : ''}`,
  };
}

function regionsVerdict(
  reading: RecordReading,
  reported: readonly AdizRegion[],
  column: string | undefined,
): FigureVerdict {
  const where = {
    tabulation: reading.tabulation,
    measure: 'regions' as const,
    reported,
    file: reading.file,
    line: reading.line,
    ...(reading.url ? { url: reading.url } : {}),
  };
  if (!column || !reading.regions)
    return {
      ...where,
      verdict: 'no-figure',
      text: `${reading.tabulation}: does not tabulate the ADIZ regions named`,
    };
  const recorded = reading.regions;
  const missing = reported.filter((r) => !recorded.includes(r));
  const listed = recorded.length > 0 ? recorded.join(', ') : 'none';
  return {
    ...where,
    recorded,
    verdict: missing.length === 0 ? 'agrees' : 'disagrees',
    text:
      missing.length === 0
        ? `${reading.tabulation}: the report names ${listed}, which includes ${reported.join(', ')}`
        : `${reading.tabulation}: the report names ${listed}, not ${missing.join(', ')}`,
  };
}

function fitsQualifier(
  recorded: number,
  reported: number,
  qualifier: CountQualifier | undefined,
): boolean {
  switch (qualifier) {
    case 'at least':
      return recorded >= reported;
    case 'more than':
      return recorded > reported;
    case 'nearly':
      return recorded <= reported && recorded >= 0.9 * reported;
    case 'about':
      return Math.abs(recorded - reported) <= 0.1 * reported;
    default:
      return recorded === reported;
  }
}

function longDate(date: string): string {
  return formatDateReading({ value: date, precision: 'day' });
}
