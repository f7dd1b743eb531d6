import { getContext, setContext } from 'svelte';
import { applyImports } from '../import/apply-imports';
import type { ImportedFile } from '../import/imported-file';
import { parseStoredImports } from '../import/parse-stored-imports';
import { restoreImports } from '../import/restore-imports';
import type { IncidentsByBox } from '../data/read-dataset';
import type { IncidentsInBox } from '../data/read-flatgeobuf';
import { type LonLatBox, sameBox } from '../model/lon-lat-box';
import type { Draft } from '../ingest/extract-incidents';
import type { ExtractionNote } from '../ingest/extraction-note';
import {
  type BuildProgress,
  buildModel,
  type DashboardModel,
  type RawFiles,
} from '../model/build-model';
import type { DataIssue } from '../model/data-issue';
import type { DayWindow } from '../model/day-number';
import { countsSeries } from '../model/counts-series';
import { incidentGeoFacts } from '../model/incident-geo-facts';
import {
  categoryMask,
  incidentColumns,
  type MergedColumns,
  mergeColumns,
  rowsInBox,
  rowsInCategories,
  windowRows,
} from '../model/incident-columns';
import { type RemoteIncident, remoteIncident } from '../model/remote-incident';
import { TOGGLE_IDS, type ToggleId } from '../model/layer-registry';
import type { Incident, SourceMeta } from '../model/schema';
import type { IncidentCategory } from '../model/vocabulary';
import type { UrlState } from './url-state';

/** Incidents read by bounding box from a FlatGeobuf file (src/lib/data/read-flatgeobuf.ts). */
export interface RemoteIncidents extends Pick<
  IncidentsInBox,
  'index' | 'properties' | 'truncated'
> {
  /** The box they were read for. */
  readonly box: LonLatBox;
}

/** Incidents read for one view at most (~7 s and ~50 MB here); zooming in reads the rest. */
export const BOX_READ_LIMIT = 100_000;

/** Up to this many bars the counts chart draws one group per incident; beyond, sums per bin. */
export const COUNTS_PER_INCIDENT_LIMIT = 60;

/** A dataset loading behind the shipped data: its files being read, then its incidents checked. */
export type LoadProgress =
  { readonly stage: 'reading' } | ({ readonly stage: 'checking' } & BuildProgress);

/** Where a selection came from; the map flies only for selections made outside it. */
export type SelectionOrigin = 'list' | 'map' | 'chart' | 'link' | 'text';

/** What the right-hand column shows. */
export type EvidenceView = 'incident' | 'text';

/** A text read into draft incidents, waiting for the user to accept or reject each. */
export interface TextDrafts {
  /** The import the accepted drafts go into (made with the first one accepted). */
  readonly importId: string;
  readonly file: string;
  readonly text: string;
  readonly meta: SourceMeta;
  /** Drafts not yet accepted or rejected. */
  readonly drafts: readonly Draft[];
  /** What the extractor saw and did not use. */
  readonly notes: readonly ExtractionNote[];
}

/** What the last import, removal or restore said. */
export interface ImportReport {
  /** One line: what happened. */
  readonly summary: string;
  /** True when something was refused or skipped (then `issues` says why). */
  readonly refused: boolean;
  /** Each names the file, the line or feature, and the reason. */
  readonly issues: readonly DataIssue[];
}

export interface DashboardOptions {
  /** Keeps the imports (in IndexedDB in the app); called after each change that was applied. */
  readonly storeImports?: (imports: readonly ImportedFile[]) => Promise<void>;
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
 * The one state of the dashboard. The model is replaced whole (`$state.raw`, never deep-proxied);
 * everything the views show is derived from it and from the user's choices held here. Panels and
 * the map call these methods and never talk to each other.
 */
export class Dashboard {
  model = $state.raw<DashboardModel>(EMPTY_MODEL);
  status = $state<'loading' | 'ready' | 'failed'>('loading');
  /** Why loading failed as a whole (individual file problems are in `model.issues`). */
  failure = $state<string | undefined>();

  visible = $state<Record<ToggleId, boolean>>(
    Object.fromEntries(TOGGLE_IDS.map((id) => [id, true])) as Record<ToggleId, boolean>,
  );
  /** Categories to show; empty means all. */
  categories = $state<IncidentCategory[]>([]);
  selectedId = $state<string | undefined>();
  selectionOrigin = $state<SelectionOrigin>('list');
  hoveredId = $state<string | undefined>();
  /** The right-hand column: the selected incident's quotes, or a source's full text. */
  evidenceView = $state<EvidenceView>('incident');
  /** The source shown in the full-text view; the selected incident's first source by default. */
  viewedSourceId = $state<string | undefined>();

  /** The time window the timeline chose (days since 1970, half-open); all time when unset. */
  timeWindow = $state.raw<DayWindow | undefined>();
  /** Whether the timeline is playing (sliding the window), and how fast. */
  playing = $state(false);
  playSpeed = $state<1 | 2 | 4>(1);

  /** Incidents by id, for O(1) look-ups from map events and URLs. Rebuilt with the model, never mutated. */
  // eslint-disable-next-line svelte/prefer-svelte-reactivity
  readonly byId = $derived(new Map(this.model.incidents.map((i) => [i.id, i])));
  /** Each incident's row in the model (and in `modelIndex`). */
  // eslint-disable-next-line svelte/prefer-svelte-reactivity
  readonly rowById = $derived(new Map(this.model.incidents.map((i, row) => [i.id, row])));

  /** The model's incidents as columns. */
  readonly modelIndex = $derived(incidentColumns(this.model.incidents, this.model.draftIds));

  /**
   * Incidents read by bounding box from a dataset too large to load whole (a FlatGeobuf file,
   * see src/lib/data/read-flatgeobuf.ts); the map, the timeline and the counts chart show them
   * instead of the model's.
   */
  remote = $state.raw<RemoteIncidents | undefined>();
  /** The dataset read by bounding box, when the link opened one too large to load whole. */
  byBox = $state.raw<IncidentsByBox | undefined>();
  /** Whether a box is being read, or why the last read failed. */
  byBoxStatus = $state<{ reading: boolean; error?: string }>({ reading: false });

  /**
   * With incidents read by bounding box: the model's incidents in the same box merged with
   * them by day, so the article's incidents stay on the map and in the list beside the file's.
   */
  readonly boxed: MergedColumns | undefined = $derived.by(() => {
    const remote = this.remote;
    if (!remote) return undefined;
    return mergeColumns(this.modelIndex, rowsInBox(this.modelIndex, remote.box), remote.index);
  });

  /** The incidents as columns: what the map draws, the timeline bins and the chart sums. */
  readonly index = $derived(this.boxed?.columns ?? this.modelIndex);
  /** Each incident's row in `index`. */
  readonly indexRowById: ReadonlyMap<string, number> = $derived(
    this.boxed
      ? // eslint-disable-next-line svelte/prefer-svelte-reactivity
        new Map(this.boxed.columns.ids.map((id, row) => [id, row]))
      : this.rowById,
  );

  /** The window's rows `[start, end)` in `index`: a binary search, never a scan. */
  readonly windowRows = $derived(windowRows(this.index.day, this.timeWindow));
  /** The window's rows in the model (the same as `windowRows` without remote incidents). */
  readonly modelWindowRows = $derived(windowRows(this.modelIndex.day, this.timeWindow));

  /** The model's incidents the list (and the per-incident chart) shows, in date order. */
  readonly shownIncidents: readonly Incident[] = $derived.by(() => {
    const [start, end] = this.modelWindowRows;
    const inWindow =
      start === 0 && end === this.model.incidents.length
        ? this.model.incidents
        : this.model.incidents.slice(start, end);
    return this.categories.length === 0
      ? inWindow
      : inWindow.filter((i) => this.categories.includes(i.properties.category));
  });

  /**
   * Where an incident is in `shownIncidents` (-1 when filtered out): a binary search by row,
   * since the shown incidents are a slice of the model in the same order.
   */
  rowInShown(id: string): number {
    const row = this.rowById.get(id);
    if (row === undefined) return -1;
    const shown = this.shownIncidents;
    let lo = 0;
    let hi = shown.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.rowById.get(shown[mid]!.id)! < row) lo = mid + 1;
      else hi = mid;
    }
    return shown[lo]?.id === id ? lo : -1;
  }

  /**
   * In by-box mode, the rows of `index` the list shows (the window's, in the chosen
   * categories), ascending; undefined otherwise, when the list shows `shownIncidents`.
   */
  readonly boxedListRows: Int32Array | undefined = $derived(
    this.boxed
      ? rowsInCategories(this.index, this.windowRows, categoryMask(this.categories))
      : undefined,
  );
  /** How many incidents the list shows. */
  readonly listCount = $derived(this.boxedListRows?.length ?? this.shownIncidents.length);

  /** Where an incident is in the list (-1 when it is not shown). */
  listPosition(id: string): number {
    const rows = this.boxedListRows;
    if (!rows) return this.rowInShown(id);
    const row = this.indexRowById.get(id);
    if (row === undefined) return -1;
    let lo = 0;
    let hi = rows.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (rows[mid]! < row) lo = mid + 1;
      else hi = mid;
    }
    return rows[lo] === row ? lo : -1;
  }

  /** Row `row` of `index` in by-box mode, as the list shows it: a model incident or a file's. */
  entryAtRow(row: number): Incident | RemoteIncident | undefined {
    const boxed = this.boxed!;
    const fromFile = boxed.second[row]!;
    return fromFile >= 0
      ? remoteIncident(this.remote!.index, this.remote!.properties, fromFile)
      : this.model.incidents[boxed.first[row]!];
  }

  /** The selected incident when it was read by bounding box (not in the model). */
  readonly selectedRemote: RemoteIncident | undefined = $derived.by(() => {
    const id = this.selectedId;
    if (!this.boxed || id === undefined) return undefined;
    const row = this.indexRowById.get(id);
    const entry = row === undefined ? undefined : this.entryAtRow(row);
    return entry && !('type' in entry) ? entry : undefined;
  });

  /** Categories present in the data, in first-seen date order, for the filter. */
  readonly presentCategories: readonly IncidentCategory[] = $derived([
    // eslint-disable-next-line svelte/prefer-svelte-reactivity
    ...new Set(this.model.incidents.map((i) => i.properties.category)),
  ]);

  readonly selected: Incident | undefined = $derived(
    this.selectedId === undefined ? undefined : this.byId.get(this.selectedId),
  );

  /**
   * The counts chart's bars, one group per incident, when the shown incidents are few enough to
   * read that way (COUNTS_PER_INCIDENT_LIMIT); undefined otherwise, and the chart sums per bin.
   */
  readonly countsBars = $derived.by(() => {
    if (this.remote) return undefined;
    if (this.shownIncidents.length > COUNTS_PER_INCIDENT_LIMIT * 10) return undefined;
    const bars = countsSeries(this.shownIncidents);
    return bars.length <= COUNTS_PER_INCIDENT_LIMIT ? bars : undefined;
  });

  /** Shown incidents at exactly the selected incident's point (itself included), in date order. */
  readonly selectedPlaceMates: readonly Incident[] = $derived.by(() => {
    const here = this.selected?.geometry.coordinates;
    if (!here) return [];
    return this.shownIncidents.filter(
      (i) => i.geometry.coordinates[0] === here[0] && i.geometry.coordinates[1] === here[1],
    );
  });

  /** Turf-computed facts about the selected incident's place. */
  readonly selectedGeoFacts = $derived(
    this.selected
      ? incidentGeoFacts(this.selected.geometry.coordinates, this.model.layers)
      : this.selectedRemote
        ? incidentGeoFacts([this.selectedRemote.lon, this.selectedRemote.lat], this.model.layers)
        : undefined,
  );

  // ── Imports (src/lib/import/): applied on top of the shipped files, all or nothing ──

  /** The shipped files the model is built from; imports are applied on top of them. */
  baseFiles = $state.raw<RawFiles | undefined>();
  /** The imports in the model, in the order they were made. */
  imports = $state.raw<readonly ImportedFile[]>([]);
  /** Ids of the incidents the imports brought, set with the model they were built into. */
  // Replaced whole with each model, never mutated, so a plain Set is right.
  // eslint-disable-next-line svelte/prefer-svelte-reactivity
  importedIncidentIds = $state.raw<ReadonlySet<string>>(new Set());
  /** Stored imports that no longer validate: not applied, listed with why, kept until removed. */
  skippedImports = $state.raw<
    readonly { readonly item: ImportedFile; readonly issues: readonly DataIssue[] }[]
  >([]);
  /** What the last import, removal or restore said. */
  importReport = $state.raw<ImportReport | undefined>();
  /** Why the imports could not be kept in this browser, when they could not. */
  storageProblem = $state<string | undefined>();
  /** The text whose draft incidents are being reviewed. */
  textDrafts = $state.raw<TextDrafts | undefined>();
  /** Ids of imported layers the user hid. */
  hiddenUserLayers = $state<string[]>([]);

  /** The incidents the imports brought, in date order. */
  readonly importedIncidents: readonly Incident[] = $derived(
    this.model.incidents.filter((i) => this.importedIncidentIds.has(i.id)),
  );

  readonly #storeImports: DashboardOptions['storeImports'];
  /** The model of `baseFiles` alone (no imports), which imports are checked on top of. */
  #baseModel: DashboardModel | undefined;
  /** Imports run one after another: each is checked against the model the one before left. */
  #queue: Promise<unknown> = Promise.resolve();

  constructor(options: DashboardOptions = {}) {
    this.#storeImports = options.storeImports;
  }

  /** What a link to this view carries. */
  readonly urlState: UrlState = $derived({
    ...(this.selectedId ? { incident: this.selectedId } : {}),
    hidden: TOGGLE_IDS.filter((id) => !this.visible[id]),
    // Only layers that are there: a removed import's toggle leaves no trace in the link.
    ...this.#hiddenUserLayersInModel(),
    categories: this.categories,
    ...(this.timeWindow ? { window: this.timeWindow } : {}),
  });

  #hiddenUserLayersInModel(): Pick<UrlState, 'hiddenUserLayers'> {
    // Until the stored imports are back (the first load), keep what the link said.
    const present =
      this.baseFiles === undefined
        ? this.hiddenUserLayers
        : this.hiddenUserLayers.filter((id) => this.model.userLayers.has(id));
    return present.length > 0 ? { hiddenUserLayers: present } : {};
  }

  setModel(model: DashboardModel): void {
    this.model = model;
    this.status = 'ready';
    // While a dataset is still being checked, a linked incident may be in it: keep the choice.
    if (
      this.selectedId !== undefined &&
      !this.byId.has(this.selectedId) &&
      this.loadProgress === undefined
    )
      this.selectedId = undefined;
  }

  /**
   * How far a dataset is, while the shipped data is already shown: its files being read, or its
   * incidents being checked; undefined when nothing loads in the background.
   */
  loadProgress = $state.raw<LoadProgress | undefined>();

  /**
   * Show the shipped files while a dataset is still being read (`load` then brings both). A
   * no-op once the model is loaded.
   */
  preview(shipped: RawFiles): void {
    if (this.status !== 'loading') return;
    this.loadProgress = { stage: 'reading' };
    this.setModel(buildModel(shipped));
    performance.mark('straitwatch:shipped-shown');
  }

  /**
   * Build the model from the shipped files and re-apply the stored imports in order (`stored` as
   * storage gave it): one that no longer validates is skipped, listed with its problems and kept
   * in storage until removed; the others are applied.
   */
  load(files: RawFiles, stored?: unknown): Promise<void> {
    return this.#serial(async () => {
      const parsed = parseStoredImports(stored);
      // A dataset takes seconds to check: the shipped data is shown first, and the dataset
      // joins it when every quote has been checked (in slices, the page stays responsive).
      const shipped = shippedFiles(files);
      if (shipped !== files) {
        const previewed = this.status !== 'loading';
        this.loadProgress = { stage: 'checking', done: 0, total: 1, incidents: 0 };
        if (!previewed) this.setModel(buildModel(shipped));
      }
      const restored = await restoreImports(files, parsed.imports, (progress) => {
        this.loadProgress = { stage: 'checking', ...progress };
      }).catch((error: unknown) => {
        // A stored import must never stop the dashboard: show the shipped data, and keep the
        // stored imports as skipped (listed, still stored) so that nothing is lost.
        const reason = `could not be applied (${(error as Error).message})`;
        const model = buildModel(files);
        return {
          model,
          baseModel: model,
          imports: [],
          // eslint-disable-next-line svelte/prefer-svelte-reactivity
          incidentIds: new Set<string>(),
          skipped: parsed.imports.map((item) => ({ item, issues: [{ file: item.file, reason }] })),
        };
      });
      this.loadProgress = undefined;
      this.baseFiles = files;
      this.#baseModel = restored.baseModel;
      this.byBox = files.incidentsByBox;
      this.imports = restored.imports;
      this.importedIncidentIds = restored.incidentIds;
      this.skippedImports = restored.skipped;
      const issues = [...parsed.issues, ...restored.skipped.flatMap((s) => s.issues)];
      if (issues.length > 0)
        this.importReport = {
          summary: `${parsed.issues.length + restored.skipped.length} stored import(s) could not be applied; the rest are shown`,
          refused: true,
          issues,
        };
      this.setModel(restored.model);
    });
  }

  /**
   * Add an import, or replace the one with its id (a text import gains its accepted drafts this
   * way). The model is built anew from the shipped files and every import; if that brings any
   * problem that was not there before, nothing changes and `importReport` lists the problems.
   * Resolves to whether the import was applied.
   */
  importFile(item: ImportedFile): Promise<boolean> {
    return this.#serial(async () => {
      if (this.imports.some((i) => i.file === item.file && i.id !== item.id)) {
        this.importReport = {
          summary: `${item.file} was not imported: nothing changed`,
          refused: true,
          issues: [
            {
              file: item.file,
              reason: 'is already imported: remove it first, or give the file another name',
            },
          ],
        };
        return false;
      }
      const next = this.imports.some((i) => i.id === item.id)
        ? this.imports.map((i) => (i.id === item.id ? item : i))
        : [...this.imports, item];
      return this.#apply(next, item.file, (before, after) => {
        if (item.kind === 'geojson') {
          const added = [...after.userLayers.values()].find((l) => l.file === item.file);
          return `${item.file}: layer “${added?.name ?? item.file}” added (${added?.features.length ?? 0} features)`;
        }
        const n = after.incidents.length - before.incidents.length;
        return `${item.file}: ${n} incident${n === 1 ? '' : 's'} added`;
      });
    });
  }

  /** Remove an import (or a skipped one); refused, like an import, if that breaks another. */
  removeImport(id: string): Promise<boolean> {
    return this.#serial(async () => {
      const skipped = this.skippedImports.find((s) => s.item.id === id);
      if (skipped) {
        this.skippedImports = this.skippedImports.filter((s) => s !== skipped);
        this.importReport = { summary: `${skipped.item.file} removed`, refused: false, issues: [] };
        await this.#store();
        return true;
      }
      const item = this.imports.find((i) => i.id === id);
      if (!item) return false;
      const layer = [...this.model.userLayers.values()].find((l) => l.file === item.file);
      const removed = await this.#apply(
        this.imports.filter((i) => i !== item),
        item.file,
        () => `${item.file} removed`,
        'was not removed',
      );
      // A layer imported again later starts visible, like any new import.
      if (removed && layer)
        this.hiddenUserLayers = this.hiddenUserLayers.filter((h) => h !== layer.id);
      return removed;
    });
  }

  /** Show a text's draft incidents for review. */
  openTextDrafts(drafts: TextDrafts): void {
    this.textDrafts = drafts;
  }

  /** Accept a draft: it becomes an incident of the text's imported source, or is refused. */
  async acceptDraft(draftId: string): Promise<boolean> {
    const pending = this.textDrafts;
    const draft = pending?.drafts.find((d) => d.incident.id === draftId);
    if (!pending || !draft) return false;
    const earlier = this.imports.find((i) => i.id === pending.importId);
    const ok = await this.importFile({
      kind: 'text',
      id: pending.importId,
      file: pending.file,
      text: pending.text,
      meta: pending.meta,
      incidents: [...(earlier?.kind === 'text' ? earlier.incidents : []), draft.incident],
      // A timestamp for the record, not reactive state.
      // eslint-disable-next-line svelte/prefer-svelte-reactivity
      importedAt: earlier?.importedAt ?? new Date().toISOString(),
    });
    if (ok) this.rejectDraft(draftId);
    return ok;
  }

  /** Drop a draft from the review list. */
  rejectDraft(draftId: string): void {
    const pending = this.textDrafts;
    if (!pending) return;
    this.textDrafts = {
      ...pending,
      drafts: pending.drafts.filter((d) => d.incident.id !== draftId),
    };
  }

  closeTextDrafts(): void {
    this.textDrafts = undefined;
  }

  setUserLayerVisible(id: string, visible: boolean): void {
    const others = this.hiddenUserLayers.filter((h) => h !== id);
    this.hiddenUserLayers = visible ? others : [...others, id];
  }

  /** Close the last import's report. */
  dismissImportReport(): void {
    this.importReport = undefined;
  }

  /** Record a refusal found before an import reached the model (too large, unknown kind). */
  refuseImport(file: string, issues: readonly DataIssue[]): void {
    this.importReport = {
      summary: `${file} was not imported: nothing changed`,
      refused: true,
      issues,
    };
  }

  async #apply(
    next: readonly ImportedFile[],
    file: string,
    describe: (before: DashboardModel, after: DashboardModel) => string,
    refusal = 'was not imported',
  ): Promise<boolean> {
    if (!this.baseFiles) {
      this.refuseImport(file, [{ file, reason: 'cannot be imported before the data has loaded' }]);
      return false;
    }
    const result = await applyImports(this.baseFiles, next, this.model.issues, this.#baseModel);
    if (result.newIssues.length > 0) {
      this.importReport = {
        summary: `${file} ${refusal}: nothing changed`,
        refused: true,
        issues: result.newIssues,
      };
      return false;
    }
    const before = this.model;
    this.imports = next;
    this.importedIncidentIds = result.incidentIds;
    this.setModel(result.model);
    this.importReport = { summary: describe(before, result.model), refused: false, issues: [] };
    await this.#store();
    return true;
  }

  async #store(): Promise<void> {
    if (!this.#storeImports) return;
    try {
      await this.#storeImports([...this.imports, ...this.skippedImports.map((s) => s.item)]);
      this.storageProblem = undefined;
    } catch (error) {
      this.storageProblem = `Imports could not be kept in this browser (${(error as Error).message}): they last until the page is closed.`;
    }
  }

  #serial<T>(task: () => Promise<T>): Promise<T> {
    const run = this.#queue.then(task, task);
    this.#queue = run.catch(() => undefined);
    return run;
  }

  fail(reason: string): void {
    this.failure = reason;
    this.status = 'failed';
  }

  applyUrlState(state: UrlState): void {
    for (const id of TOGGLE_IDS) this.visible[id] = !state.hidden.includes(id);
    this.hiddenUserLayers = [...(state.hiddenUserLayers ?? [])];
    this.categories = [...state.categories];
    this.timeWindow = state.window;
    if (state.incident) this.selectIncident(state.incident, 'link');
  }

  selectIncident(id: string | undefined, origin: SelectionOrigin): void {
    this.selectionOrigin = origin;
    this.selectedId = id;
    const source = id === undefined ? undefined : this.byId.get(id)?.properties.quotes[0]?.source;
    if (source !== undefined && origin !== 'text') this.viewedSourceId = source;
  }

  showEvidence(view: EvidenceView): void {
    this.evidenceView = view;
  }

  viewSource(id: string): void {
    this.viewedSourceId = id;
    this.evidenceView = 'text';
  }

  hoverIncident(id: string | undefined): void {
    this.hoveredId = id;
  }

  setLayerVisible(id: ToggleId, visible: boolean): void {
    this.visible[id] = visible;
  }

  toggleCategory(category: IncidentCategory): void {
    this.categories = this.categories.includes(category)
      ? this.categories.filter((c) => c !== category)
      : [...this.categories, category];
  }

  clearCategories(): void {
    this.categories = [];
  }

  /** Choose the time window (half-open days since 1970), or all time with undefined. */
  setTimeWindow(window: DayWindow | undefined): void {
    const same =
      window === this.timeWindow ||
      (window &&
        this.timeWindow &&
        window.from === this.timeWindow.from &&
        window.to === this.timeWindow.to);
    if (!same) this.timeWindow = window && window.to > window.from ? window : undefined;
  }

  /** Show incidents read by bounding box (or the model's again, with undefined). */
  setRemote(remote: RemoteIncidents | undefined): void {
    this.remote = remote;
    this.byBoxStatus = { reading: false };
  }

  #boxRead: AbortController | undefined;

  /**
   * Read the incidents in a box (the map's view) from the dataset read by bounding box, and
   * show them; a newer box cancels an older read. The reader is loaded on first use.
   */
  async readBox(box: LonLatBox): Promise<void> {
    const source = this.byBox;
    if (!source) return;
    const last = this.remote?.box;
    if (last && !this.byBoxStatus.error && sameBox(last, box)) return;
    this.#boxRead?.abort();
    const abort = new AbortController();
    this.#boxRead = abort;
    this.byBoxStatus = { reading: true };
    try {
      const { readIncidentsInBox } = await import('../data/read-flatgeobuf');
      const read = await readIncidentsInBox(source.url, box, {
        signal: abort.signal,
        limit: BOX_READ_LIMIT,
      });
      if (abort.signal.aborted) return;
      this.setRemote({
        index: read.index,
        properties: read.properties,
        truncated: read.truncated,
        box,
      });
    } catch (error) {
      if (abort.signal.aborted) return;
      this.byBoxStatus = { reading: false, error: (error as Error).message };
    }
  }

  setPlaying(playing: boolean): void {
    this.playing = playing;
  }

  setPlaySpeed(speed: 1 | 2 | 4): void {
    this.playSpeed = speed;
  }
}

/**
 * The files without a dataset's sources and incidents (the same object when there are none).
 */
function shippedFiles(files: RawFiles): RawFiles {
  const incidents = files.incidents.filter((f) => !f.dataset);
  if (incidents.length === files.incidents.length) return files;
  return { ...files, incidents, sources: files.sources.filter((f) => !f.dataset) };
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
