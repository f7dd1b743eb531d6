import type { FeatureCollection } from 'geojson';
import type { FilterSpecification, LayerSpecification, StyleSpecification } from 'maplibre-gl';
import type { DashboardModel } from '../model/build-model';
import { INCIDENTS_LAYER, type LayerId, LAYERS, type ToggleId } from '../model/layer-registry';
import type { IncidentCategory } from '../model/vocabulary';
import { basemapStyle } from './basemap-style';
import { incidentMapFeatures } from './incident-map-features';
import { INCIDENT_SOURCE, incidentFilters, incidentLayers, overlayLayers } from './overlay-layers';

/**
 * The whole style at start: basemap, one source per registry layer and the incidents, each
 * layer already with the visibility and filter the state asks for. Building it in one piece
 * (rather than adding sources after `load`) lets every source tile in one wave, and under
 * software WebGL every avoided frame is ~100 ms.
 */
export function dashboardStyle(
  model: DashboardModel,
  visible: Readonly<Record<ToggleId, boolean>>,
  categories: readonly IncidentCategory[],
): StyleSpecification {
  const base = basemapStyle();
  const filters = incidentFilters(categories);
  const sources: StyleSpecification['sources'] = { ...base.sources };
  const layers: LayerSpecification[] = [...base.layers];
  // Registry layers first, incidents last: later layers draw on top.
  for (const def of LAYERS) {
    sources[def.id] = { type: 'geojson', data: layerCollection(model, def.id), promoteId: 'id' };
    for (const layer of overlayLayers(def)) layers.push(withState(layer, visible[def.id]));
  }
  sources[INCIDENT_SOURCE] = {
    type: 'geojson',
    data: incidentMapFeatures(model.incidents, model.draftIds),
    promoteId: 'id',
  };
  for (const layer of incidentLayers()) {
    layers.push(withState(layer, visible[INCIDENTS_LAYER.id], filters.get(layer.id)));
  }
  return { ...base, sources, layers };
}

/** A registry layer's validated features as a collection for its source. */
export function layerCollection(model: DashboardModel, id: LayerId): FeatureCollection {
  return { type: 'FeatureCollection', features: [...(model.layers.get(id) ?? [])] };
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
