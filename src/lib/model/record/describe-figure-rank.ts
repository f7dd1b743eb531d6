import { formatDateReading } from '../format-date-reading';
import type { FigureRank } from './latest-report';

/**
 * A figure's rank among its tabulation's earlier reports, in a few words.
 *
 * @example
 * describeFigureRank({ kind: 'most-since', since: '2026-06-12' }) // → 'most since 12 June 2026'
 * describeFigureRank({ kind: 'most-ever' }) // → 'most in the record'
 */
export function describeFigureRank(rank: FigureRank): string {
  const long = (date: string) => formatDateReading({ value: date, precision: 'day' });
  switch (rank.kind) {
    case 'most-since':
      return `most since ${long(rank.since)}`;
    case 'fewest-since':
      return `fewest since ${long(rank.since)}`;
    case 'as-before':
      return `as on ${long(rank.since)}`;
    case 'most-ever':
      return 'most in the record';
    case 'fewest-ever':
      return 'fewest in the record';
    case 'first':
      return 'first report';
  }
}

/**
 * A figure's ratio to a baseline, as the card shows it: "×1.9", or "—" without a ratio (the
 * median is 0, or too few days to take one).
 *
 * @example
 * formatRatio(1.917) // → '×1.9'
 * formatRatio(undefined) // → '—'
 */
export function formatRatio(ratio: number | undefined): string {
  return ratio === undefined ? '—' : `×${ratio.toLocaleString('en', { maximumFractionDigits: 1 })}`;
}
