import type { ExpressionSpecification, LayerSpecification } from 'maplibre-gl';
import type { DayWindow } from '../model/day-number';
import type { LayerDefinition } from '../model/layer-registry';
import { contrastRatio, mixColors, mixWithWhite } from '../model/contrast-ratio';
import { BASEMAP_COLORS, BASEMAP_COLORS_DARK, FONT_REGULAR, FONT_SEMIBOLD } from './palette';

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
export function overlayLayers(def: LayerDefinition, dark = false): LayerSpecification[] {
  const { id, color } = def;
  const text = labelPaint(color, dark);
  const source = OVERLAY_SOURCE;
  const ofLayer: ExpressionSpecification = ['==', ['get', 'layer'], id];
  const layers: LayerSpecification[] = [
    {
      id: `${id}-fill`,
      type: 'fill',
      source,
      filter: isPolygon,
      // Constant paint and no antialiasing pass: the fill then shares the land's shader
      // program (one fewer to compile at start-up), and the outline layers draw the edge.
      paint: { 'fill-color': color, 'fill-opacity': 0.08, 'fill-antialias': false },
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
      paint: { ...text, 'text-halo-width': 1.2 },
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
      paint: { ...text, 'text-halo-width': 1.2 },
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

/**
 * A label's colours in a theme: the layer's own colour (darkened if it is too light) on a white halo, or, on the dark map, that
 * colour lightened on a dark halo (both AA, 4.5:1; tests/unit/map/map-theme.test.ts).
 *
 * @example
 * labelPaint('#1f6fb2', true)['text-halo-color'] // → '#101418'
 */
export function labelPaint(
  color: string,
  dark: boolean,
): { 'text-color': string; 'text-halo-color': string } {
  return dark
    ? { 'text-color': mixWithWhite(color, 0.45), 'text-halo-color': BASEMAP_COLORS_DARK.halo }
    : {
        // A colour too light for text on white (Balikatan's green) is darkened a little.
        'text-color':
          contrastRatio(color, BASEMAP_COLORS.halo) >= 4.5
            ? color
            : mixColors(color, '#000000', 0.15),
        'text-halo-color': BASEMAP_COLORS.halo,
      };
}

/** Ids of the style layers a toggle controls. */
export function overlayLayerIds(def: LayerDefinition): string[] {
  return overlayLayers(def).map((l) => l.id);
}

export const INCIDENT_SOURCE = 'incidents';
export const INCIDENT_LABEL_LAYER = 'incidents-label';
/** Incident titles show from this zoom. */
export const LABEL_MIN_ZOOM = 6;

/**
 * Incident titles at zoom 6 and closer, for a curated set (up to DETAIL_LIMIT incidents; the
 * dots themselves are the custom layer in incident-points-layer.ts).
 */
export function incidentLayers(dark = false): LayerSpecification[] {
  return [
    {
      id: INCIDENT_LABEL_LAYER,
      type: 'symbol',
      source: INCIDENT_SOURCE,
      minzoom: LABEL_MIN_ZOOM,
      layout: {
        'text-field': ['get', 'title'],
        'text-font': [FONT_SEMIBOLD],
        'text-size': 11,
        'text-anchor': 'top',
        'text-offset': [0, 1.1],
        'text-max-width': 14,
        'text-optional': true,
      },
      paint: { ...labelPaint(dark ? '#f07385' : '#3b1016', dark), 'text-halo-width': 1.4 },
    },
  ];
}

/** Incident layer ids, for the Incidents toggle. */
export const INCIDENT_LAYER_IDS = incidentLayers().map((l) => l.id);

/**
 * The label layer's filter for a category choice and a time window (days since 1970, half-open);
 * null when nothing is filtered.
 *
 * @example
 * incidentLabelFilter([], undefined) // → null
 * incidentLabelFilter(['launch'], { from: 19448, to: 19478 })
 * // → ['all', ['in', ['get', 'category'], ['literal', ['launch']]], ['>=', ['get', 'day'], 19448], ['<', ['get', 'day'], 19478]]
 */
export function incidentLabelFilter(
  categories: readonly string[],
  window: DayWindow | undefined,
): ExpressionSpecification | null {
  const parts: ExpressionSpecification[] = [];
  if (categories.length > 0) parts.push(['in', ['get', 'category'], ['literal', [...categories]]]);
  if (window) parts.push(['>=', ['get', 'day'], window.from], ['<', ['get', 'day'], window.to]);
  return parts.length === 0 ? null : ['all', ...parts];
}
