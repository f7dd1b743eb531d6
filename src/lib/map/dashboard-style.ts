import type { Feature, FeatureCollection } from 'geojson';
import type { FilterSpecification, LayerSpecification, StyleSpecification } from 'maplibre-gl';
import type { DashboardModel } from '../model/build-model';
import { INCIDENTS_LAYER, type LayerId, LAYERS, type ToggleId } from '../model/layer-registry';
import type { DayWindow } from '../model/day-number';
import type { IncidentCategory } from '../model/vocabulary';
import { basemapStyle } from './basemap-style';
import { basemapColors } from './palette';
import { incidentMapFeatures } from './incident-map-features';
import {
  INCIDENT_SOURCE,
  incidentLabelFilter,
  incidentLayers,
  OVERLAY_SOURCE,
  overlayLayers,
} from './overlay-layers';

/**
 * The whole style at start: basemap, one source per registry layer and the incidents, each
 * layer already with the visibility and filter the state asks for. Building it in one piece
 * (rather than adding sources after `load`) lets every source tile in one wave, and under
 * software WebGL every avoided frame is ~100 ms. `dark`: the dark theme's basemap and labels.
 */
export function dashboardStyle(
  model: DashboardModel,
  visible: Readonly<Record<ToggleId, boolean>>,
  categories: readonly IncidentCategory[],
  window?: DayWindow,
  dark = false,
): StyleSpecification {
  const base = basemapStyle(basemapColors(dark));
  const labelFilter = incidentLabelFilter(categories, window);
  const sources: StyleSpecification['sources'] = { ...base.sources };
  const layers: LayerSpecification[] = [...base.layers];
  // Registry layers first, incidents last: later layers draw on top.
  sources[OVERLAY_SOURCE] = { type: 'geojson', data: overlayCollection(model) };
  for (const def of LAYERS) {
    for (const layer of overlayLayers(def, dark)) layers.push(withState(layer, visible[def.id]));
  }
  sources[INCIDENT_SOURCE] = {
    type: 'geojson',
    data: incidentMapFeatures(model.incidents, model.draftIds),
  };
  // The incident dots are a custom layer, added by MapView under these labels.
  for (const layer of incidentLayers(dark)) {
    layers.push(withState(layer, visible[INCIDENTS_LAYER.id], labelFilter));
  }
  return { ...base, sources, layers };
}

/**
 * Every registry layer's validated features in one collection for the overlay source, each
 * tagged with its layer id (`properties.layer`) for the style layers' filters.
 *
 * @example
 * overlayCollection(model).features[0].properties.layer // → 'taiwan-strait'
 */
export function overlayCollection(model: DashboardModel): FeatureCollection {
  const features: Feature[] = [];
  for (const [layer, layerFeatures] of model.layers as ReadonlyMap<LayerId, readonly Feature[]>) {
    for (const f of layerFeatures) features.push({ ...f, properties: { ...f.properties, layer } });
  }
  return { type: 'FeatureCollection', features };
}

/**
 * Whether two models' layers give the same `overlayCollection`: the same layers with the same
 * (frozen) feature lists, as a model made on top of another keeps them.
 *
 * @example
 * sameOverlay(model.layers, extendModel(model, csv).layers) // → true
 */
export function sameOverlay(
  before: DashboardModel['layers'],
  after: DashboardModel['layers'],
): boolean {
  if (before === after) return true;
  if (before.size !== after.size) return false;
  // The same ids in the same order (the collection lists them in map order), the same lists.
  const ids = [...before.keys()];
  return [...after].every(([id, features], i) => ids[i] === id && before.get(id) === features);
}

function withState(
  layer: LayerSpecification,
  visible: boolean,
  filter?: FilterSpecification | null,
): LayerSpecification {
  const shown = {
    ...layer,
    layout: { ...layer.layout, visibility: visible ? 'visible' : 'none' },
  } as LayerSpecification;
  return filter ? ({ ...shown, filter } as LayerSpecification) : shown;
}
