import { getContext, setContext } from 'svelte';
import type { DashboardModel } from '../model/build-model';
import { countsSeries } from '../model/counts-series';
import { incidentGeoFacts } from '../model/incident-geo-facts';
import { TOGGLE_IDS, type ToggleId } from '../model/layer-registry';
import type { Incident } from '../model/schema';
import type { IncidentCategory } from '../model/vocabulary';
import type { UrlState } from './url-state';

/** Where a selection came from; the map flies only for selections made outside it. */
export type SelectionOrigin = 'list' | 'map' | 'chart' | 'link' | 'text';

/** What the right-hand column shows. */
export type EvidenceView = 'incident' | 'text';

const EMPTY_MODEL: DashboardModel = {
  layers: new Map(),
  sources: new Map(),
  incidents: [],
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

  /** Incidents by id, for O(1) look-ups from map events and URLs. Rebuilt with the model, never mutated. */
  // eslint-disable-next-line svelte/prefer-svelte-reactivity
  readonly byId = $derived(new Map(this.model.incidents.map((i) => [i.id, i])));

  /** The incidents the list, chart and map show, in date order. */
  readonly shownIncidents: readonly Incident[] = $derived(
    this.categories.length === 0
      ? this.model.incidents
      : this.model.incidents.filter((i) => this.categories.includes(i.properties.category)),
  );

  /** Categories present in the data, in first-seen date order, for the filter. */
  readonly presentCategories: readonly IncidentCategory[] = $derived([
    // eslint-disable-next-line svelte/prefer-svelte-reactivity
    ...new Set(this.model.incidents.map((i) => i.properties.category)),
  ]);

  readonly selected: Incident | undefined = $derived(
    this.selectedId === undefined ? undefined : this.byId.get(this.selectedId),
  );

  readonly countsBars = $derived(countsSeries(this.shownIncidents));

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
      : undefined,
  );

  /** What a link to this view carries. */
  readonly urlState: UrlState = $derived({
    ...(this.selectedId ? { incident: this.selectedId } : {}),
    hidden: TOGGLE_IDS.filter((id) => !this.visible[id]),
    categories: this.categories,
  });

  setModel(model: DashboardModel): void {
    this.model = model;
    this.status = 'ready';
    if (this.selectedId !== undefined && !this.byId.has(this.selectedId))
      this.selectedId = undefined;
  }

  fail(reason: string): void {
    this.failure = reason;
    this.status = 'failed';
  }

  applyUrlState(state: UrlState): void {
    for (const id of TOGGLE_IDS) this.visible[id] = !state.hidden.includes(id);
    this.categories = [...state.categories];
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
