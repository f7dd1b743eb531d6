import { getContext, setContext, untrack } from 'svelte';
import type { BriefDocument } from '../brief/brief-document';
import type { BriefInput } from '../brief/brief-model';
import { incidentsCsv } from '../import/incidents-csv';
import { incidentsGeojson } from '../import/incidents-geojson';
import type { DashboardModel } from '../model/build-model';
import { type DayWindow, isoDay } from '../model/day-number';
import { geometryBox } from '../model/geometry-box';
import { TOGGLE_IDS, type ToggleId } from '../model/layer-registry';
import type { Incident } from '../model/schema';
import type { LonLatBox } from '../model/lon-lat-box';
import type { QuoteCitation } from '../model/quote-citation';
import { AppUpdate, type RegisterServiceWorker } from './app-update.svelte';
import { BoxReader } from './box-reader.svelte';
import { type AggregatesPort, ChartAggregates } from './chart-aggregates.svelte';
import { DataLoading } from './data-loading.svelte';
import { ImportSession, type ImportPorts } from './import-session.svelte';
import { IncidentList, type SelectionOrigin } from './incident-list.svelte';
import { LayoutState, type LayoutStore } from './layout.svelte';
import { ModelStore } from './model-store.svelte';
import { RecordState } from './record.svelte';
import { type LoadSearchIndex, type SearchOption, SearchState } from './search.svelte';
import type { LinkData, UrlState } from './url-state';

/** What the right-hand column shows: the incident's evidence, a source's text, or a record day. */
export type EvidenceView = 'incident' | 'text' | 'day' | 'unusual';

/** The brief's code (model and HTML), loaded the first time a brief is exported. */
export type LoadBrief = () => Promise<{
  readonly briefDocument: (input: BriefInput) => BriefDocument;
  readonly blobDataUrl: (blob: Blob) => Promise<string>;
}>;

/**
 * The page's own I/O, handed in by App.svelte (state does none, and panels call the state):
 * files offered for download, the clipboard, the service worker, animation frames, and the
 * aggregate worker.
 */
export interface PagePorts {
  /** Offers a file for download, from memory (src/lib/data/download-file.ts). */
  readonly saveFile?: (name: string, file: Blob) => void;
  /** Writes a quote's citation to the clipboard (src/lib/data/write-citation.ts). */
  readonly writeCitation?: (citation: QuoteCitation) => Promise<'plain and markdown' | 'plain'>;
  /** Registers the service worker, in production builds (src/lib/data/register-service-worker.ts). */
  readonly registerServiceWorker?: RegisterServiceWorker;
  /** Where the charts' aggregates are counted: the aggregate worker in the app; in-thread by default. */
  readonly aggregates?: AggregatesPort;
  /**
   * Calls `step` at the next animation frame and gives back a cancel (playback's clock);
   * `requestAnimationFrame` by default, where there is one.
   */
  readonly requestFrame?: (step: (now: number) => void) => () => void;
}

/**
 * What the dashboard is given: the I/O of imports (storage, file text, gazetteer, extractor),
 * the page's (`PagePorts`), the search index's code, loaded on the search's first use, and the
 * brief's, on its first export.
 */
export type DashboardOptions = ImportPorts &
  PagePorts & {
    readonly loadSearchIndex?: LoadSearchIndex;
    readonly loadBrief?: LoadBrief;
    /** Where the layout's choices (side columns, theme) are remembered. */
    readonly layoutStore?: LayoutStore;
  };

/** A full pass of playback over the data takes this long at 1×. */
const PASS_SECONDS = 60;

/** `requestAnimationFrame` as a frame port, where the page has one. */
function animationFrames(): PagePorts['requestFrame'] {
  if (typeof requestAnimationFrame === 'undefined') return undefined;
  return (step) => {
    const frame = requestAnimationFrame(step);
    return () => cancelAnimationFrame(frame);
  };
}

/** A place the map is asked to show (a search result): its box and its name. */
export interface MapFocus {
  readonly box: LonLatBox;
  readonly name: string;
}

/** Draws the map as it is on screen into a PNG, 1× or 2× (the map hands it in once it is up). */
export type MapPicture = (title: string, scale: 1 | 2) => Promise<Blob>;

/** The span of a source a search result opened, for the full-text view to show. */
export interface TextFocus {
  readonly source: string;
  readonly start: number;
  readonly end: number;
}

const EMPTY_MODEL: DashboardModel = {
  layers: new Map(),
  sources: new Map(),
  incidents: [],
  draftIds: new Set(),
  userLayers: new Map(),
  issues: [],
};

/**
 * The dashboard's state, handed to every component by `getDashboard()`. It holds the model
 * (replaced whole, never deep-proxied) and composes the parts, each of which owns its own
 * fields and is changed through its methods only:
 * - `loading`: the first load (status, failure, progress);
 * - `imports`: imports, storage, the import report, draft review;
 * - `boxReader`: box reads of a dataset too large to load whole;
 * - `list`: the incidents as one table, the listed rows, the category filter, selection, hover;
 * - `record`: MND's daily record, the verdicts on counts, the window's summary, the opened day;
 * - `search`: the query, the search dialog, and the index (built on first use);
 * - `layout`: the panel under the map on a narrow screen, the side columns, the theme, the
 *   record opened large.
 * It keeps itself the layer toggles, the evidence view, playback (the time window, playing,
 * speed), what a search result opened (a quote, a span of text, a place for the map) and what a
 * link carries (`urlState`). Panels and the map call these methods and never
 * talk to each other.
 */
export class Dashboard {
  /** The model, and the one place it is built: the files loaded, and the imports on top. */
  readonly store: ModelStore;
  readonly loading: DataLoading;
  readonly imports: ImportSession;
  readonly boxReader = new BoxReader();
  readonly list: IncidentList;
  readonly record: RecordState;
  readonly search: SearchState;
  /** The timeline's and the counts chart's aggregates, counted in the worker. */
  readonly charts: ChartAggregates;
  /** A new build waiting for the reader's reload (the service worker). */
  readonly update: AppUpdate;
  readonly #ports: PagePorts;
  /** Stops playback's animation loop, while it runs. */
  #stopLoop: (() => void) | undefined;
  readonly layout: LayoutState;

  #visible = $state.raw<Readonly<Record<ToggleId, boolean>>>(
    Object.fromEntries(TOGGLE_IDS.map((id) => [id, true])) as Record<ToggleId, boolean>,
  );
  /** Ids of imported layers the user hid. */
  #hiddenUserLayers = $state.raw<readonly string[]>([]);
  #evidenceView = $state<EvidenceView>('incident');
  #viewedSourceId = $state<string>();
  #timeWindow = $state.raw<DayWindow>();
  #playing = $state(false);
  #playSpeed = $state<1 | 2 | 4>(1);
  #linkHadMapView = false;
  #matchedQuote = $state.raw<{ readonly incident: string; readonly index: number }>();
  #textFocus = $state.raw<TextFocus>();
  #mapFocus = $state.raw<MapFocus>();
  #mapPicture = $state.raw<MapPicture>();
  readonly #loadBrief: LoadBrief | undefined;
  readonly #now: () => string;

  constructor(options: DashboardOptions = {}) {
    this.layout = new LayoutState(options.layoutStore);
    this.#loadBrief = options.loadBrief;
    // A reading of the clock for the brief's "made on" (the imports' clock, so a test sets it).
    // eslint-disable-next-line svelte/prefer-svelte-reactivity
    this.#now = () => options.now?.() ?? new Date().toISOString();
    this.#ports = { requestFrame: animationFrames(), ...options };
    this.store = new ModelStore({
      onShow: () => this.#shown(),
      parseJson: options.parseJson,
    });
    this.imports = new ImportSession(options, {
      model: () => this.model,
      store: this.store,
      // A layer imported again later starts visible, like any new import.
      onLayerRemoved: (id) => this.setUserLayerVisible(id, true),
    });
    this.loading = new DataLoading({
      store: this.store,
      restore: (stored) => this.imports.restore(stored),
    });
    this.list = new IncidentList({
      model: () => this.model,
      boxRead: () => {
        const read = this.boxReader.read;
        const file = this.boxReader.dataset?.file;
        return read && file !== undefined ? { read, file } : undefined;
      },
      timeWindow: () => this.#timeWindow,
    });
    this.record = new RecordState({
      model: () => this.model,
      timeWindow: () => this.#timeWindow,
      // One clock for the dashboard: the imports' (an ISO timestamp), so a test sets both. The
      // Date is a reading handed to a pure function, not state.
      // eslint-disable-next-line svelte/prefer-svelte-reactivity
      now: () => new Date(options.now?.() ?? Date.now()),
      dayInView: () => this.#evidenceView === 'day',
    });
    this.search = new SearchState({
      model: () => this.model,
      record: () => this.record.loaded,
      loadIndex: options.loadSearchIndex,
      readGazetteer: options.readGazetteer,
    });
    this.charts = new ChartAggregates(
      {
        columns: () => this.list.table.columns,
        categories: () => this.list.categories,
        windowRows: () => this.list.windowRows,
      },
      options.aggregates,
    );
    this.update = new AppUpdate(options.registerServiceWorker);
  }

  /** The validated model every view is derived from; empty until the first one is shown. */
  get model(): DashboardModel {
    return this.store.model ?? EMPTY_MODEL;
  }
  /** Whether each registry layer (and the incidents) is shown. */
  get visible(): Readonly<Record<ToggleId, boolean>> {
    return this.#visible;
  }
  get hiddenUserLayers(): readonly string[] {
    return this.#hiddenUserLayers;
  }
  /** The right-hand column: the selected incident's evidence, or a source's full text. */
  get evidenceView(): EvidenceView {
    return this.#evidenceView;
  }
  /** The source shown in the full-text view; the selected incident's first source by default. */
  get viewedSourceId(): string | undefined {
    return this.#viewedSourceId;
  }
  /** The time window the timeline chose (days since 1970, half-open); all time when unset. */
  get timeWindow(): DayWindow | undefined {
    return this.#timeWindow;
  }
  /** Whether the timeline is playing (sliding the window), and how fast. */
  get playing(): boolean {
    return this.#playing;
  }
  get playSpeed(): 1 | 2 | 4 {
    return this.#playSpeed;
  }
  /** Whether the link held a map view: then a linked selection does not move the camera. */
  get linkHadMapView(): boolean {
    return this.#linkHadMapView;
  }

  /** The quote a search result opened: the evidence panel marks it (cleared by another selection). */
  get matchedQuote(): { readonly incident: string; readonly index: number } | undefined {
    return this.#matchedQuote;
  }
  /** The span of a source a search result opened: the full-text view scrolls to it and marks it. */
  get textFocus(): TextFocus | undefined {
    return this.#textFocus;
  }
  /** The place a search result asked the map to show (a new object each time). */
  get mapFocus(): MapFocus | undefined {
    return this.#mapFocus;
  }

  /** Whether the map can be drawn into a picture (it is up, and handed its drawer in). */
  get canPictureMap(): boolean {
    return this.#mapPicture !== undefined;
  }

  /** What the map's picture says on top: the time window and the categories shown. */
  readonly mapPictureTitle: string = $derived.by(() => {
    const w = this.#timeWindow;
    const when = w ? `${isoDay(w.from)} to ${isoDay(w.to - 1)}` : 'all time';
    const categories = this.list.categories;
    const what = categories.length > 0 ? categories.join(', ') : 'all categories';
    return `Straitwatch · ${this.list.rows.length.toLocaleString('en')} incidents · ${when} · ${what}`;
  });

  /** The map's drawer (MapView hands it in once the map is up; undefined when it goes). */
  attachMapPicture(picture: MapPicture | undefined): void {
    this.#mapPicture = picture;
  }

  /** The map as it is on screen, with its title, legend, scale and credits, as a PNG. */
  pictureMap(scale: 1 | 2): Promise<Blob> {
    if (!this.#mapPicture) return Promise.reject(new Error('the map is not drawn'));
    return this.#mapPicture(this.mapPictureTitle, scale);
  }

  /** Whether a brief can be exported (its code can be loaded). */
  get canExportBrief(): boolean {
    return this.#loadBrief !== undefined;
  }

  /**
   * What "Export brief" covers: the selected incident, or (with none) the incidents listed, those
   * of the time window in the chosen categories.
   */
  get briefScope(): { readonly scope: 'selected' | 'listed'; readonly count: number } {
    return this.list.selected
      ? { scope: 'selected', count: 1 }
      : { scope: 'listed', count: this.list.rows.length };
  }

  /**
   * The brief of `briefScope`'s incidents as one self-contained HTML file (`src/lib/brief/`):
   * the window and filters, the map's picture as on screen, each incident with its quotes read
   * from their sources, its counts against MND's record, the record's chart for the window and
   * the credits. Its code loads on the first export. The caller saves it (data/download-file).
   */
  async exportBrief(): Promise<BriefDocument> {
    if (!this.#loadBrief) throw new Error('the brief cannot be made here');
    const { briefDocument, blobDataUrl } = await this.#loadBrief();
    const title = this.mapPictureTitle;
    const picture = this.#mapPicture ? await this.#mapPicture(title, 1) : undefined;
    const selected = this.list.selected;
    const table = this.list.table;
    const status = this.record.status;
    return briefDocument({
      model: this.model,
      incidents: selected ? [selected] : Array.from(this.list.rows, (row) => table.entryAt(row)),
      scope: selected ? 'selected' : 'listed',
      ...(this.#timeWindow ? { window: this.#timeWindow } : {}),
      categories: this.list.categories,
      shownLayers: TOGGLE_IDS.filter((id) => this.#visible[id]),
      ...(this.record.loaded
        ? { record: this.record.loaded }
        : {
            recordMissing:
              status === 'failed'
                ? 'MND’s record could not be read'
                : 'MND’s record was not read yet when the brief was made',
          }),
      ...(this.record.freshness ? { freshness: this.record.freshness } : {}),
      ...(picture ? { map: { dataUrl: await blobDataUrl(picture), title } } : {}),
      made: this.#now(),
    });
  }

  /** What a link to this view carries. */
  readonly urlState: UrlState = $derived.by(() => ({
    ...(this.list.selectedId ? { incident: this.list.selectedId } : {}),
    hidden: TOGGLE_IDS.filter((id) => !this.#visible[id]),
    // Only layers that are there: a removed import's toggle leaves no trace in the link.
    ...this.#hiddenUserLayersInModel(),
    categories: this.list.categories,
    ...(this.#timeWindow ? { window: this.#timeWindow } : {}),
    // The query while the search is open: a link opens the search with it.
    ...(this.search.isOpen && this.search.query.trim() ? { query: this.search.query } : {}),
  }));

  #hiddenUserLayersInModel(): Pick<UrlState, 'hiddenUserLayers'> {
    // Until the stored imports are back (the first load), keep what the link said.
    const present = this.imports.restored
      ? this.#hiddenUserLayers.filter((id) => this.model.userLayers.has(id))
      : this.#hiddenUserLayers;
    return present.length > 0 ? { hiddenUserLayers: present } : {};
  }

  /** A new model is shown: the parts that keep something of the old one follow. */
  #shown(): void {
    // An index already made follows the new model (an accepted import becomes searchable).
    if (this.search.status !== 'idle') void this.search.prepare();
    // While a dataset is still being checked, a linked incident may be in it: keep the choice.
    if (this.loading.progress === undefined) this.list.forgetMissingSelection();
  }

  /** Take the view a link carries (read by `readUrlState`). */
  applyUrlState(state: UrlState & LinkData): void {
    this.#visible = Object.fromEntries(
      TOGGLE_IDS.map((id) => [id, !state.hidden.includes(id)]),
    ) as Record<ToggleId, boolean>;
    this.#hiddenUserLayers = [...(state.hiddenUserLayers ?? [])];
    this.list.showCategories(state.categories);
    this.#timeWindow = state.window;
    this.#linkHadMapView = state.mapView === true;
    if (state.incident) this.selectIncident(state.incident, 'link');
    // The search opens with the link's query; its index is made after the first view (App).
    if (state.query) {
      this.search.setQuery(state.query);
      this.search.open({ prepare: false });
    }
  }

  /**
   * Select an incident (or none), from wherever; the full-text view follows its first source,
   * and an open record day gives way to the incident's evidence.
   */
  selectIncident(id: string | undefined, origin: SelectionOrigin): void {
    this.list.select(id, origin);
    this.#matchedQuote = undefined;
    // On a narrow screen the evidence takes the panel under the map (the map stays on top). Not
    // for a link's selection: the first view keeps the list, whose first row starts the map.
    if (id !== undefined && origin !== 'link') this.layout.showSheet('evidence');
    if (id !== undefined && (this.#evidenceView === 'day' || this.#evidenceView === 'unusual'))
      this.#evidenceView = 'incident';
    const entry = id === undefined ? undefined : this.list.table.find(id)?.entry;
    const source = entry?.properties.quotes[0]?.source;
    if (source !== undefined && origin !== 'text' && this.model.sources.has(source))
      this.#viewedSourceId = source;
  }

  hoverIncident(id: string | undefined): void {
    this.list.hover(id);
  }

  showEvidence(view: EvidenceView): void {
    this.#evidenceView = view;
    this.layout.showSheet('evidence');
  }

  /** Open MND's report of that date in the right-hand column (from the chart or a verdict). */
  openRecordDay(date: string): void {
    this.record.openRecordDay(date);
    this.showEvidence('day');
  }

  viewSource(id: string): void {
    this.#viewedSourceId = id;
    this.showEvidence('text');
    this.#textFocus = undefined;
  }

  /**
   * Open a search result as a click on the thing would: a record day opens; an incident is
   * selected (shown on the map and in the evidence), a quote too, marked in the evidence; a
   * line of a source opens the full text there; a place flies the map to it. The dialog closes.
   */
  openSearchOption(option: SearchOption): void {
    this.search.close();
    if (option.kind === 'day') {
      this.openRecordDay(option.date);
      return;
    }
    const { kind, ref, at, text } = option.hit.document;
    if (kind === 'incident' || kind === 'quote') {
      this.selectIncident(ref, 'search');
      this.#evidenceView = 'incident';
      if (kind === 'quote') this.#matchedQuote = { incident: ref, index: at };
    } else if (kind === 'text') {
      this.viewSource(ref);
      this.#textFocus = { source: ref, start: at, end: at + text.length };
    } else {
      const [layerId, featureId] = ref.split('/');
      const layer = [...this.model.layers].find(([id]) => id === layerId)?.[1];
      const feature = layer?.find((f) => f.properties.id === featureId);
      if (feature)
        this.#mapFocus = { box: geometryBox(feature.geometry), name: feature.properties.name };
    }
  }

  setLayerVisible(id: ToggleId, visible: boolean): void {
    this.#visible = { ...this.#visible, [id]: visible };
  }

  setUserLayerVisible(id: string, visible: boolean): void {
    const others = this.#hiddenUserLayers.filter((h) => h !== id);
    this.#hiddenUserLayers = visible ? others : [...others, id];
  }

  /** Choose the time window (half-open days since 1970), or all time with undefined. */
  setTimeWindow(window: DayWindow | undefined): void {
    const now = this.#timeWindow;
    const same =
      window === now || (window && now && window.from === now.from && window.to === now.to);
    if (!same) this.#timeWindow = window && window.to > window.from ? window : undefined;
  }

  /** The data's days, half-open; undefined without incidents. */
  readonly dataExtent: DayWindow | undefined = $derived.by(() => {
    const columns = this.list.table.columns;
    return columns.size === 0
      ? undefined
      : { from: columns.day[0]!, to: columns.day[columns.size - 1]! + 1 };
  });

  /** The window playback starts from: the current one, or the first twelfth of the data. */
  get playStart(): DayWindow | undefined {
    if (this.#timeWindow) return this.#timeWindow;
    const extent = this.dataExtent;
    if (!extent) return undefined;
    const width = Math.max(7, Math.round((extent.to - extent.from) / 12));
    return { from: extent.from, to: extent.from + width };
  }

  /** Play from the current window (from the start when at the end already), or pause. */
  togglePlay(): void {
    if (this.#playing) return this.setPlaying(false);
    let window = this.playStart;
    const extent = this.dataExtent;
    if (!window || !extent) return;
    if (window.to >= extent.to)
      window = { from: extent.from, to: extent.from + (window.to - window.from) };
    this.setTimeWindow(window);
    this.setPlaying(true);
  }

  setPlaying(playing: boolean): void {
    this.#playing = playing;
    this.#loop();
  }

  setPlaySpeed(speed: 1 | 2 | 4): void {
    this.#playSpeed = speed;
    this.#loop();
  }

  /**
   * Playback's animation loop, (re)started from the current window at the current speed: each
   * frame slides the window by whole days, and it stops at the end of the data.
   */
  #loop(): void {
    this.#stopLoop?.();
    this.#stopLoop = undefined;
    const requestFrame = this.#ports.requestFrame;
    if (!this.#playing || !requestFrame) return;
    untrack(() => {
      const extent = this.dataExtent;
      const start = this.playStart;
      if (!extent || !start) return;
      const end = extent.to;
      const daysPerSecond = ((extent.to - extent.from) / PASS_SECONDS) * this.#playSpeed;
      const span = start.to - start.from;
      const t0 = performance.now();
      const step = (now: number) => {
        const shift = Math.floor(((now - t0) / 1000) * daysPerSecond);
        const from = Math.min(start.from + shift, end - span);
        this.setTimeWindow({ from, to: from + span });
        if (from + span >= end) this.setPlaying(false);
        else this.#stopLoop = requestFrame(step);
      };
      this.#stopLoop = requestFrame(step);
    });
  }

  /** Offer a file for download (a picture of the map, an export). */
  saveFile(name: string, file: Blob): void {
    if (!this.#ports.saveFile) throw new Error('no file can be saved here');
    this.#ports.saveFile(name, file);
  }

  /** Offer incidents as a file: CSV (the import format) or GeoJSON. */
  exportIncidents(name: string, incidents: readonly Incident[], format: 'csv' | 'geojson'): void {
    const [text, type] =
      format === 'csv'
        ? [incidentsCsv(incidents), 'text/csv']
        : [incidentsGeojson(incidents), 'application/geo+json'];
    this.saveFile(name, new Blob([text], { type: `${type};charset=utf-8` }));
  }

  /** Copy a quote's citation to the clipboard: as text, and as Markdown where it can. */
  copyCitation(citation: QuoteCitation): Promise<'plain and markdown' | 'plain'> {
    if (!this.#ports.writeCitation) return Promise.reject(new Error('no clipboard'));
    return this.#ports.writeCitation(citation);
  }
}

const KEY = Symbol('dashboard');

/** Provide the dashboard to every component below. */
export function setDashboard(dashboard: Dashboard): Dashboard {
  return setContext(KEY, dashboard);
}

/** The dashboard provided above; throws when a component is used outside one. */
export function getDashboard(): Dashboard {
  const dashboard = getContext<Dashboard | undefined>(KEY);
  if (!dashboard)
    throw new Error('getDashboard() called outside a component tree with setDashboard()');
  return dashboard;
}
