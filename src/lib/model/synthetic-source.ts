import type { SourceMeta } from './schema';

/** What a synthetic source says it is, so no one takes it for reporting (`npm run gen`). */
export const SYNTHETIC_OUTLET = 'Straitwatch synthetic data (not real reporting)';

/**
 * Whether a source is invented data: its outlet says so. The outlet is the marker because it is
 * on every source `npm run gen` writes and it travels with the source into the model, exports
 * and imports; a dataset manifest's `synthetic: true` says the same of a whole dataset but never
 * reaches the model. Synthetic figures never enter the record, nor are they set against it.
 *
 * @example
 * isSyntheticSource({ outlet: 'Straitwatch synthetic data (not real reporting)' }) // → true
 * isSyntheticSource({ outlet: 'Daily Mail' }) // → false
 */
export function isSyntheticSource(meta: Pick<SourceMeta, 'outlet'>): boolean {
  return meta.outlet === SYNTHETIC_OUTLET;
}
