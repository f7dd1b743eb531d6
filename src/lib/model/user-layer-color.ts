/** Colours for imported layers, apart from the registry's and the incidents' red. */
const COLORS = ['#0f766e', '#7c3aed', '#c2410c', '#0369a1', '#a21caf', '#4d7c0f'] as const;

/**
 * The colour of an imported layer on the map and in its toggle's swatch, from its id, so it
 * stays the same when other layers come and go.
 *
 * @example
 * userLayerColor('user-bases') // → '#7c3aed' (always the same for this id)
 */
export function userLayerColor(id: string): string {
  let hash = 0;
  for (const char of id) hash = (hash * 31 + char.codePointAt(0)!) >>> 0;
  return COLORS[hash % COLORS.length]!;
}
