/**
 * The one registry of map layers. Each entry is one file in geodata/ and drives both the
 * layer toggle (name, swatch, legend) and the map's source and style layers. A new layer is one
 * entry here plus one GeoJSON file.
 */
export interface LayerDefinition {
  /** Also the file name in geodata/ without `.geojson`, and the MapLibre source id. */
  readonly id: string;
  /** What the toggle says. */
  readonly name: string;
  /** One line for the legend. */
  readonly description: string;
  /** The layer's colour on the map and in the swatch. */
  readonly color: string;
}

export const LAYERS = [
  {
    id: 'taiwan-strait',
    name: 'Taiwan Strait',
    description: 'Median line, transit corridor (our construction) and US Navy transits',
    color: '#1f6fb2',
  },
  {
    id: 'adiz',
    name: 'ADIZ zones',
    description:
      "Taiwan's ADIZ and its SW/SE parts (our construction), China's ECS ADIZ, Japan's edge",
    color: '#b2452f',
  },
  {
    id: 'balikatan-2023',
    name: 'Balikatan 2023 sites',
    description: 'US–Philippine exercise sites, 11–28 April 2023',
    color: '#2e8b57',
  },
  {
    id: 'g7-japan-2023',
    name: 'G7 Karuizawa and Hiroshima',
    description: 'G7 foreign ministers at Karuizawa (16–18 April) and the Hiroshima summit (May)',
    color: '#7a4fb3',
  },
  {
    id: 'reported-places',
    name: 'Other reported places',
    description: 'Kremlin, rocket-debris zone, Mischief Reef, Reagan Library, Ukraine, …',
    color: '#8a6d1f',
  },
] as const satisfies readonly LayerDefinition[];

export type LayerId = (typeof LAYERS)[number]['id'];

/** The pseudo-layer of incident symbols, toggled like the others. */
export const INCIDENTS_LAYER = {
  id: 'incidents',
  name: 'Incidents',
  description: 'Reported incidents; a ring marks an approximate or schematic place',
  color: '#d1495b',
} as const satisfies LayerDefinition;

export type ToggleId = LayerId | typeof INCIDENTS_LAYER.id;

export const TOGGLE_IDS: readonly ToggleId[] = [...LAYERS.map((l) => l.id), INCIDENTS_LAYER.id];

export function isToggleId(id: string): id is ToggleId {
  return (TOGGLE_IDS as readonly string[]).includes(id);
}
