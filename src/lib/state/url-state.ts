import { type DayWindow, dayNumber, isoDay } from '../model/day-number';
import { isToggleId, type ToggleId } from '../model/layer-registry';
import { INCIDENT_CATEGORIES, type IncidentCategory } from '../model/vocabulary';

/**
 * The part of the dashboard's state a link carries, read and written here alone. The map's view
 * is in the hash, which MapLibre's own `hash` option reads and writes.
 */
export interface UrlState {
  readonly incident?: string;
  readonly hidden: readonly ToggleId[];
  /** Imported layers the user hid (ids `user-…`); carried in the same `hidden` parameter. */
  readonly hiddenUserLayers?: readonly string[];
  readonly categories: readonly IncidentCategory[];
  /** The time window (days since 1970, half-open); all time when absent. */
  readonly window?: DayWindow;
  /** What the search looks for (`?q=`); the search opens with it when a link carries one. */
  readonly query?: string;
}

/** What a link says about the data to open and the map, read once at start and never written. */
export interface LinkData {
  /** `?dataset=<name>`: a dataset served at /datasets/<name>/, read beside the shipped data. */
  readonly dataset?: string;
  /** `&by=box`: read the dataset by the map's bounding box even when it is small enough to load. */
  readonly boxRead?: true;
  /** The hash holds a map view (`#map=…`): the camera keeps it instead of going to a linked incident. */
  readonly mapView?: true;
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;
/** An imported layer's id, as the import gives it (`user-` and a slug of the file name). */
const USER_LAYER_ID = /^user-[a-z0-9]+(-[a-z0-9]+)*$/;

/**
 * Read the state from a query string (and, for whether it holds a map view, the hash), ignoring
 * what it does not know (an old or hand-edited link never breaks the app).
 *
 * @example
 * readUrlState('?incident=dm-x&hidden=adiz,incidents&category=launch')
 * // → { incident: 'dm-x', hidden: ['adiz', 'incidents'], categories: ['launch'] }
 * readUrlState('?hidden=adiz,user-zones').hiddenUserLayers // → ['user-zones']
 * readUrlState('?from=2023-04-01&to=2023-04-30').window // → { from: 19448, to: 19478 } (`to` inclusive in the URL)
 * readUrlState('?q=milius').query // → 'milius'
 * readUrlState('?dataset=big&by=box', '#map=5/24/121') // → { dataset: 'big', boxRead: true, mapView: true, hidden: [], categories: [] }
 */
export function readUrlState(search: string, hash = ''): UrlState & LinkData {
  const params = new URLSearchParams(search);
  const list = (key: string) => (params.get(key) ?? '').split(',').filter(Boolean);
  const incident = params.get('incident') ?? undefined;
  const query = params.get('q')?.trim() ?? '';
  const dataset = params.get('dataset') ?? undefined;
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
    ...(dataset !== undefined ? { dataset } : {}),
    ...(params.get('by') === 'box' ? { boxRead: true as const } : {}),
    ...(hash.includes('map=') ? { mapView: true as const } : {}),
    ...(incident ? { incident } : {}),
    ...(window ? { window } : {}),
    ...(query ? { query } : {}),
    hidden: list('hidden').filter(isToggleId),
    ...(hiddenUserLayers.length > 0 ? { hiddenUserLayers } : {}),
    categories: list('category').filter((c): c is IncidentCategory =>
      (INCIDENT_CATEGORIES as readonly string[]).includes(c),
    ),
  };
}

/**
 * Write the state into a query string, keeping any other parameters (the link's dataset among
 * them); empty parts are left out so the default view has a clean URL.
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
  set('q', state.query ?? '');
  const text = params.toString().replace(/%2C/g, ',');
  return text ? `?${text}` : '';
}
