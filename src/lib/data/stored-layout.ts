/**
 * The layout a reader chose (collapsed and resized side columns, the theme), kept in this
 * browser's localStorage. The only code that touches that entry; storage that cannot be used
 * (private mode, a full quota) is ignored: the layout then lasts for the visit only.
 */
import type { LayoutPrefs } from '../model/layout-prefs';

const KEY = 'straitwatch:layout';

/** What storage holds, as `unknown` (parse it with `parseLayoutPrefs`). */
export function readStoredLayout(): unknown {
  try {
    const text = localStorage.getItem(KEY);
    return text === null ? undefined : (JSON.parse(text) as unknown);
  } catch {
    return undefined;
  }
}

export function writeStoredLayout(prefs: LayoutPrefs): void {
  try {
    localStorage.setItem(KEY, JSON.stringify(prefs));
  } catch {
    // Not stored: the choice holds until the page is closed.
  }
}
