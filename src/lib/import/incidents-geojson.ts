import type { Incident } from '../model/schema';

/**
 * Incidents as a GeoJSON FeatureCollection in the model's schema (the format of
 * geodata/incidents/), pretty-printed.
 *
 * @example
 * JSON.parse(incidentsGeojson(model.incidents)).features.length // → model.incidents.length
 */
export function incidentsGeojson(incidents: readonly Incident[]): string {
  return `${JSON.stringify({ type: 'FeatureCollection', features: incidents }, null, 2)}\n`;
}
