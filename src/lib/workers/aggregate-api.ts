import { type Bins, type CountBins, countBins, histogram } from '../model/aggregate';

/** The columns the aggregates read (a copy of the incident index's). */
export interface AggregateColumns {
  readonly day: Int32Array;
  readonly category: Uint8Array;
  readonly aircraft: Float32Array;
  readonly ships: Float32Array;
}

/** A bin layout: first day, width in days, and how many. */
export interface BinLayout {
  readonly origin: number;
  readonly days: number;
  readonly bins: number;
}

/** What the aggregate worker answers; the same object runs in-thread where there is no Worker. */
export interface AggregateApi {
  setColumns(columns: AggregateColumns): void;
  /** Incidents per bin over every row, for categories in `mask`. */
  histogram(mask: number, layout: BinLayout): Bins;
  /** Summed aircraft and ships per bin over rows `[start, end)`, for categories in `mask`. */
  countBins(mask: number, start: number, end: number, layout: BinLayout): CountBins;
}

/**
 * The aggregation functions over columns set once: the worker exposes this object, and tests
 * (and browsers without workers) call it directly.
 *
 * @example
 * const api = aggregateApi();
 * api.setColumns(columns);
 * api.histogram(0b11, { origin: 18628, days: 7, bins: 157 }).values
 */
export function aggregateApi(): AggregateApi {
  let columns: AggregateColumns = {
    day: new Int32Array(0),
    category: new Uint8Array(0),
    aircraft: new Float32Array(0),
    ships: new Float32Array(0),
  };
  return {
    setColumns(next) {
      columns = next;
    },
    histogram(mask, { origin, days, bins }) {
      return histogram(columns.day, columns.category, mask, origin, days, bins);
    },
    countBins(mask, start, end, { origin, days, bins }) {
      const c = columns;
      return countBins(
        c.day,
        c.category,
        c.aircraft,
        c.ships,
        mask,
        start,
        end,
        origin,
        days,
        bins,
      );
    },
  };
}
