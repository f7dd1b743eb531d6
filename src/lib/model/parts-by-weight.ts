/**
 * About how many JSON values (numbers, strings, objects, arrays…) one part holds: copied
 * between threads (structured clone) in well under 50 ms here.
 */
export const VALUES_PER_PART = 200_000;

/**
 * How many JSON values `value` holds, itself included, counted up to `limit` (the count stops
 * there: a feature of a million positions is not walked to its end to learn it is large).
 *
 * @example
 * jsonWeight({ type: 'Point', coordinates: [121, 24] }) // → 5
 */
export function jsonWeight(value: unknown, limit = Infinity): number {
  let count = 0;
  const stack: unknown[] = [value];
  while (stack.length > 0 && count < limit) {
    const next = stack.pop();
    count++;
    if (typeof next !== 'object' || next === null) continue;
    if (Array.isArray(next)) for (const item of next) stack.push(item);
    else for (const key in next) stack.push((next as Record<string, unknown>)[key]);
  }
  return Math.min(count, limit);
}

/**
 * `items` in consecutive parts of about `maxWeight` JSON values each (at least one item per
 * part, so one huge item is a part of its own), for work that must be cut into short tasks:
 * sending 200,000 features from a worker, or giving them to the map.
 *
 * @example
 * [...partsByWeight(features, 200_000)].map((p) => p.length) // → [33334, 33334, …]
 */
export function* partsByWeight<T>(
  items: readonly T[],
  maxWeight = VALUES_PER_PART,
  weight: (item: T) => number = (item) => jsonWeight(item, maxWeight),
): Generator<T[]> {
  let part: T[] = [];
  let held = 0;
  for (const item of items) {
    const w = weight(item);
    if (part.length > 0 && held + w > maxWeight) {
      yield part;
      part = [];
      held = 0;
    }
    part.push(item);
    held += w;
  }
  if (part.length > 0) yield part;
}
