import type { ExpressionSpecification, LayerSpecification } from 'maplibre-gl';
import type { LayerDefinition } from '../model/layer-registry';
import { FONT_REGULAR, FONT_SEMIBOLD, INCIDENT_COLORS } from './palette';

const isPolygon: ExpressionSpecification = [
  'match',
  ['geometry-type'],
  ['Polygon', 'MultiPolygon'],
  true,
  false,
];
const isLine: ExpressionSpecification = [
  'match',
  ['geometry-type'],
  ['LineString', 'MultiLineString'],
  true,
  false,
];
const isPoint: ExpressionSpecification = [
  'match',
  ['geometry-type'],
  ['Point', 'MultiPoint'],
  true,
  false,
];
const isExact: ExpressionSpecification = ['==', ['get', 'precision'], 'exact'];
const notExact: ExpressionSpecification = ['!=', ['get', 'precision'], 'exact'];
const notExactPlace: ExpressionSpecification = ['!=', ['get', 'placePrecision'], 'exact'];

/**
 * The one source that holds every registry layer's features, each tagged with its `layer`.
 * One source rather than one a layer: its tiles arrive together, and under software WebGL each
 * extra frame while tiles trickle in costs ~100 ms at start-up.
 */
export const OVERLAY_SOURCE = 'overlays';

/**
 * The style layers that draw one registry layer, all reading its features from the shared
 * overlay source, with ids that start with the layer's id (so a toggle finds them by prefix). Precision is visible: exact lines and outlines
 * are solid, approximate and schematic ones dashed; approximate and schematic points carry a
 * precision halo.
 *
 * @example
 * overlayLayers(LAYERS[0]).map((l) => l.id) // → ['taiwan-strait-fill', 'taiwan-strait-outline-exact', …]
 */
export function overlayLayers(def: LayerDefinition): LayerSpecification[] {
  const { id, color } = def;
  const source = OVERLAY_SOURCE;
  const ofLayer: ExpressionSpecification = ['==', ['get', 'layer'], id];
  const layers: LayerSpecification[] = [
    {
      id: `${id}-fill`,
      type: 'fill',
      source,
      filter: isPolygon,
      paint: { 'fill-color': color, 'fill-opacity': ['case', isExact, 0.1, 0.06] },
    },
    {
      id: `${id}-outline-exact`,
      type: 'line',
      source,
      filter: ['all', isPolygon, isExact],
      paint: { 'line-color': color, 'line-width': 1.4, 'line-opacity': 0.8 },
    },
    {
      id: `${id}-outline-drawn`,
      type: 'line',
      source,
      filter: ['all', isPolygon, notExact],
      paint: {
        'line-color': color,
        'line-width': 1.4,
        'line-opacity': 0.8,
        'line-dasharray': [4, 3],
      },
    },
    {
      id: `${id}-line-exact`,
      type: 'line',
      source,
      filter: ['all', isLine, isExact],
      layout: { 'line-cap': 'round' },
      paint: { 'line-color': color, 'line-width': 2.2 },
    },
    {
      id: `${id}-line-drawn`,
      type: 'line',
      source,
      filter: ['all', isLine, notExact],
      paint: { 'line-color': color, 'line-width': 2.2, 'line-dasharray': [2, 2] },
    },
    {
      id: `${id}-point-halo`,
      type: 'circle',
      source,
      filter: ['all', isPoint, notExact],
      paint: {
        'circle-radius': ['interpolate', ['linear'], ['zoom'], 3, 9, 9, 22],
        'circle-color': color,
        'circle-opacity': 0.12,
        'circle-stroke-color': color,
        'circle-stroke-width': 1,
        'circle-stroke-opacity': 0.5,
      },
    },
    {
      id: `${id}-point`,
      type: 'circle',
      source,
      filter: isPoint,
      paint: {
        'circle-radius': 4,
        'circle-color': color,
        'circle-stroke-color': '#ffffff',
        'circle-stroke-width': 1.2,
      },
    },
    {
      id: `${id}-label`,
      type: 'symbol',
      source,
      filter: ['!', isLine],
      layout: {
        'text-field': ['get', 'name'],
        'text-font': [FONT_REGULAR],
        'text-size': 11,
        'text-max-width': 12,
        'text-variable-anchor': ['left', 'right', 'top', 'bottom'],
        'text-radial-offset': 0.8,
        'text-justify': 'auto',
      },
      paint: { 'text-color': color, 'text-halo-color': '#ffffff', 'text-halo-width': 1.2 },
    },
    {
      id: `${id}-line-label`,
      type: 'symbol',
      source,
      filter: isLine,
      layout: {
        'text-field': ['get', 'name'],
        'text-font': [FONT_REGULAR],
        'text-size': 11,
        'symbol-placement': 'line-center',
        'text-offset': [0, -0.8],
      },
      paint: { 'text-color': color, 'text-halo-color': '#ffffff', 'text-halo-width': 1.2 },
    },
  ];
  return layers.map((layer) =>
    layer.type === 'background'
      ? layer
      : ({
          ...layer,
          filter: layer.filter ? ['all', ofLayer, layer.filter] : ofLayer,
        } as LayerSpecification),
  );
}

/** Ids of the style layers a toggle controls. */
export function overlayLayerIds(def: LayerDefinition): string[] {
  return overlayLayers(def).map((l) => l.id);
}

export const INCIDENT_SOURCE = 'incidents';
export const INCIDENT_CIRCLE_LAYER = 'incidents-circle';

const selected: ExpressionSpecification = ['boolean', ['feature-state', 'selected'], false];
const hovered: ExpressionSpecification = ['boolean', ['feature-state', 'hover'], false];

/**
 * Incident symbols. Selection and hover are feature-state (the source is never rebuilt for
 * them); a dashed ring marks incidents whose place is approximate or schematic.
 */
export function incidentLayers(): LayerSpecification[] {
  return [
    {
      id: 'incidents-place-ring',
      type: 'circle',
      source: INCIDENT_SOURCE,
      filter: ['!=', ['get', 'placePrecision'], 'exact'],
      paint: {
        'circle-radius': 13,
        'circle-color': 'transparent',
        'circle-stroke-color': INCIDENT_COLORS.fill,
        'circle-stroke-width': 1,
        'circle-stroke-opacity': 0.6,
      },
    },
    {
      id: INCIDENT_CIRCLE_LAYER,
      type: 'circle',
      source: INCIDENT_SOURCE,
      paint: {
        'circle-radius': ['case', selected, 10, hovered, 9, 7],
        // A draft (not yet reviewed) is drawn in grey until someone accepts it.
        'circle-color': [
          'case',
          selected,
          INCIDENT_COLORS.selected,
          ['boolean', ['get', 'draft'], false],
          INCIDENT_COLORS.draft,
          INCIDENT_COLORS.fill,
        ],
        'circle-stroke-color': INCIDENT_COLORS.stroke,
        'circle-stroke-width': ['case', selected, 3, hovered, 2.5, 1.5],
      },
    },
    {
      id: 'incidents-label',
      type: 'symbol',
      source: INCIDENT_SOURCE,
      minzoom: 6,
      layout: {
        'text-field': ['get', 'title'],
        'text-font': [FONT_SEMIBOLD],
        'text-size': 11,
        'text-anchor': 'top',
        'text-offset': [0, 1.1],
        'text-max-width': 14,
        'text-optional': true,
      },
      paint: { 'text-color': '#3b1016', 'text-halo-color': '#ffffff', 'text-halo-width': 1.4 },
    },
  ];
}

/** Incident layer ids, for the Incidents toggle. */
export const INCIDENT_LAYER_IDS = incidentLayers().map((l) => l.id);

/** A layer filter showing only incidents of the given categories (all when empty). */
export function categoryFilter(categories: readonly string[]): ExpressionSpecification | null {
  return categories.length === 0 ? null : ['in', ['get', 'category'], ['literal', [...categories]]];
}

/**
 * The filter of every incident layer for a category choice: the place ring keeps its own
 * condition and adds the categories.
 *
 * @example
 * incidentFilters([]).get('incidents-circle') // → null
 */
export function incidentFilters(
  categories: readonly string[],
): Map<string, ExpressionSpecification | null> {
  const byCategory = categoryFilter(categories);
  return new Map([
    [INCIDENT_CIRCLE_LAYER, byCategory],
    ['incidents-label', byCategory],
    ['incidents-place-ring', byCategory ? ['all', notExactPlace, byCategory] : notExactPlace],
  ]);
}
