import type { DashboardModel } from '../model/build-model';
import type { DataIssue } from '../model/data-issue';
import type { DayWindow } from '../model/day-number';
import { type CountVerdict, incidentVerdicts } from '../model/record/count-verdict';
import type { LatestReport } from '../model/record/latest-report';
import type { LoadedRecord } from '../model/record/loaded-record';
import type { RecordDay } from '../model/record/mnd-record';
import { type RecordFreshness, recordFreshness } from '../model/record/record-freshness';
import { type RegionReports, regionReports } from '../model/record/region-reports';
import {
  type RecordWindowSummary,
  recordWindowSummary,
} from '../model/record/record-window-summary';
import { type RecordWitness, recordWitnesses } from '../model/record/record-witnesses';
import { unusualByDate } from '../model/record/unusual-by-date';
import type { UnusualDay } from '../model/record/unusual-days';

/** Reads and builds the record (`loadRecord` in `data/`, imported on demand by the app). */
export type LoadRecord = () => Promise<LoadedRecord>;

/** What the record needs of the dashboard. */
export interface RecordLinks {
  readonly model: () => DashboardModel;
  readonly timeWindow: () => DayWindow | undefined;
  /** The reader's clock (the record's freshness is counted to its day). */
  readonly now: () => Date;
  /** Whether the right-hand column shows the opened record day (then the map shows its regions). */
  readonly dayInView: () => boolean;
}

/**
 * MND's daily record, as the counts panel and the evidence panel use it: read once, after the
 * map's first idle (`load`), then the verdicts on the selected incident's counts, the time
 * window's summary against the baselines, the quotes that witness each report (from every
 * incident shown, imported texts' drafts included), the record day a reader opened, and the
 * newest report and the unusual days read against the record.
 * The record's own issues (a bad row: file › line › column) are listed with the data's.
 */
export class RecordState {
  #loaded = $state.raw<LoadedRecord>();
  #status = $state<'waiting' | 'loading' | 'ready' | 'failed'>('waiting');
  #failure = $state<string>();
  #openDate = $state<string>();
  readonly #links: RecordLinks;

  constructor(links: RecordLinks) {
    this.#links = links;
  }

  /** `waiting` until `load` is called, then `loading`, `ready` or `failed`. */
  get status(): 'waiting' | 'loading' | 'ready' | 'failed' {
    return this.#status;
  }
  /** The record and its series, once read. */
  get loaded(): LoadedRecord | undefined {
    return this.#loaded;
  }
  /** Rows and files of the record that could not be used, each named; and a failed read. */
  readonly issues: readonly DataIssue[] = $derived.by(() => [
    ...(this.#loaded?.issues ?? []),
    ...(this.#failure ? [{ file: 'geodata/record/', reason: this.#failure }] : []),
  ]);

  /** The report date of the record day a reader opened (from the chart or a verdict). */
  get openDate(): string | undefined {
    return this.#openDate;
  }
  /** The opened record day; undefined when the record has no day of that date. */
  readonly openDay: RecordDay | undefined = $derived(
    this.#openDate === undefined ? undefined : this.#loaded?.record.byDate.get(this.#openDate),
  );

  /** The incidents' counts that refer to each report, by report date, with their quotes. */
  readonly witnesses: ReadonlyMap<string, readonly RecordWitness[]> = $derived.by(() => {
    const model = this.#links.model();
    return recordWitnesses(model.incidents, model.sources);
  });

  // ── The latest report and the unusual days (issue 19, items 3 and 4) ──
  // Computed by loadRecord in the record's own chunk (their code stays off the first load);
  // derived here from the loaded record, never stored twice.
  /** The newest report read against the record: the card at the top of the record. */
  readonly latestReport: LatestReport | undefined = $derived(this.#loaded?.latest);
  /** The reports whose figures stand out from their own trailing baseline, by date. */
  readonly unusualDays: readonly UnusualDay[] = $derived(this.#loaded?.unusual ?? []);
  /** The unusual days' entries by report date (the chart's marks, a record day's note). */
  readonly unusualByDate: ReadonlyMap<string, readonly UnusualDay[]> = $derived(
    unusualByDate(this.unusualDays),
  );

  /** The time window (the record's whole span without one) against the baselines. */
  readonly windowSummary: RecordWindowSummary | undefined = $derived.by(() => {
    const series = this.#loaded?.series;
    if (!series || series.length === 0) return undefined;
    const window = this.#links.timeWindow() ?? {
      from: series.firstDay,
      to: series.firstDay + series.length,
    };
    return recordWindowSummary(series, window);
  });

  /** The span the record covers, where its files came from and how old its newest report is. */
  readonly freshness: RecordFreshness | undefined = $derived.by(() => {
    const record = this.#loaded?.record;
    return record ? recordFreshness(record, this.#links.now()) : undefined;
  });

  /**
   * The ADIZ regions named by the reports the map shows: the opened record day's while it is in
   * view, else the time window's; none without either (the map stays calm by default).
   */
  readonly regionReports: RegionReports | undefined = $derived.by(() => {
    const record = this.#loaded?.record;
    if (!record) return undefined;
    const day = this.#links.dayInView() ? this.openDay : undefined;
    const span = day ? { from: day.day, to: day.day + 1 } : this.#links.timeWindow();
    return span ? regionReports(record, span) : undefined;
  });

  /** Read the record once; a failure is reported and the rest of the dashboard is unaffected. */
  async load(read: LoadRecord): Promise<void> {
    if (this.#status !== 'waiting') return;
    this.#status = 'loading';
    try {
      this.#loaded = await read();
      this.#status = 'ready';
    } catch (error) {
      this.#failure = `the record could not be read (${(error as Error).message}); the rest of the dashboard works without it`;
      this.#status = 'failed';
    }
  }

  /**
   * Each count of the incident against the record; empty while the record is not read, or for
   * an incident that is not in the model (a row read by bounding box has no counts' words).
   */
  verdictsOf(id: string | undefined): readonly CountVerdict[] {
    const record = this.#loaded?.record;
    if (!record || id === undefined) return [];
    const model = this.#links.model();
    const incident = model.incidents.find((i) => i.id === id);
    return incident?.properties.counts ? incidentVerdicts(incident, record, model.sources) : [];
  }

  /** Open MND's report of that date (`YYYY-MM-DD`), or close it with undefined. */
  openRecordDay(date: string | undefined): void {
    this.#openDate = date;
  }
}
