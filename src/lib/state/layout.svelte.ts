import {
  clampSideWidth,
  DEFAULT_LAYOUT_PREFS,
  type LayoutPrefs,
  parseLayoutPrefs,
  type SheetTab,
  type Side,
  type ThemeChoice,
} from '../model/layout-prefs';

/** Where the layout's choices are kept (localStorage, through `data/stored-layout.ts`). */
export interface LayoutStore {
  read(): unknown;
  write(prefs: LayoutPrefs): void;
}

/**
 * How the dashboard is laid out, as far as a reader chooses it: which panel the one-column
 * layout shows under the map, which side columns are collapsed and how wide they are, the theme,
 * and whether MND's record is open large. The side columns and the theme are remembered
 * (`LayoutStore`); the sheet and the large record last for the visit.
 * Which layout applies (one column or three) is the CSS's: this state only holds choices.
 */
export class LayoutState {
  #prefs = $state.raw<LayoutPrefs>(DEFAULT_LAYOUT_PREFS);
  #sheet = $state<SheetTab>('incidents');
  #recordLarge = $state(false);
  #systemDark = $state(false);
  readonly #store: LayoutStore | undefined;

  constructor(store?: LayoutStore) {
    this.#store = store;
    if (store) this.#prefs = parseLayoutPrefs(store.read());
  }

  /** The panel shown under the map in the one-column layout. */
  get sheet(): SheetTab {
    return this.#sheet;
  }
  collapsed(side: Side): boolean {
    return this.#prefs.collapsed[side];
  }
  /** The width a reader gave a side column (CSS pixels), or undefined for the default. */
  width(side: Side): number | undefined {
    return this.#prefs.widths[side];
  }
  get theme(): ThemeChoice {
    return this.#prefs.theme;
  }
  /** Whether the page is dark: the reader's choice, or the system's when they chose none. */
  readonly dark: boolean = $derived(
    this.#prefs.theme === 'dark' || (this.#prefs.theme === 'system' && this.#systemDark),
  );
  /** Whether MND's record is open large (a dialog over the page). */
  get recordLarge(): boolean {
    return this.#recordLarge;
  }

  showSheet(tab: SheetTab): void {
    this.#sheet = tab;
  }

  setCollapsed(side: Side, collapsed: boolean): void {
    this.#save({ ...this.#prefs, collapsed: { ...this.#prefs.collapsed, [side]: collapsed } });
  }

  /** Give a side column a width (kept within bounds), or its default back with undefined. */
  setWidth(side: Side, px: number | undefined): void {
    const widths = { ...this.#prefs.widths };
    if (px === undefined) delete widths[side];
    else widths[side] = clampSideWidth(px);
    this.#save({ ...this.#prefs, widths });
  }

  setTheme(theme: ThemeChoice): void {
    this.#save({ ...this.#prefs, theme });
  }

  /** What `prefers-color-scheme` says (the app listens for it and hands it in). */
  setSystemDark(dark: boolean): void {
    this.#systemDark = dark;
  }

  openRecordLarge(open: boolean): void {
    this.#recordLarge = open;
  }

  #save(prefs: LayoutPrefs): void {
    this.#prefs = prefs;
    this.#store?.write(prefs);
  }
}
