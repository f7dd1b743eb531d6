import type { FeatureCollection, Point } from 'geojson';
import { dayNumber } from '../model/day-number';
import type { Incident } from '../model/schema';
import { DETAIL_LIMIT } from './incident-points-layer';

/** The flat properties an incident symbol needs on the map (MapLibre cannot read nested ones). */
export interface IncidentMapProperties {
  readonly id: string;
  readonly title: string;
  readonly category: string;
  readonly date: string;
  /** Days since 1970-01-01, for the time window's filter. */
  readonly day: number;
  readonly placePrecision: string;
  /** An unreviewed draft (from geodata/incidents/drafts/ or a text import). */
  readonly draft: boolean;
}

/**
 * Incidents as the slim point collection the label source holds, with only the properties
 * styles and filters read. Labels are for a curated set: above DETAIL_LIMIT incidents the
 * collection is empty (the dots are drawn by the incident points layer at any size).
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
    features: (incidents.length > DETAIL_LIMIT ? [] : incidents).map((incident) => ({
      type: 'Feature',
      id: incident.id,
      geometry: { type: 'Point', coordinates: [...incident.geometry.coordinates] },
      properties: {
        id: incident.id,
        title: incident.properties.title,
        category: incident.properties.category,
        date: incident.properties.date.value,
        day: dayNumber(incident.properties.date.value),
        placePrecision: incident.properties.place.precision,
        draft: draftIds.has(incident.id),
      },
    })),
  };
}

/**
 * Whether two incident lists give the same `incidentMapFeatures`: the same list, or two both
 * over DETAIL_LIMIT (no features: the dots are the incident layer's).
 *
 * @example
 * sameIncidentFeatures(dataset.incidents, withImport.incidents) // → true above DETAIL_LIMIT
 */
export function sameIncidentFeatures(
  before: readonly Incident[],
  after: readonly Incident[],
): boolean {
  return before === after || (before.length > DETAIL_LIMIT && after.length > DETAIL_LIMIT);
}
