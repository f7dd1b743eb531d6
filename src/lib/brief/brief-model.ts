import type { DashboardModel } from '../model/build-model';
import { type DayWindow, isoDay } from '../model/day-number';
import { formatDateReading } from '../model/format-date-reading';
import type { IncidentEntry } from '../model/incident-entry';
import { INCIDENTS_LAYER, LAYERS, type ToggleId } from '../model/layer-registry';
import { type CountVerdict, incidentVerdicts } from '../model/record/count-verdict';
import { describeWindowMeasure, describeWindowSpan } from '../model/record/describe-record';
import type { LoadedRecord } from '../model/record/loaded-record';
import type { RecordFreshness } from '../model/record/record-freshness';
import { RECORD_MEASURES_OF } from '../model/record/record-measures';
import { formatReportWindow } from '../model/record/report-window';
import { recordWindowSummary } from '../model/record/record-window-summary';
import type { Incident } from '../model/schema';
import { CATEGORY_LABELS, type IncidentCategory } from '../model/vocabulary';
import { BRIEF_CHART_MEASURES, type BriefChart, briefChart, type ChartMark } from './brief-chart';
import { type BriefCredits, briefCredits } from './brief-credits';

/** At most this many incidents in one brief; the rest are counted and named as left out. */
export const BRIEF_INCIDENT_LIMIT = 200;

/** What a brief is made of, read from the dashboard's state by its `exportBrief`. */
export interface BriefInput {
  readonly model: DashboardModel;
  /** The incidents the brief is about, in the list's order. */
  readonly incidents: readonly IncidentEntry[];
  /** `selected`: the incident selected; `listed`: the incidents of the window and filter. */
  readonly scope: 'selected' | 'listed';
  readonly window?: DayWindow;
  readonly categories: readonly IncidentCategory[];
  /** The layers shown on the map (the registry's and the incidents'). */
  readonly shownLayers: readonly ToggleId[];
  /** MND's record, when read; why not otherwise. */
  readonly record?: LoadedRecord;
  readonly recordMissing?: string;
  readonly freshness?: RecordFreshness;
  /** The map's picture (a `data:` URL) with the title drawn on it; absent without a map. */
  readonly map?: { readonly dataUrl: string; readonly title: string };
  /** When the brief was made, an ISO instant in UTC (`Date.toISOString`). */
  readonly made: string;
}

/** A quote as the brief prints it: the source's span, with where it is. */
export interface BriefQuote {
  readonly source: string;
  readonly outlet?: string;
  readonly title?: string;
  readonly published?: string;
  readonly url?: string;
  readonly language?: string;
  readonly start: number;
  readonly end: number;
  /** `source.text.slice(start, end)` when the source is loaded; the stored text otherwise. */
  readonly text: string;
  /** Whether `text` was read from the source at its offsets (false: the source is not loaded). */
  readonly fromSource: boolean;
}

/** A count's verdict against the record, in the words the evidence panel uses. */
export interface BriefVerdict {
  readonly verdict: CountVerdict['verdict'];
  readonly text: string;
  readonly report?: { readonly date: string; readonly window: string; readonly how: string };
  readonly figures: readonly {
    readonly verdict: string;
    readonly text: string;
    /** The tabulation's row, `file:line`. */
    readonly row?: string;
    readonly url?: string;
  }[];
  readonly tabulationsDisagree: boolean;
  readonly claim?: { readonly verdict: string; readonly text: string };
}

export interface BriefIncident {
  readonly id: string;
  readonly title: string;
  readonly category: string;
  readonly date: string;
  /** How the date was read, where known. */
  readonly dateResolution?: string;
  readonly otherDates: readonly string[];
  readonly place: string;
  readonly placePrecision: string;
  readonly coordinates: readonly number[];
  readonly actors: readonly string[];
  readonly note?: string;
  /** Each count in words, e.g. "54 aircraft (“54”: had passed …)". */
  readonly counts: readonly string[];
  readonly quotes: readonly BriefQuote[];
  readonly verdicts: readonly BriefVerdict[];
}

export interface Brief {
  readonly title: string;
  readonly made: string;
  /** What the brief covers, in words. */
  readonly scope: string;
  readonly window: string;
  readonly categories: string;
  readonly layers: string;
  readonly map?: { readonly dataUrl: string; readonly alt: string };
  readonly incidents: readonly BriefIncident[];
  /** Incidents of the scope left out past `BRIEF_INCIDENT_LIMIT`. */
  readonly leftOut: number;
  readonly record: {
    /** Why the record is not in the brief, when it is not. */
    readonly missing?: string;
    readonly chart?: BriefChart;
    readonly span?: string;
    /** The window against the baselines, one line a measure. */
    readonly summary: readonly { readonly label: string; readonly text: string }[];
  };
  readonly credits: BriefCredits;
}

/**
 * A brief of the incidents given: the title, the window and the filters, the map's picture,
 * each incident with its date, place, counts and verbatim quotes (each read from its source at
 * its offsets, with outlet, title, publication date, URL and offsets), each count against MND's
 * record (`incidentVerdicts`, the evidence panel's verdicts), the record's chart for the window
 * (`briefChart`) with the window against its baselines (`recordWindowSummary`), and the credits
 * (`briefCredits`). Pure: everything comes in through `input`; `renderBrief` makes it HTML.
 *
 * @example
 * briefModel({ model, incidents, scope: 'listed', window, categories: [], shownLayers, record, made }).incidents[0].quotes[0].text
 * // → 'On Monday, Taiwan's Ministry of National Defense said it had detected 54 …'
 */
export function briefModel(input: BriefInput): Brief {
  const { model, record, window } = input;
  const byId = new Map<string, Incident>(model.incidents.map((i) => [i.id, i]));
  const shown = input.incidents.slice(0, BRIEF_INCIDENT_LIMIT);
  const verdictsOf = (entry: IncidentEntry): readonly CountVerdict[] => {
    const incident = byId.get(entry.id);
    return record && incident?.properties.counts
      ? incidentVerdicts(incident, record.record, model.sources)
      : [];
  };
  const allVerdicts = shown.map(verdictsOf);
  const incidents = shown.map((entry, i) => briefIncident(entry, allVerdicts[i]!, model));

  const marks: ChartMark[] = allVerdicts.flat().flatMap((v) => {
    const kind = v.count.measure?.kind;
    const measure = kind && RECORD_MEASURES_OF[kind][0];
    return v.report && measure ? [{ date: v.report.date, measure, value: v.count.value }] : [];
  });
  const series = record?.series;
  const summary =
    series && series.length > 0
      ? recordWindowSummary(
          series,
          window ?? { from: series.firstDay, to: series.firstDay + series.length },
        )
      : undefined;
  const chart = series ? briefChart(series, window, marks) : undefined;

  const when = window ? windowWords(window) : 'all time';
  const n = input.incidents.length;
  const scope =
    input.scope === 'selected'
      ? 'The incident selected'
      : `The ${n.toLocaleString('en')} incident${n === 1 ? '' : 's'} in the time window and filter`;
  const sourceIds = incidents.flatMap((i) => i.quotes.map((q) => q.source));
  const layerNames = [...LAYERS, INCIDENTS_LAYER]
    .filter((l) => input.shownLayers.includes(l.id))
    .map((l) => l.name);
  return {
    title:
      input.scope === 'selected' && incidents[0]
        ? `Straitwatch brief: ${incidents[0].title}`
        : `Straitwatch brief: ${when}`,
    made: madeWords(input.made),
    scope,
    window: when,
    categories:
      input.categories.length > 0
        ? input.categories.map((c) => CATEGORY_LABELS[c]).join(', ')
        : 'all categories',
    layers: layerNames.join(', ') || 'none',
    ...(input.map
      ? {
          map: {
            dataUrl: input.map.dataUrl,
            alt: `The map as it was on screen: ${input.map.title}; with the legend of the layers shown, the scale bar and the credits drawn in.`,
          },
        }
      : {}),
    incidents,
    leftOut: Math.max(0, n - shown.length),
    record: {
      ...(record ? {} : { missing: input.recordMissing ?? 'MND’s record was not read' }),
      ...(chart ? { chart } : {}),
      ...(summary ? { span: describeWindowSpan(summary) } : {}),
      summary: summary
        ? BRIEF_CHART_MEASURES.map(({ measure, label }) => ({
            label,
            text: describeWindowMeasure(summary, measure),
          }))
        : [],
    },
    credits: briefCredits(model, sourceIds, input.shownLayers, input.freshness),
  };
}

function briefIncident(
  entry: IncidentEntry,
  verdicts: readonly CountVerdict[],
  model: DashboardModel,
): BriefIncident {
  const p = entry.properties;
  return {
    id: entry.id,
    title: p.title,
    category: CATEGORY_LABELS[p.category],
    date: formatDateReading(p.date),
    ...(p.date.resolution ? { dateResolution: p.date.resolution } : {}),
    otherDates: (p.otherDates ?? []).map(formatDateReading),
    place: p.place.name,
    placePrecision: p.place.precision,
    coordinates: entry.geometry.coordinates,
    actors: p.actors,
    ...(p.note ? { note: p.note } : {}),
    counts: (p.counts ?? []).map(
      (c) =>
        `${c.qualifier ? `${c.qualifier} ` : ''}${c.value.toLocaleString('en')} ${c.unit}${c.what ? ` (${c.what})` : ''}`,
    ),
    quotes: p.quotes.map((q) => {
      const source = model.sources.get(q.source);
      if (!source)
        return { source: q.source, start: q.start, end: q.end, text: q.text, fromSource: false };
      const m = source.meta;
      return {
        source: q.source,
        outlet: m.outlet,
        title: m.title,
        published: m.published,
        ...(m.url ? { url: m.url } : {}),
        language: m.language,
        start: q.start,
        end: q.end,
        text: source.text.slice(q.start, q.end),
        fromSource: true,
      };
    }),
    verdicts: verdicts.map((v) => ({
      verdict: v.verdict,
      text: v.text,
      ...(v.report
        ? {
            report: {
              date: v.report.date,
              window: formatReportWindow(v.report.window),
              how: v.report.how,
            },
          }
        : {}),
      figures: v.figures.map((f) => ({
        verdict: f.verdict,
        text: `${f.separate ? 'Beside it: ' : ''}${f.text}`,
        ...(f.file !== undefined && f.line !== undefined
          ? { row: `${f.file.replace(/^geodata\/record\//, '')}:${f.line}` }
          : {}),
        ...(f.url ? { url: f.url } : {}),
      })),
      tabulationsDisagree: v.tabulationsDisagree,
      ...(v.claim ? { claim: { verdict: v.claim.verdict, text: v.claim.text } } : {}),
    })),
  };
}

/** An ISO instant as the brief says it: '3 December 2026, 21:37 UTC'. */
function madeWords(instant: string): string {
  const day = formatDateReading({ value: instant.slice(0, 10), precision: 'day' });
  return /T\d{2}:\d{2}/.test(instant) ? `${day}, ${instant.slice(11, 16)} UTC` : day;
}

function windowWords(window: DayWindow): string {
  const first = isoDay(window.from);
  const last = isoDay(window.to - 1);
  const day = (d: string) => formatDateReading({ value: d, precision: 'day' });
  return first === last ? day(first) : `${day(first)} – ${day(last)}`;
}
