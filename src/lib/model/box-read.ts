import { FLAG_APPROXIMATE_PLACE, type IncidentColumns } from './incident-columns';
import type { EntryCount, IncidentEntry } from './incident-entry';
import type { LonLatBox } from './lon-lat-box';
import { INCIDENT_CATEGORIES } from './vocabulary';

/** A dataset the link opened to be read by bounding box (too large to load whole). */
export interface BoxReadDataset {
  /** Where its FlatGeobuf file is served (range requests). */
  readonly url: string;
  /** The file as messages name it, e.g. `datasets/synthetic-1000000-s1/incidents.fgb`. */
  readonly file: string;
  /** Incidents the whole file holds (its manifest says). */
  readonly incidents: number;
}

/** The text a box read gives with each row, as columns in the rows' order. */
export interface BoxReadProperties {
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

/** The incidents of one box, read by bounding box from a FlatGeobuf file (data/read-flatgeobuf.ts). */
export interface BoxRead {
  /** The box they were read for. */
  readonly box: LonLatBox;
  /** As the map's columns, sorted by day; every row's flags carry FLAG_BOX_READ. */
  readonly columns: IncidentColumns;
  readonly properties: BoxReadProperties;
  /** True when more incidents lie in the box than the read's limit: only the first were read. */
  readonly truncated: boolean;
}

/**
 * Row `row` of a box read as an incident entry, with only what the file stores: the date
 * without the words it was read from, the aircraft and ship figures without theirs, one quote
 * with its source and offsets, no actors. Built on demand, for the rows that are shown.
 *
 * @example
 * boxReadEntry(read, 0).properties.quotes[0] // → { source: 'syn-s1-dispatch-…', start, end, text }
 * boxReadEntry(read, 0).properties.date // → { value: '2021-01-01', precision: 'day' }
 */
export function boxReadEntry(read: BoxRead, row: number): IncidentEntry {
  const { columns, properties } = read;
  const date = properties.date[row] ?? '';
  const counts: EntryCount[] = [];
  const aircraft = columns.aircraft[row]!;
  const ships = columns.ships[row]!;
  if (!Number.isNaN(aircraft)) counts.push({ unit: 'aircraft', value: aircraft });
  if (!Number.isNaN(ships)) counts.push({ unit: 'ships', value: ships });
  return {
    id: columns.ids[row]!,
    geometry: { coordinates: [columns.lon[row]!, columns.lat[row]!] },
    properties: {
      title: properties.title[row] ?? '',
      category: INCIDENT_CATEGORIES[columns.category[row]!]!,
      date: {
        value: date,
        precision: date.length >= 10 ? 'day' : date.length >= 7 ? 'month' : 'year',
      },
      actors: [],
      place: {
        name: properties.place[row] ?? '',
        precision: columns.flags[row]! & FLAG_APPROXIMATE_PLACE ? 'approximate' : 'exact',
      },
      ...(counts.length > 0 ? { counts } : {}),
      quotes: [
        {
          source: properties.source[row] ?? '',
          start: properties.quoteStart[row]!,
          end: properties.quoteEnd[row]!,
          text: properties.quote[row] ?? '',
        },
      ],
    },
  };
}
