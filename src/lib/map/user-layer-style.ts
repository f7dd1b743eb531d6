import type { FeatureCollection } from 'geojson';
import type { ExpressionSpecification, LayerSpecification } from 'maplibre-gl';
import type { UserLayer } from '../model/parse-user-layer';
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

/**
 * An imported layer's features for its map source: the geometry only, with the feature's index
 * as its id (a click looks the feature up in the model; properties never go through the map).
 */
export function userLayerCollection(layer: UserLayer): FeatureCollection {
  return {
    type: 'FeatureCollection',
    features: layer.features.map((f, i) => ({
      type: 'Feature',
      id: i,
      geometry: f.geometry as FeatureCollection['features'][number]['geometry'],
      properties: {},
    })),
  };
}
