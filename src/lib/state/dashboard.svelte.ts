import { getContext, setContext } from 'svelte';
import type { DashboardModel } from '../model/build-model';
import { type DayWindow, isoDay } from '../model/day-number';
import { geometryBox } from '../model/geometry-box';
import { TOGGLE_IDS, type ToggleId } from '../model/layer-registry';
import type { LonLatBox } from '../model/lon-lat-box';
import { BoxReader } from './box-reader.svelte';
import { DataLoading } from './data-loading.svelte';
import { ImportSession, type ImportPorts } from './import-session.svelte';
import { IncidentList, type SelectionOrigin } from './incident-list.svelte';
import { LayoutState, type LayoutStore } from './layout.svelte';
import { RecordState } from './record.svelte';
import { type LoadSearchIndex, type SearchOption, SearchState } from './search.svelte';
import type { LinkData, UrlState } from './url-state';

/** What the right-hand column shows: the incident's evidence, a source's text, or a record day. */
export type EvidenceView = 'incident' | 'text' | 'day' | 'unusual';

/**
 * What the dashboard is given: the I/O of imports (storage, file text, gazetteer, extractor),
 * and the search index's code, loaded on the search's first use.
 */
export type DashboardOptions = ImportPorts & {
  readonly loadSearchIndex?: LoadSearchIndex;
  /** Where the layout's choices (side columns, theme) are remembered. */
  readonly layoutStore?: LayoutStore;
};

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
  readonly loading: DataLoading;
  readonly imports: ImportSession;
  readonly boxReader = new BoxReader();
  readonly list: IncidentList;
  readonly record: RecordState;
  readonly search: SearchState;
  readonly layout: LayoutState;

  #model = $state.raw<DashboardModel>();
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

  constructor(options: DashboardOptions = {}) {
    this.layout = new LayoutState(options.layoutStore);
    const show = (model: DashboardModel) => this.#show(model);
    this.imports = new ImportSession(options, {
      model: () => this.model,
      show,
      // A layer imported again later starts visible, like any new import.
      onLayerRemoved: (id) => this.setUserLayerVisible(id, true),
    });
    this.loading = new DataLoading({
      imports: this.imports,
      show,
      shown: () => this.#model !== undefined,
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
  }

  /** The validated model every view is derived from; empty until the first one is shown. */
  get model(): DashboardModel {
    return this.#model ?? EMPTY_MODEL;
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

  #show(model: DashboardModel): void {
    this.#model = model;
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

  setPlaying(playing: boolean): void {
    this.#playing = playing;
  }

  setPlaySpeed(speed: 1 | 2 | 4): void {
    this.#playSpeed = speed;
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
