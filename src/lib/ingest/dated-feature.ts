import { booleanIntersects } from '@turf/boolean-intersects';
import type { LayerFeature } from '../model/schema';

/**
 * A more specific feature for an incident on a given day: a track or site (a line or a point)
 * in the same layer as the named place, dated that day (`properties.date`), and lying on or in
 * the place. "Sailed through the Taiwan Strait on April 16" names the strait; the layer holds the
 * schematic track of the transit of 16 April, which is where the incident belongs. Returns
 * `undefined` when no feature, or more than one, fits.
 *
 * @example
 * datedFeature('taiwan-strait/transit-corridor', '2023-04-16', layers)
 * // → { ref: 'taiwan-strait/milius-transit-2023-04-16', feature: … }
 */
export function datedFeature(
  ref: string,
  day: string,
  layers: ReadonlyMap<string, readonly LayerFeature[]>,
): { ref: string; feature: LayerFeature } | undefined {
  const [layerId, featureId] = ref.split('/') as [string, string];
  const features = layers.get(layerId) ?? [];
  const place = features.find((f) => f.id === featureId);
  if (!place || !/^\d{4}-\d{2}-\d{2}$/.test(day)) return undefined;
  const fits = features.filter(
    (f) =>
      f.id !== featureId &&
      f.properties.date === day &&
      /^(?:Multi)?(?:Point|LineString)$/.test(f.geometry.type) &&
      booleanIntersects(f.geometry as never, place.geometry as never),
  );
  return fits.length === 1 ? { ref: `${layerId}/${fits[0]!.id}`, feature: fits[0]! } : undefined;
}
