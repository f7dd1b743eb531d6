import type { Feature, FeatureCollection } from 'geojson';
import type { ExpressionSpecification, LayerSpecification } from 'maplibre-gl';
import type { UserLayer } from '../model/parse-user-layer';
import { jsonWeight, partsByWeight } from '../model/parts-by-weight';
import { userLayerColor } from '../model/user-layer-color';

const geometryIs = (...types: string[]): ExpressionSpecification => [
  'match',
  ['geometry-type'],
  types,
  true,
  false,
];

/**
 * The style layers that draw one imported layer from its source (`layer.id`): polygon fill and
 * outline, lines, points. Ids start with the layer's id, so a toggle finds them.
 *
 * @example
 * userLayerStyle(layer).map((l) => l.id) // → ['user-bases-fill', 'user-bases-outline', 'user-bases-line', 'user-bases-point']
 */
export function userLayerStyle(layer: Pick<UserLayer, 'id'>): LayerSpecification[] {
  const { id } = layer;
  const color = userLayerColor(id);
  const polygon = geometryIs('Polygon', 'MultiPolygon');
  return [
    {
      id: `${id}-fill`,
      type: 'fill',
      source: id,
      filter: polygon,
      paint: { 'fill-color': color, 'fill-opacity': 0.12 },
    },
    {
      id: `${id}-outline`,
      type: 'line',
      source: id,
      filter: polygon,
      paint: { 'line-color': color, 'line-width': 1.4 },
    },
    {
      id: `${id}-line`,
      type: 'line',
      source: id,
      filter: geometryIs('LineString', 'MultiLineString'),
      layout: { 'line-cap': 'round' },
      paint: { 'line-color': color, 'line-width': 2.2 },
    },
    {
      id: `${id}-point`,
      type: 'circle',
      source: id,
      filter: geometryIs('Point', 'MultiPoint'),
      paint: {
        'circle-radius': 5,
        'circle-color': color,
        'circle-stroke-color': '#ffffff',
        'circle-stroke-width': 1.2,
      },
    },
  ];
}

/** A source's data before its features are added (`userLayerParts`). */
export const EMPTY_COLLECTION: FeatureCollection = Object.freeze({
  type: 'FeatureCollection',
  features: [],
}) as FeatureCollection;

/**
 * About how many values of geometry one part for the map holds: MapLibre copies a part to its
 * worker (its own serialization, then a structured clone) in ≈ 30 ms here.
 */
export const MAP_VALUES_PER_PART = 60_000;

/**
 * An imported layer's features for its map source, in parts of about MAP_VALUES_PER_PART values
 * (each added to the source in a task of its own): the geometry only, with the feature's index
 * as its id (a click looks the feature up in the model; properties never go through the map).
 */
export function* userLayerParts(
  layer: UserLayer,
  maxWeight = MAP_VALUES_PER_PART,
): Generator<Feature[]> {
  let index = 0;
  for (const part of partsByWeight(layer.features, maxWeight, (f) =>
    jsonWeight(f.geometry, maxWeight),
  ))
    yield part.map((f) => ({
      type: 'Feature',
      id: index++,
      geometry: f.geometry as Feature['geometry'],
      properties: {},
    }));
}
