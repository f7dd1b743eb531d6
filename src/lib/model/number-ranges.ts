import { formatCount } from './format-count';

/**
 * Whole numbers (line numbers, feature indices) as compressed ranges for people: runs of
 * consecutive numbers become `first–last`, the rest are listed, duplicates dropped, and beyond
 * `max` parts the middle gives way to `…` so the last number still shows. Numbers that come in
 * ascending order (as every parser here reports its lines) take one pass; others are sorted
 * first.
 *
 * @example
 * numberRanges([7, 9, 12, 13, 14]) // → '7, 9, 12–14'
 * numberRanges([22, 23, 24, 50001]) // → '22–24, 50,001'
 * numberRanges([1, 3, 5, 7, 9, 11], { max: 4 }) // → '1, 3, 5, …, 11'
 */
export function numberRanges(
  numbers: readonly number[],
  options: { readonly max?: number } = {},
): string {
  const max = Math.max(2, options.max ?? 8);
  let ascending = true;
  for (let i = 1; i < numbers.length && ascending; i++) ascending = numbers[i]! >= numbers[i - 1]!;
  const sorted = ascending ? numbers : [...numbers].sort((a, b) => a - b);

  const runs: [number, number][] = [];
  for (const n of sorted) {
    const run = runs[runs.length - 1];
    if (run && n <= run[1] + 1) run[1] = Math.max(run[1], n);
    else runs.push([n, n]);
  }
  const shown = runs.length <= max ? runs : [...runs.slice(0, max - 1), undefined, runs.at(-1)!];
  return shown
    .map((run) =>
      !run
        ? '…'
        : run[0] === run[1]
          ? formatCount(run[0])
          : `${formatCount(run[0])}–${formatCount(run[1])}`,
    )
    .join(', ');
}
