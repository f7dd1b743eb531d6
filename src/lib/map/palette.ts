/** The basemap's calm colours: overlays and incidents read first. */
export const BASEMAP_COLORS = {
  water: '#cfdde8',
  land: '#f8f6f1',
  border: '#b4aa9c',
  label: '#6b6f75',
  seaLabel: '#44637c',
  halo: '#ffffff',
} as const;

/** The basemap at night: dark water and land, light labels (AA against their halos). */
export const BASEMAP_COLORS_DARK = {
  water: '#16212b',
  land: '#262b31',
  border: '#6b6358',
  label: '#b4bac1',
  seaLabel: '#8fb0c9',
  halo: '#101418',
} satisfies Record<keyof typeof BASEMAP_COLORS, string>;

/** The basemap's colours in a theme. */
export type BasemapColors = Record<keyof typeof BASEMAP_COLORS, string>;
export const basemapColors = (dark: boolean): BasemapColors =>
  dark ? BASEMAP_COLORS_DARK : BASEMAP_COLORS;

/** Incident symbol colours. */
export const INCIDENT_COLORS = {
  fill: '#d1495b',
  /** The density grid's most crowded cells. */
  dense: '#5c0f1c',
  selected: '#111827',
  /** The selected dot on the dark map (the dark one would vanish into the water). */
  selectedOnDark: '#fef3c7',
  draft: '#8d8f94',
  stroke: '#ffffff',
} as const;

/** Font names used by symbol layers; declared in the style's `font-faces`. */
export const FONT_REGULAR = 'Noto Sans Regular';
export const FONT_SEMIBOLD = 'Noto Sans SemiBold';
