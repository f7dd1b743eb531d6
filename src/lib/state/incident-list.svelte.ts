import type { BoxRead } from '../model/box-read';
import type { DashboardModel } from '../model/build-model';
import { countsSeries } from '../model/counts-series';
import { type DayWindow, lowerBound } from '../model/day-number';
import {
  categoryMask,
  presentCategories,
  rowsInCategories,
  windowRows,
} from '../model/incident-columns';
import type { IncidentEntry } from '../model/incident-entry';
import { incidentGeoFacts } from '../model/incident-geo-facts';
import { incidentProvenance } from '../model/incident-provenance';
import { boxReadTable, type IncidentTable, incidentTable } from '../model/incident-table';
import type { IncidentCategory } from '../model/vocabulary';

/** Up to this many bars the counts chart draws one group per incident; beyond, sums per bin. */
export const COUNTS_PER_INCIDENT_LIMIT = 60;

/** Where a selection came from: the camera flies for some (see MapView's selection effect). */
export type SelectionOrigin = 'list' | 'map' | 'chart' | 'link' | 'text' | 'search';

/** What the list is made of, read from the rest of the dashboard. */
export interface IncidentListSources {
  readonly model: () => DashboardModel;
  /** The box read shown, and the file it came from; undefined without one. */
  readonly boxRead: () => { readonly read: BoxRead; readonly file: string } | undefined;
  readonly timeWindow: () => DayWindow | undefined;
}

/**
 * The incidents the views show, as rows of one table (the model's, or the model merged with a
 * box read), the rows the list shows (the time window's, in the chosen categories), and the
 * selection and hover. The map, the timeline, the counts chart and the evidence panel read the
 * same table and the same selected entry, whatever the incidents came from.
 */
export class IncidentList {
  /** Categories to show; empty means all. */
  #categories = $state.raw<readonly IncidentCategory[]>([]);
  #selectedId = $state<string>();
  #origin = $state<SelectionOrigin>('list');
  #hoveredId = $state<string>();
  readonly #sources: IncidentListSources;

  constructor(sources: IncidentListSources) {
    this.#sources = sources;
  }

  readonly #modelTable = $derived.by(() => incidentTable(this.#sources.model()));

  /** Every incident the views show, as rows in date order (see `IncidentTable`). */
  readonly table: IncidentTable = $derived.by(() => {
    const box = this.#sources.boxRead();
    return box ? boxReadTable(this.#modelTable, box.read, box.file) : this.#modelTable;
  });

  /** The time window's rows `[start, end)` in `table`: a binary search, never a scan. */
  readonly windowRows = $derived.by(() =>
    windowRows(this.table.columns.day, this.#sources.timeWindow()),
  );

  /** The rows of `table` the list shows, ascending: the window's, in the chosen categories. */
  readonly rows: Int32Array = $derived(
    rowsInCategories(this.table.columns, this.windowRows, categoryMask(this.#categories)),
  );

  get categories(): readonly IncidentCategory[] {
    return this.#categories;
  }
  get selectedId(): string | undefined {
    return this.#selectedId;
  }
  get selectionOrigin(): SelectionOrigin {
    return this.#origin;
  }
  get hoveredId(): string | undefined {
    return this.#hoveredId;
  }

  /** Categories present in the model, in first-seen date order, for the filter. */
  readonly presentCategories: readonly IncidentCategory[] = $derived.by(() =>
    presentCategories(this.#modelTable.columns),
  );

  readonly #found = $derived(
    this.#selectedId === undefined ? undefined : this.table.find(this.#selectedId),
  );
  /** The selected incident, whatever it came from; undefined when nothing (known) is selected. */
  readonly selected: IncidentEntry | undefined = $derived(this.#found?.entry);
  /** Whether the selection is found: the map's selection effect is keyed on this, not the entry. */
  readonly hasSelected = $derived(this.#found !== undefined);
  /** The selected incident's row in `table`; -1 for none (or a model incident out of view). */
  readonly selectedRow = $derived(this.#found?.row ?? -1);
  readonly hoveredRow = $derived(
    this.#hoveredId === undefined ? -1 : this.table.rowOf(this.#hoveredId),
  );
  /** Where the selected incident came from (reviewed, draft, read by box), in words. */
  readonly selectedProvenance = $derived(
    this.#found && incidentProvenance(this.#found.flags, this.table.boxReadFile),
  );

  /** Listed incidents at exactly the selected incident's point (itself included), in date order. */
  readonly selectedPlaceMates: readonly IncidentEntry[] = $derived.by(() => {
    const here = this.selected?.geometry.coordinates;
    if (!here) return [];
    const { lon, lat } = this.table.columns;
    const mates: IncidentEntry[] = [];
    for (const row of this.rows)
      if (lon[row] === here[0] && lat[row] === here[1]) mates.push(this.table.entryAt(row));
    return mates;
  });

  /** Turf-computed facts about the selected incident's place. */
  readonly selectedGeoFacts = $derived.by(() =>
    this.selected
      ? incidentGeoFacts(this.selected.geometry.coordinates, this.#sources.model().layers)
      : undefined,
  );

  /**
   * The counts chart's bars, one group per listed incident, when they are few enough to read
   * that way (COUNTS_PER_INCIDENT_LIMIT); undefined otherwise, and the chart sums per bin.
   */
  readonly countsBars = $derived.by(() => {
    const rows = this.rows;
    if (rows.length > COUNTS_PER_INCIDENT_LIMIT * 10) return undefined;
    const bars = countsSeries(Array.from(rows, (row) => this.table.entryAt(row)));
    return bars.length <= COUNTS_PER_INCIDENT_LIMIT ? bars : undefined;
  });

  /** Where an incident is in the list (-1 when it is not listed): a binary search over `rows`. */
  listPosition(id: string): number {
    const row = this.table.rowOf(id);
    if (row < 0) return -1;
    const rows = this.rows;
    const at = lowerBound(rows, row);
    return rows[at] === row ? at : -1;
  }

  select(id: string | undefined, origin: SelectionOrigin): void {
    this.#origin = origin;
    this.#selectedId = id;
  }

  /** Forget a selection the table no longer holds (after a new model). */
  forgetMissingSelection(): void {
    if (this.#selectedId !== undefined && !this.table.find(this.#selectedId))
      this.#selectedId = undefined;
  }

  hover(id: string | undefined): void {
    this.#hoveredId = id;
  }

  toggleCategory(category: IncidentCategory): void {
    this.#categories = this.#categories.includes(category)
      ? this.#categories.filter((c) => c !== category)
      : [...this.#categories, category];
  }

  /** Show these categories only (all with an empty list). */
  showCategories(categories: readonly IncidentCategory[]): void {
    this.#categories = [...categories];
  }
}
