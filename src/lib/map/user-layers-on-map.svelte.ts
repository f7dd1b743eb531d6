import {
  type GeoJSONSource,
  type Map as MaplibreMap,
  type MapMouseEvent,
  Popup,
} from 'maplibre-gl';
import type { UserLayer } from '../model/parse-user-layer';
import type { Dashboard } from '../state/dashboard.svelte';
import { userFeaturePopup } from './user-feature-popup';
import { userLayerCollection, userLayerStyle } from './user-layer-style';

/**
 * Imported GeoJSON layers on the map, for MapView to call once during its set-up. Each layer is
 * one source (its id) with fill, outline, line and point layers drawn under the incidents;
 * sources are added, updated (setData) and removed as `model.userLayers` changes, and shown or
 * hidden by `hiddenUserLayers`. A click on a feature (not on an incident) opens a popup listing
 * its properties as text. Reads: model.userLayers, hiddenUserLayers.
 *
 * @example
 * userLayersOnMap(() => map, dashboard, 'incident-points', (p) => points.pick(p).length > 0);
 */
export function userLayersOnMap(
  getMap: () => MaplibreMap | undefined,
  dashboard: Dashboard,
  /** The layer user layers go under (the incidents stay on top). */
  beneath: string,
  /** Whether a click at this point is on an incident (which then wins). */
  incidentAt: (point: { x: number; y: number }) => boolean,
): void {
  /** What each source on the map holds now: bookkeeping for the effects, not reactive state. */
  // eslint-disable-next-line svelte/prefer-svelte-reactivity
  const onMap = new Map<string, UserLayer>();

  // The model's user layers → sources and style layers.
  $effect(() => {
    const m = getMap();
    const layers = dashboard.model.userLayers;
    if (!m) return;
    for (const [id, shown] of onMap) {
      if (layers.has(id)) continue;
      for (const spec of userLayerStyle(shown)) if (m.getLayer(spec.id)) m.removeLayer(spec.id);
      if (m.getSource(id)) m.removeSource(id);
      onMap.delete(id);
    }
    for (const layer of layers.values()) {
      const shown = onMap.get(layer.id);
      if (shown === layer) continue;
      if (shown) {
        (m.getSource(layer.id) as GeoJSONSource).setData(userLayerCollection(layer));
      } else {
        m.addSource(layer.id, { type: 'geojson', data: userLayerCollection(layer) });
        // Under the incident symbols, which stay on top.
        for (const spec of userLayerStyle(layer)) m.addLayer(spec, beneath);
      }
      onMap.set(layer.id, layer);
    }
  });

  // Toggles → visibility (only layers whose visibility changes are touched).
  $effect(() => {
    const m = getMap();
    const hidden = dashboard.hiddenUserLayers;
    if (!m) return;
    for (const layer of dashboard.model.userLayers.values()) {
      const value = hidden.includes(layer.id) ? 'none' : 'visible';
      for (const spec of userLayerStyle(layer))
        if (
          m.getLayer(spec.id) &&
          (m.getLayoutProperty(spec.id, 'visibility') ?? 'visible') !== value
        )
          m.setLayoutProperty(spec.id, 'visibility', value);
    }
  });

  // Click on a feature → its properties, as text.
  $effect(() => {
    const m = getMap();
    if (!m) return;
    let popup: Popup | undefined;
    const onClick = (e: MapMouseEvent) => {
      const ids = [...onMap.values()]
        .flatMap((layer) => userLayerStyle(layer).map((l) => l.id))
        .filter((id) => m.getLayer(id));
      if (ids.length === 0) return;
      if (incidentAt(e.point)) return;
      const hit = m.queryRenderedFeatures(e.point, { layers: ids })[0];
      const layer = hit ? dashboard.model.userLayers.get(hit.source) : undefined;
      const feature = layer?.features[Number(hit?.id)];
      if (!layer || !feature) return;
      popup?.remove();
      popup = new Popup({ maxWidth: '300px', className: 'incident-popup' })
        .setLngLat(e.lngLat)
        .setDOMContent(userFeaturePopup(layer, feature))
        .addTo(m);
    };
    m.on('click', onClick);
    return () => {
      m.off('click', onClick);
      popup?.remove();
    };
  });
}
