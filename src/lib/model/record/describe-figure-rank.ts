import { MONTH_NAMES } from '../calendar-names';
import type { FigureRank } from './latest-report';

/** `12 Jun 2026`, or `12 Jun` in the year given: a date short enough for a cell of the card. */
const short = (date: string, year?: string) =>
  date.slice(0, 4) === year
    ? `${Number(date.slice(8, 10))} ${MONTH_NAMES[Number(date.slice(5, 7)) - 1]!.slice(0, 3)}`
    : `${Number(date.slice(8, 10))} ${MONTH_NAMES[Number(date.slice(5, 7)) - 1]!.slice(0, 3)} ${date.slice(0, 4)}`;

/**
 * A figure's rank among its tabulation's earlier reports, in a few words; a date in `year`
 * (the report's) is written without it.
 *
 * @example
 * describeFigureRank({ kind: 'most-since', since: '2026-06-12' }) // → 'most since 12 Jun 2026'
 * describeFigureRank({ kind: 'most-since', since: '2026-06-12' }, '2026') // → 'most since 12 Jun'
 * describeFigureRank({ kind: 'most-ever' }) // → 'most in the record'
 */
export function describeFigureRank(rank: FigureRank, year?: string): string {
  switch (rank.kind) {
    case 'most-since':
      return `most since ${short(rank.since, year)}`;
    case 'fewest-since':
      return `fewest since ${short(rank.since, year)}`;
    case 'as-before':
      return `as on ${short(rank.since, year)}`;
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
