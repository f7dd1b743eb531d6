import type { UnusualDay } from './unusual-days';

/**
 * The unusual days' entries grouped by report date, in date order (a date's measures in the
 * list's order): what the chart's marks and a day read aloud look up.
 *
 * @example
 * unusualByDate(unusual).get('2024-10-15')?.map((u) => u.measure)
 * // → ['aircraft-detected', 'aircraft-median-or-adiz', 'official-ships']
 */
export function unusualByDate(
  unusual: readonly UnusualDay[],
): ReadonlyMap<string, readonly UnusualDay[]> {
  const byDate = new Map<string, UnusualDay[]>();
  for (const u of unusual) {
    const found = byDate.get(u.date);
    if (found) found.push(u);
    else byDate.set(u.date, [u]);
  }
  return byDate;
}
