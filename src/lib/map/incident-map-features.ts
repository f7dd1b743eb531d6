import type { FeatureCollection, Point } from 'geojson';
import type { Incident } from '../model/schema';

/** The flat properties an incident symbol needs on the map (MapLibre cannot read nested ones). */
export interface IncidentMapProperties {
  readonly id: string;
  readonly title: string;
  readonly category: string;
  readonly date: string;
  readonly placePrecision: string;
  /** An unreviewed draft (from geodata/incidents/drafts/ or a text import). */
  readonly draft: boolean;
}

/**
 * Incidents as the slim point collection the map's source holds: ids promoted for
 * feature-state, and only the properties styles and filters read.
 *
 * @example
 * incidentMapFeatures(model.incidents).features[0].properties.category // → 'launch'
 */
export function incidentMapFeatures(
  incidents: readonly Incident[],
  draftIds: ReadonlySet<string> = new Set(),
): FeatureCollection<Point, IncidentMapProperties> {
  return {
    type: 'FeatureCollection',
    features: incidents.map((incident) => ({
      type: 'Feature',
      id: incident.id,
      geometry: { type: 'Point', coordinates: [...incident.geometry.coordinates] },
      properties: {
        id: incident.id,
        title: incident.properties.title,
        category: incident.properties.category,
        date: incident.properties.date.value,
        placePrecision: incident.properties.place.precision,
        draft: draftIds.has(incident.id),
      },
    })),
  };
}
