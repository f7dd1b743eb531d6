import type { IncidentColumns } from './incident-columns';
import { FLAG_APPROXIMATE_PLACE } from './incident-columns';
import { INCIDENT_CATEGORIES, type IncidentCategory } from './vocabulary';

/** The properties read with each incident by bounding box, as columns (read-flatgeobuf.ts). */
export interface RemoteProperties {
  readonly title: readonly string[];
  /** The place's name. */
  readonly place: readonly string[];
  /** The date as the incident gives it: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`. */
  readonly date: readonly string[];
  /** The first quote's source id, its UTF-16 offsets in that source's text and its text. */
  readonly source: readonly string[];
  readonly quoteStart: Int32Array;
  readonly quoteEnd: Int32Array;
  readonly quote: readonly string[];
}

/** One incident read by bounding box, as the list, the source panel and the popup show it. */
export interface RemoteIncident {
  readonly id: string;
  readonly title: string;
  readonly date: { readonly value: string; readonly precision: 'day' | 'month' | 'year' };
  readonly category: IncidentCategory;
  readonly place: string;
  /** Whether the file marks the place approximate or schematic. */
  readonly approximate: boolean;
  readonly lon: number;
  readonly lat: number;
  /** Aircraft and ships reported; undefined when not reported (which is not zero). */
  readonly aircraft: number | undefined;
  readonly ships: number | undefined;
  readonly quote: {
    readonly source: string;
    readonly start: number;
    readonly end: number;
    readonly text: string;
  };
}

/**
 * Row `row` of incidents read by bounding box, as one object (built on demand, for the rows
 * on screen only).
 *
 * @example
 * remoteIncident(read.index, read.properties, 0).quote // → { source: 'syn-s1-dispatch-…', start, end, text }
 */
export function remoteIncident(
  index: IncidentColumns,
  properties: RemoteProperties,
  row: number,
): RemoteIncident {
  const date = properties.date[row] ?? '';
  const count = (n: number) => (Number.isNaN(n) ? undefined : n);
  return {
    id: index.ids[row]!,
    title: properties.title[row] ?? '',
    date: {
      value: date,
      precision: date.length >= 10 ? 'day' : date.length >= 7 ? 'month' : 'year',
    },
    category: INCIDENT_CATEGORIES[index.category[row]!]!,
    place: properties.place[row] ?? '',
    approximate: (index.flags[row]! & FLAG_APPROXIMATE_PLACE) !== 0,
    lon: index.lon[row]!,
    lat: index.lat[row]!,
    aircraft: count(index.aircraft[row]!),
    ships: count(index.ships[row]!),
    quote: {
      source: properties.source[row] ?? '',
      start: properties.quoteStart[row]!,
      end: properties.quoteEnd[row]!,
      text: properties.quote[row] ?? '',
    },
  };
}
