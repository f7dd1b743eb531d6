import { INCIDENT_CATEGORIES } from '../model/vocabulary';
import { CATEGORY_MIX } from './category-mix';
import { HOTSPOTS, SYNTHETIC_BOUNDS } from './hotspots';
import { SYNTHETIC_FIRST_DAY, syntheticDayWeights } from './synthetic-calendar';
import { seededRandom } from './seeded-random';
import { cumulativeWeights, weightedPick } from './weighted-pick';

/** Synthetic incidents as columns: incident i is `lon[i]`, `lat[i]`, `day[i]`, `category[i]`. */
export interface SyntheticColumns {
  readonly lon: Float64Array;
  readonly lat: Float64Array;
  /** Days since 1970-01-01 (UTC); ascending. */
  readonly day: Int32Array;
  /** Index into `INCIDENT_CATEGORIES`. */
  readonly category: Uint8Array;
  /** Index into `HOTSPOTS`: the place the point is scattered around. */
  readonly hotspot: Uint8Array;
}

/**
 * The `n` synthetic incidents of a seed as compact columns, sorted by day (ties keep the order
 * they were drawn in). Incident i here is incident i of the files `npm run gen` writes for the
 * same `n` and seed (id `syn-s<seed>-<i + 1>`): same point, day and category. Points are
 * rounded to 4 decimals, as geodata/ stores them. Fast enough for a million in the browser.
 *
 * @example
 * const { lon, lat, day, category } = syntheticColumns(100_000, 1);
 * INCIDENT_CATEGORIES[category[0]!] // → e.g. 'air-activity'
 */
export function syntheticColumns(n: number, seed: number): SyntheticColumns {
  const random = seededRandom(seed);
  const dayCdf = cumulativeWeights(syntheticDayWeights());
  const categoryCdf = cumulativeWeights(INCIDENT_CATEGORIES.map((c) => CATEGORY_MIX[c].share));
  const places = INCIDENT_CATEGORIES.map((c) => {
    const entries = Object.entries(CATEGORY_MIX[c].places);
    return {
      hotspots: entries.map(([id]) => HOTSPOTS.findIndex((h) => h.id === id)),
      cdf: cumulativeWeights(entries.map(([, w]) => w)),
    };
  });

  // Plain locals in the loop: module bindings can be getters once transpiled (tsx, vitest).
  const pick = weightedPick;
  const hotspots = HOTSPOTS;
  const { west, east, south, north } = SYNTHETIC_BOUNDS;

  // Draw in generation order: every incident takes exactly six numbers from the stream.
  const drawnDay = new Int32Array(n);
  const drawnLon = new Float64Array(n);
  const drawnLat = new Float64Array(n);
  const drawnCategory = new Uint8Array(n);
  const drawnHotspot = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    const day = pick(dayCdf, random());
    const category = pick(categoryCdf, random());
    const place = places[category]!;
    const hotspotIndex = place.hotspots[pick(place.cdf, random())]!;
    const hotspot = hotspots[hotspotIndex]!;
    // Box–Muller: two uniform numbers → two independent standard normal offsets.
    const radius = Math.sqrt(-2 * Math.log(1 - random()));
    const angle = 2 * Math.PI * random();
    const lon = hotspot.lon + hotspot.spread * radius * Math.cos(angle);
    const lat = hotspot.lat + hotspot.spread * radius * Math.sin(angle);
    drawnDay[i] = day;
    drawnLon[i] = round4(clamp(lon, west, east));
    drawnLat[i] = round4(clamp(lat, south, north));
    drawnCategory[i] = category;
    drawnHotspot[i] = hotspotIndex;
  }

  // Counting sort by day: stable, linear, and the day range is small.
  const start = new Int32Array(dayCdf.length + 1);
  for (let i = 0; i < n; i++) start[drawnDay[i]! + 1]!++;
  for (let d = 1; d < start.length; d++) start[d]! += start[d - 1]!;
  const firstDay = SYNTHETIC_FIRST_DAY;
  const columns: SyntheticColumns = {
    lon: new Float64Array(n),
    lat: new Float64Array(n),
    day: new Int32Array(n),
    category: new Uint8Array(n),
    hotspot: new Uint8Array(n),
  };
  for (let i = 0; i < n; i++) {
    const at = start[drawnDay[i]!]!++;
    columns.lon[at] = drawnLon[i]!;
    columns.lat[at] = drawnLat[i]!;
    columns.day[at] = firstDay + drawnDay[i]!;
    columns.category[at] = drawnCategory[i]!;
    columns.hotspot[at] = drawnHotspot[i]!;
  }
  return columns;
}

function clamp(x: number, lo: number, hi: number): number {
  return x < lo ? lo : x > hi ? hi : x;
}

function round4(x: number): number {
  return Math.round(x * 1e4) / 1e4;
}
