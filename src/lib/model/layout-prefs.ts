/** The panels of the one-column layout (below about 1024 px), one shown at a time under the map. */
export const SHEET_TABS = ['incidents', 'evidence', 'timeline', 'record', 'layers'] as const;
export type SheetTab = (typeof SHEET_TABS)[number];

/** The two side columns of the wide layout. */
export type Side = 'left' | 'right';

/** The theme a reader chose; `system` follows `prefers-color-scheme`. */
export const THEMES = ['system', 'light', 'dark'] as const;
export type ThemeChoice = (typeof THEMES)[number];

/** A side column's width is kept between these (CSS pixels). */
export const SIDE_WIDTH_MIN = 200;
export const SIDE_WIDTH_MAX = 640;

/** What a reader chose about the layout, remembered in this browser. */
export interface LayoutPrefs {
  /** Collapsed side columns. */
  readonly collapsed: Readonly<Record<Side, boolean>>;
  /** A side column's width in CSS pixels; absent: the default, which follows the window. */
  readonly widths: Readonly<Partial<Record<Side, number>>>;
  readonly theme: ThemeChoice;
}

export const DEFAULT_LAYOUT_PREFS: LayoutPrefs = {
  collapsed: { left: false, right: false },
  widths: {},
  theme: 'system',
};

/**
 * A width kept within the side columns' bounds, in whole pixels.
 *
 * @example
 * clampSideWidth(90) // → 200
 */
export function clampSideWidth(px: number): number {
  return Math.round(Math.min(SIDE_WIDTH_MAX, Math.max(SIDE_WIDTH_MIN, px)));
}

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * Stored preferences read back as `unknown`: what is valid is kept, anything else falls back to
 * the default (a stale or hand-edited entry never breaks the page).
 *
 * @example
 * parseLayoutPrefs({ collapsed: { left: true }, theme: 'dark' }).collapsed.left // → true
 * parseLayoutPrefs('junk') // → DEFAULT_LAYOUT_PREFS
 */
export function parseLayoutPrefs(value: unknown): LayoutPrefs {
  if (!isRecord(value)) return DEFAULT_LAYOUT_PREFS;
  const collapsed = isRecord(value.collapsed) ? value.collapsed : {};
  const widths = isRecord(value.widths) ? value.widths : {};
  const width = (side: Side) => {
    const w = widths[side];
    return typeof w === 'number' && Number.isFinite(w) ? { [side]: clampSideWidth(w) } : {};
  };
  return {
    collapsed: { left: collapsed.left === true, right: collapsed.right === true },
    widths: { ...width('left'), ...width('right') },
    theme: (THEMES as readonly unknown[]).includes(value.theme)
      ? (value.theme as ThemeChoice)
      : 'system',
  };
}
