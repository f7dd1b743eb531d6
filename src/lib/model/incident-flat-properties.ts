import { dayNumber } from './day-number';
import type { Incident } from './schema';
import type { GeometryPrecision, IncidentCategory } from './vocabulary';

/** The value type of a flat property column: text, a 32-bit integer. */
export type FlatColumnType = 'string' | 'int';

/**
 * The columns of an incident stored flat (one value a column, no nesting), in file order, as
 * `npm run gen -- --fgb` writes `incidents.fgb` and `readIncidentsInBox` reads it. Documented
 * in geodata/README.md (Datasets).
 */
export const INCIDENT_FLAT_COLUMNS = [
  { name: 'id', type: 'string' },
  { name: 'day', type: 'int' },
  { name: 'date', type: 'string' },
  { name: 'category', type: 'string' },
  { name: 'title', type: 'string' },
  { name: 'place', type: 'string' },
  { name: 'placePrecision', type: 'string' },
  { name: 'aircraft', type: 'int' },
  { name: 'ships', type: 'int' },
  { name: 'source', type: 'string' },
  { name: 'quoteStart', type: 'int' },
  { name: 'quoteEnd', type: 'int' },
  { name: 'quote', type: 'string' },
] as const satisfies readonly { readonly name: string; readonly type: FlatColumnType }[];

/** An incident's flat properties; `null` is a figure that was not reported (not zero). */
export type IncidentFlatProperties = {
  readonly id: string;
  /** Days since 1970-01-01 (UTC) of the date's first day, as `IncidentColumns.day`. */
  readonly day: number;
  /** The date as the incident gives it: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`. */
  readonly date: string;
  readonly category: IncidentCategory;
  readonly title: string;
  /** The place's name. */
  readonly place: string;
  readonly placePrecision: GeometryPrecision;
  /** The first aircraft figure, as `IncidentColumns.aircraft`. */
  readonly aircraft: number | null;
  /** The first ships figure, as `IncidentColumns.ships`. */
  readonly ships: number | null;
  /** The first quote's source id. */
  readonly source: string;
  /** The first quote's UTF-16 offsets into its source's text. */
  readonly quoteStart: number;
  readonly quoteEnd: number;
  /** The first quote's text, verbatim. */
  readonly quote: string;
};

/**
 * An incident's flat properties: what a map or a list needs without the nested record (the
 * first quote only, the first aircraft and ships figures only, no date reading or actors).
 *
 * @example
 * incidentFlatProperties(incident)
 * // → { id: 'syn-s1-000001', day: 18629, date: '2021-01-02', category: 'air-activity',
 * //     aircraft: 7, ships: null, source: 'syn-s1-dispatch-2021-01-03', quoteStart: 148, … }
 */
export function incidentFlatProperties(incident: Incident): IncidentFlatProperties {
  const p = incident.properties;
  const quote = p.quotes[0]!;
  const figure = (unit: string) => p.counts?.find((c) => c.unit === unit)?.value ?? null;
  return {
    id: incident.id,
    day: dayNumber(p.date.value),
    date: p.date.value,
    category: p.category,
    title: p.title,
    place: p.place.name,
    placePrecision: p.place.precision,
    aircraft: figure('aircraft'),
    ships: figure('ships'),
    source: quote.source,
    quoteStart: quote.start,
    quoteEnd: quote.end,
    quote: quote.text,
  };
}
