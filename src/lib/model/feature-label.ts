/**
 * The name to blame a feature by in an error: its id when it has a usable one, otherwise its
 * position in the collection.
 *
 * @example
 * featureLabel({ id: 'median-line' }, 0) // → 'median-line'
 * featureLabel({}, 3) // → 'features[3]'
 */
export function featureLabel(feature: unknown, index: number): string {
  if (typeof feature === 'object' && feature !== null) {
    const f = feature as { id?: unknown; properties?: { id?: unknown } };
    if (typeof f.id === 'string' && f.id !== '') return f.id;
    if (typeof f.properties?.id === 'string' && f.properties.id !== '') return f.properties.id;
  }
  return `features[${index}]`;
}
