import type { Incident } from './schema';

/**
 * Order incidents by date (ISO strings sort by time, and a month sorts before its days), then
 * by id so the order is stable.
 *
 * @example
 * incidents.toSorted(compareIncidents)
 */
export function compareIncidents(a: Incident, b: Incident): number {
  const da = a.properties.date.value;
  const db = b.properties.date.value;
  return da < db ? -1 : da > db ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}
