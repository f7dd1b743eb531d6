/**
 * The layout's choices: the one-column layout's panel follows a selection (not a link's), side
 * columns collapse and resize within bounds, the theme follows the system until chosen, and
 * what is remembered goes to the store and comes back from it (a bad entry falls back).
 */
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_LAYOUT_PREFS,
  type LayoutPrefs,
  parseLayoutPrefs,
  SIDE_WIDTH_MAX,
  SIDE_WIDTH_MIN,
} from '../../../src/lib/model/layout-prefs';
import { Dashboard } from '../../../src/lib/state/dashboard.svelte';
import { LayoutState } from '../../../src/lib/state/layout.svelte';

function createStore(initial?: unknown) {
  const written: LayoutPrefs[] = [];
  return { written, store: { read: () => initial, write: (p: LayoutPrefs) => written.push(p) } };
}

describe('LayoutState', () => {
  it('shows the evidence under the map when an incident is selected, but not from a link', () => {
    const dashboard = new Dashboard();
    expect(dashboard.layout.sheet).toBe('incidents');
    dashboard.selectIncident('a', 'link');
    expect(dashboard.layout.sheet).toBe('incidents');
    dashboard.layout.showSheet('record');
    dashboard.selectIncident('a', 'chart');
    expect(dashboard.layout.sheet).toBe('evidence');
    dashboard.layout.showSheet('timeline');
    dashboard.openRecordDay('2023-04-11');
    expect(dashboard.layout.sheet).toBe('evidence');
  });

  it('collapses and resizes the side columns within bounds, and remembers them', () => {
    const { store, written } = createStore();
    const layout = new LayoutState(store);
    expect(layout.collapsed('left')).toBe(false);
    expect(layout.width('right')).toBeUndefined();
    layout.setCollapsed('left', true);
    layout.setWidth('right', 10);
    expect(layout.width('right')).toBe(SIDE_WIDTH_MIN);
    layout.setWidth('right', 5000);
    expect(layout.width('right')).toBe(SIDE_WIDTH_MAX);
    layout.setWidth('right', undefined);
    expect(layout.width('right')).toBeUndefined();
    expect(written.at(-1)).toEqual({
      ...DEFAULT_LAYOUT_PREFS,
      collapsed: { left: true, right: false },
    });
    const again = new LayoutState(createStore(JSON.parse(JSON.stringify(written.at(-1)))).store);
    expect(again.collapsed('left')).toBe(true);
  });

  it('follows the system theme until one is chosen', () => {
    const layout = new LayoutState();
    expect(layout.dark).toBe(false);
    layout.setSystemDark(true);
    expect(layout.dark).toBe(true);
    layout.setTheme('light');
    expect(layout.dark).toBe(false);
    layout.setTheme('dark');
    layout.setSystemDark(false);
    expect(layout.dark).toBe(true);
  });

  it('keeps the record opened large for the visit only', () => {
    const { store, written } = createStore();
    const layout = new LayoutState(store);
    layout.openRecordLarge(true);
    expect(layout.recordLarge).toBe(true);
    expect(written).toEqual([]);
  });
});

describe('parseLayoutPrefs', () => {
  it('keeps what is valid and drops the rest', () => {
    expect(
      parseLayoutPrefs({
        collapsed: { left: true, right: 'yes' },
        widths: { left: 100, right: Number.NaN },
        theme: 'sepia',
      }),
    ).toEqual({
      collapsed: { left: true, right: false },
      widths: { left: SIDE_WIDTH_MIN },
      theme: 'system',
    });
    expect(parseLayoutPrefs(null)).toBe(DEFAULT_LAYOUT_PREFS);
    expect(parseLayoutPrefs([1])).toBe(DEFAULT_LAYOUT_PREFS);
  });
});
