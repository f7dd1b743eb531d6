/**
 * Aggregates over the incident columns for the timeline and the counts chart. Pure functions
 * on typed arrays, run in a worker in the app (src/lib/workers/aggregate.worker.ts), so a
 * million incidents never block the page.
 */

/** Bin widths the timeline chooses from, in days. */
export const BIN_DAYS = [1, 7, 14, 30, 91, 182, 365] as const;

/** Bins over days: `origin` is the first bin's first day; bin i covers `[origin + i·days, …)`. */
export interface Bins {
  readonly origin: number;
  readonly days: number;
  readonly values: Float64Array;
}

/**
 * The narrowest bin width from BIN_DAYS that covers `span` days in at most `maxBins` bins.
 *
 * @example
 * binDays(1095, 200) // → 7
 * binDays(30, 200) // → 1
 */
export function binDays(span: number, maxBins: number): number {
  return BIN_DAYS.find((d) => Math.ceil(span / d) <= maxBins) ?? BIN_DAYS.at(-1)!;
}

/**
 * How many incidents fall in each bin, counting only categories in `mask` (bit i: category i).
 * Rows `[start, end)` only, when given.
 *
 * @example
 * histogram(new Int32Array([0, 1, 8]), new Uint8Array(3), 1, 0, 7, 2).values // → [2, 1]
 */
export function histogram(
  day: Int32Array,
  category: Uint8Array,
  mask: number,
  origin: number,
  days: number,
  bins: number,
  start = 0,
  end = day.length,
): Bins {
  const values = new Float64Array(bins);
  for (let i = start; i < end; i++) {
    if (!((mask >> category[i]!) & 1)) continue;
    const bin = Math.floor((day[i]! - origin) / days);
    if (bin >= 0 && bin < bins) values[bin]! += 1;
  }
  return { origin, days, values };
}

/** Summed aircraft and ships per bin, and how many incidents reported each. */
export interface CountBins {
  readonly origin: number;
  readonly days: number;
  readonly aircraft: Float64Array;
  readonly ships: Float64Array;
  /** Incidents in the bin reporting aircraft (a bin with none drew nothing: not zero). */
  readonly aircraftReports: Uint32Array;
  readonly shipReports: Uint32Array;
}

/**
 * Sum the reported aircraft and ships of rows `[start, end)` into bins; NaN (not reported) is
 * left out, never counted as zero.
 *
 * @example
 * countBins(day, category, aircraft, ships, mask, 0, n, origin, 1, 30).aircraft[0]
 */
export function countBins(
  day: Int32Array,
  category: Uint8Array,
  aircraft: Float32Array,
  ships: Float32Array,
  mask: number,
  start: number,
  end: number,
  origin: number,
  days: number,
  bins: number,
): CountBins {
  const result = {
    origin,
    days,
    aircraft: new Float64Array(bins),
    ships: new Float64Array(bins),
    aircraftReports: new Uint32Array(bins),
    shipReports: new Uint32Array(bins),
  };
  for (let i = start; i < end; i++) {
    if (!((mask >> category[i]!) & 1)) continue;
    const bin = Math.floor((day[i]! - origin) / days);
    if (bin < 0 || bin >= bins) continue;
    const a = aircraft[i]!;
    const s = ships[i]!;
    if (!Number.isNaN(a)) {
      result.aircraft[bin]! += a;
      result.aircraftReports[bin]! += 1;
    }
    if (!Number.isNaN(s)) {
      result.ships[bin]! += s;
      result.shipReports[bin]! += 1;
    }
  }
  return result;
}
