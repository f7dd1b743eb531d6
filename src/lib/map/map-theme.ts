import type { LayerSpecification } from 'maplibre-gl';
import { LAYERS } from '../model/layer-registry';
import { basemapStyle } from './basemap-style';
import { incidentLayers, overlayLayers } from './overlay-layers';
import { basemapColors } from './palette';

/** The paint properties a theme changes. */
const THEMED = ['fill-color', 'line-color', 'text-color', 'text-halo-color'] as const;

/** One paint property of one style layer, as a theme wants it. */
export interface ThemedPaint {
  readonly layer: string;
  readonly property: (typeof THEMED)[number];
  readonly value: string;
}

/**
 * Every colour of the dashboard's style a theme decides (the basemap's, the registry layers'
 * labels, the incident titles), for a switch of theme without rebuilding the style: the map sets
 * those that differ (`setPaintProperty`, no re-tiling).
 *
 * @example
 * themedPaint(true).find((p) => p.layer === 'world-land')?.value // → '#262b31'
 */
export function themedPaint(dark: boolean): readonly ThemedPaint[] {
  const layers: LayerSpecification[] = [
    ...basemapStyle(basemapColors(dark)).layers,
    ...LAYERS.flatMap((def) => overlayLayers(def, dark)),
    ...incidentLayers(dark),
  ];
  return layers.flatMap((layer) => {
    const paint = ('paint' in layer ? layer.paint : undefined) as
      Record<string, unknown> | undefined;
    return paint
      ? THEMED.filter((p) => p in paint).map((property) => ({
          layer: layer.id,
          property,
          value: paint[property] as string,
        }))
      : [];
  });
}
