import { type DayWindow, dayNumber, isoDay } from '../model/day-number';
import { isToggleId, type ToggleId } from '../model/layer-registry';
import { INCIDENT_CATEGORIES, type IncidentCategory } from '../model/vocabulary';

/** The part of the dashboard's state a link carries. The map's view is in the hash (MapLibre's own `hash` option). */
export interface UrlState {
  readonly incident?: string;
  readonly hidden: readonly ToggleId[];
  /** Imported layers the user hid (ids `user-…`); carried in the same `hidden` parameter. */
  readonly hiddenUserLayers?: readonly string[];
  readonly categories: readonly IncidentCategory[];
  /** The time window (days since 1970, half-open); all time when absent. */
  readonly window?: DayWindow;
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;
/** An imported layer's id, as the import gives it (`user-` and a slug of the file name). */
const USER_LAYER_ID = /^user-[a-z0-9]+(-[a-z0-9]+)*$/;

/**
 * Read the state from a query string, ignoring what it does not know (an old or hand-edited link
 * never breaks the app).
 *
 * @example
 * readUrlState('?incident=dm-x&hidden=adiz,incidents&category=launch')
 * // → { incident: 'dm-x', hidden: ['adiz', 'incidents'], categories: ['launch'] }
 * readUrlState('?hidden=adiz,user-zones').hiddenUserLayers // → ['user-zones']
 * readUrlState('?from=2023-04-01&to=2023-04-30').window // → { from: 19448, to: 19478 } (`to` inclusive in the URL)
 */
export function readUrlState(search: string): UrlState {
  const params = new URLSearchParams(search);
  const list = (key: string) => (params.get(key) ?? '').split(',').filter(Boolean);
  const incident = params.get('incident') ?? undefined;
  const from = params.get('from') ?? '';
  const to = params.get('to') ?? '';
  const hiddenUserLayers = list('hidden').filter((id) => USER_LAYER_ID.test(id));
  const window =
    DAY.test(from) &&
    DAY.test(to) &&
    isoDay(dayNumber(from)) === from &&
    isoDay(dayNumber(to)) === to &&
    from <= to
      ? { from: dayNumber(from), to: dayNumber(to) + 1 }
      : undefined;
  return {
    ...(incident ? { incident } : {}),
    ...(window ? { window } : {}),
    hidden: list('hidden').filter(isToggleId),
    ...(hiddenUserLayers.length > 0 ? { hiddenUserLayers } : {}),
    categories: list('category').filter((c): c is IncidentCategory =>
      (INCIDENT_CATEGORIES as readonly string[]).includes(c),
    ),
  };
}

/**
 * Write the state into a query string, keeping any other parameters; empty parts are left out
 * so the default view has a clean URL.
 *
 * @example
 * writeUrlState('?data=x', { incident: 'dm-x', hidden: [], categories: [] }) // → '?data=x&incident=dm-x'
 */
export function writeUrlState(search: string, state: UrlState): string {
  const params = new URLSearchParams(search);
  const set = (key: string, value: string) => (value ? params.set(key, value) : params.delete(key));
  set('incident', state.incident ?? '');
  set('hidden', [...state.hidden, ...(state.hiddenUserLayers ?? [])].join(','));
  set('category', state.categories.join(','));
  set('from', state.window ? isoDay(state.window.from) : '');
  set('to', state.window ? isoDay(state.window.to - 1) : '');
  const text = params.toString().replace(/%2C/g, ',');
  return text ? `?${text}` : '';
}
