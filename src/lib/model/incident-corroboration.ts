import type { IncidentEntry } from './incident-entry';

/**
 * How many distinct sources an incident's quotes come from: 1 for a single report, more when
 * other sources corroborate it.
 *
 * @example
 * incidentCorroboration(incident) // → 2 (quotes from "reuters-2023-04-15" and "taiwan-mnd-2023-04-15")
 */
export function incidentCorroboration(incident: Pick<IncidentEntry, 'properties'>): number {
  return new Set(incident.properties.quotes.map((q) => q.source)).size;
}
