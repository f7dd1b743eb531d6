import type { UserFeature, UserLayer } from '../model/parse-user-layer';

/** At most this many properties are listed; the popup says how many more there are. */
const MAX_ROWS = 20;

/**
 * The popup for a feature of an imported layer: the layer's name and each property as
 * "key: value". Built from text nodes only, so nothing an import holds is parsed as HTML;
 * values that are not strings are shown as JSON.
 */
export function userFeaturePopup(layer: UserLayer, feature: UserFeature): HTMLElement {
  const root = document.createElement('div');
  root.className = 'popup user-feature';
  const title = root.appendChild(document.createElement('strong'));
  title.textContent = layer.name;
  const entries = Object.entries(feature.properties ?? {});
  if (entries.length === 0) {
    const none = root.appendChild(document.createElement('div'));
    none.textContent = 'No properties';
    return root;
  }
  const list = root.appendChild(document.createElement('dl'));
  for (const [key, value] of entries.slice(0, MAX_ROWS)) {
    list.appendChild(document.createElement('dt')).textContent = key;
    list.appendChild(document.createElement('dd')).textContent =
      typeof value === 'string' ? value : JSON.stringify(value);
  }
  if (entries.length > MAX_ROWS) {
    const more = root.appendChild(document.createElement('div'));
    more.textContent = `and ${entries.length - MAX_ROWS} more properties`;
  }
  return root;
}
