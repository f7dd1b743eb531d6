import { wrap } from 'comlink';
import type { IncidentIndex } from '../model/incident-index';
import { type AggregateApi, aggregateApi, type BinLayout } from './aggregate-api';

/** The aggregates, asked asynchronously: a worker in the browser, in-thread elsewhere. */
export type Aggregator = {
  readonly [K in keyof AggregateApi]: (
    ...args: Parameters<AggregateApi[K]>
  ) => Promise<ReturnType<AggregateApi[K]>>;
};

/**
 * Start the aggregate worker (one per page), or the same functions in-thread where workers do
 * not exist (unit tests).
 *
 * @example
 * const aggregator = createAggregator();
 * await aggregator.setColumns(columnsOf(index));
 */
export function createAggregator(): Aggregator {
  if (typeof Worker === 'undefined') {
    const api = aggregateApi();
    return {
      setColumns: async (...a) => api.setColumns(...a),
      histogram: async (...a) => api.histogram(...a),
      countBins: async (...a) => api.countBins(...a),
    };
  }
  const worker = new Worker(new URL('./aggregate.worker.ts', import.meta.url), { type: 'module' });
  return wrap<AggregateApi>(worker) as unknown as Aggregator;
}

/** The columns the aggregates need, copied from an index (the index itself stays intact). */
export function columnsOf(index: IncidentIndex) {
  return {
    day: index.day.slice(),
    category: index.category.slice(),
    aircraft: index.aircraft.slice(),
    ships: index.ships.slice(),
  };
}

/**
 * Aggregates of an incident index: sends the index's columns to the worker the first time an
 * index is asked about, then only the request. Requests answer in order.
 *
 * @example
 * const bins = await sharedAggregates().histogram(dashboard.index, mask, layout);
 */
export class Aggregates {
  readonly #aggregator: Aggregator;
  #sent: IncidentIndex | undefined;

  constructor(aggregator: Aggregator = createAggregator()) {
    this.#aggregator = aggregator;
  }

  histogram(index: IncidentIndex, mask: number, layout: BinLayout) {
    this.#send(index);
    return this.#aggregator.histogram(mask, layout);
  }

  countBins(
    index: IncidentIndex,
    mask: number,
    rows: readonly [number, number],
    layout: BinLayout,
  ) {
    this.#send(index);
    return this.#aggregator.countBins(mask, rows[0], rows[1], layout);
  }

  #send(index: IncidentIndex): void {
    if (this.#sent === index) return;
    this.#sent = index;
    void this.#aggregator.setColumns(columnsOf(index));
  }
}

let shared: Aggregates | undefined;

/** The page's one Aggregates (and worker), made on first use. */
export function sharedAggregates(): Aggregates {
  shared ??= new Aggregates();
  return shared;
}
