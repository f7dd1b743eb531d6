import { transfer, wrap } from 'comlink';
import type { IncidentColumns } from '../model/incident-columns';
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
 * await aggregator.setColumns(columnsOf(columns));
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

/** The columns the aggregates need, copied (the incident columns themselves stay intact). */
export function columnsOf(columns: IncidentColumns) {
  return {
    day: columns.day.slice(),
    category: columns.category.slice(),
    aircraft: columns.aircraft.slice(),
    ships: columns.ships.slice(),
  };
}

/**
 * Aggregates of incident columns: sends the columns to the worker the first time they are asked
 * about, then only the request. Requests answer in order.
 *
 * @example
 * const bins = await sharedAggregates().histogram(columns, mask, layout);
 */
export class Aggregates {
  readonly #aggregator: Aggregator;
  #sent: IncidentColumns | undefined;

  constructor(aggregator: Aggregator = createAggregator()) {
    this.#aggregator = aggregator;
  }

  histogram(columns: IncidentColumns, mask: number, layout: BinLayout) {
    this.#send(columns);
    return this.#aggregator.histogram(mask, layout);
  }

  countBins(
    columns: IncidentColumns,
    mask: number,
    rows: readonly [number, number],
    layout: BinLayout,
  ) {
    this.#send(columns);
    return this.#aggregator.countBins(mask, rows[0], rows[1], layout);
  }

  #send(columns: IncidentColumns): void {
    if (this.#sent === columns) return;
    this.#sent = columns;
    // The copies are handed over, not copied again into the message (100,000 rows: ≈ 20 ms of
    // an import's one task on a busy machine).
    const copy = columnsOf(columns);
    const buffers = [copy.day, copy.category, copy.aircraft, copy.ships].map((c) => c.buffer);
    void this.#aggregator.setColumns(transfer(copy, buffers));
  }
}

let shared: Aggregates | undefined;

/** The page's one Aggregates (and worker), made on first use. */
export function sharedAggregates(): Aggregates {
  shared ??= new Aggregates();
  return shared;
}
