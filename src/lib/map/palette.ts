/** The basemap's calm colours: overlays and incidents read first. */
export const BASEMAP_COLORS = {
  water: '#cfdde8',
  land: '#f8f6f1',
  border: '#b4aa9c',
  label: '#6b6f75',
  seaLabel: '#6f8fa8',
  halo: '#ffffff',
} as const;

/** Incident symbol colours. */
export const INCIDENT_COLORS = {
  fill: '#d1495b',
  /** The density grid's most crowded cells. */
  dense: '#5c0f1c',
  selected: '#111827',
  draft: '#8d8f94',
  stroke: '#ffffff',
} as const;

/** Font names used by symbol layers; declared in the style's `font-faces`. */
export const FONT_REGULAR = 'Noto Sans Regular';
export const FONT_SEMIBOLD = 'Noto Sans SemiBold';
