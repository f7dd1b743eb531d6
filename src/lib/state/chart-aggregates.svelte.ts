import { type Bins, type CountBins, countBins, histogram } from '../model/aggregate';
import { categoryMask, type IncidentColumns } from '../model/incident-columns';
import type { IncidentCategory } from '../model/vocabulary';

/** A bin layout: first day, width in days, and how many. */
export interface BinLayout {
  readonly origin: number;
  readonly days: number;
  readonly bins: number;
}

/**
 * Where the aggregates are counted: the aggregate worker in the app (App.svelte hands in
 * `sharedAggregates()`), in-thread by default.
 */
export interface AggregatesPort {
  histogram(columns: IncidentColumns, mask: number, layout: BinLayout): Promise<Bins>;
  countBins(
    columns: IncidentColumns,
    mask: number,
    rows: readonly [number, number],
    layout: BinLayout,
  ): Promise<CountBins>;
}

/** Counting in-thread: where no worker is handed in (unit tests). */
export const IN_THREAD_AGGREGATES: AggregatesPort = {
  histogram: async (c, mask, { origin, days, bins }) =>
    histogram(c.day, c.category, mask, origin, days, bins),
  countBins: async (c, mask, [start, end], { origin, days, bins }) =>
    countBins(c.day, c.category, c.aircraft, c.ships, mask, start, end, origin, days, bins),
};

/** What the charts count over: the incident table, the categories shown, the window's rows. */
export interface ChartAggregatesLinks {
  readonly columns: () => IncidentColumns;
  readonly categories: () => readonly IncidentCategory[];
  readonly windowRows: () => readonly [number, number];
}

/**
 * The charts' aggregates, counted off the page's thread: the timeline's incidents per bin and
 * the counts chart's sums per bin. A chart asks at its layout (its width is the view's) and gets
 * a cancel back; an answer to an older or cancelled question is dropped, and the last answer
 * stays shown until the next one arrives, so nothing jumps.
 */
export class ChartAggregates {
  #histogram = $state.raw<Bins>();
  #sums = $state.raw<CountBins & { readonly to: number }>();
  #histogramAsked = 0;
  #sumsAsked = 0;
  readonly #port: AggregatesPort;
  readonly #links: ChartAggregatesLinks;

  constructor(links: ChartAggregatesLinks, port: AggregatesPort = IN_THREAD_AGGREGATES) {
    this.#links = links;
    this.#port = port;
  }

  /** Incidents per bin over all rows, for the categories shown: the last answer. */
  get histogram(): Bins | undefined {
    return this.#histogram;
  }
  /** Aircraft and ships summed per bin over the window's rows: the last answer, with its end. */
  get sums(): (CountBins & { readonly to: number }) | undefined {
    return this.#sums;
  }

  /**
   * Count the incidents per bin of `layout` for the categories shown (read here, so an effect
   * that asks follows them). Gives back a cancel: an effect's cleanup.
   */
  askHistogram(layout: BinLayout | undefined): () => void {
    if (!layout) return () => undefined;
    const asked = ++this.#histogramAsked;
    const mask = categoryMask(this.#links.categories());
    void this.#port.histogram(this.#links.columns(), mask, layout).then((answer) => {
      if (asked === this.#histogramAsked) this.#histogram = answer;
    });
    return () => {
      if (asked === this.#histogramAsked) this.#histogramAsked++;
    };
  }

  /** Sum aircraft and ships per bin of `layout` over the window's rows; gives back a cancel. */
  askSums(layout: (BinLayout & { readonly to: number }) | undefined): () => void {
    if (!layout) return () => undefined;
    const asked = ++this.#sumsAsked;
    const mask = categoryMask(this.#links.categories());
    const rows = this.#links.windowRows();
    void this.#port.countBins(this.#links.columns(), mask, rows, layout).then((answer) => {
      if (asked === this.#sumsAsked) this.#sums = { ...answer, to: layout.to };
    });
    return () => {
      if (asked === this.#sumsAsked) this.#sumsAsked++;
    };
  }
}
