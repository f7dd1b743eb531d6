import {
  type GeoJSONSource,
  type Map as MaplibreMap,
  type MapMouseEvent,
  Popup,
} from 'maplibre-gl';
import { untrack } from 'svelte';
import type { UserLayer } from '../model/parse-user-layer';
import { yieldToPage } from '../model/run-sliced';
import type { Dashboard } from '../state/dashboard.svelte';
import { userFeaturePopup } from './user-feature-popup';
import { EMPTY_COLLECTION, userLayerParts, userLayerStyle } from './user-layer-style';

/**
 * Imported GeoJSON layers on the map, for MapView to call once during its set-up. Each layer is
 * one source (its id) with fill, outline, line and point layers drawn under the incidents;
 * sources are added, refilled and removed as `model.userLayers` changes, and shown or hidden
 * by `hiddenUserLayers` (and hidden while their features are still being handed over). A click
 * on a feature (not on an incident) opens a popup listing its properties as text. Reads:
 * model.userLayers, hiddenUserLayers.
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
  /** Layers whose features are still being handed to their source: hidden until all are in. */
  let filling = $state.raw<readonly string[]>([]);

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
        void (m.getSource(layer.id) as GeoJSONSource).setData(EMPTY_COLLECTION);
      } else {
        m.addSource(layer.id, { type: 'geojson', data: EMPTY_COLLECTION });
        // Under the incident symbols, which stay on top.
        for (const spec of userLayerStyle(layer)) m.addLayer(spec, beneath);
      }
      onMap.set(layer.id, layer);
      // Not a dependency of this effect: the handing over runs on its own.
      void untrack(() => fill(m, layer));
    }
  });

  /**
   * Give a layer's features to its source a part at a time, each once the one before is in:
   * handing MapLibre 200,000 features at once copies them to its worker in one 1.3 s task.
   * Stops when the layer is replaced or removed meanwhile.
   */
  async function fill(m: MaplibreMap, layer: UserLayer): Promise<void> {
    const current = () => onMap.get(layer.id) === layer;
    filling = [...filling.filter((id) => id !== layer.id), layer.id];
    try {
      for (const part of userLayerParts(layer)) {
        if (!current()) return;
        const source = m.getSource(layer.id) as GeoJSONSource | undefined;
        // One part at a time: parts added while MapLibre's worker is busy would be merged and
        // copied to it in one long task.
        await source?.updateData({ add: part });
        await yieldToPage();
      }
    } finally {
      // Shown once whole: each frame drawn meanwhile would draw the layer again, part by part.
      if (current() || !onMap.has(layer.id)) filling = filling.filter((id) => id !== layer.id);
    }
  }

  // Toggles → visibility (only layers whose visibility changes are touched).
  $effect(() => {
    const m = getMap();
    const hidden = dashboard.hiddenUserLayers;
    const unfinished = filling;
    if (!m) return;
    for (const layer of dashboard.model.userLayers.values()) {
      const value = hidden.includes(layer.id) || unfinished.includes(layer.id) ? 'none' : 'visible';
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
