import { formatDateReading } from '../format-date-reading';
import { dayNumber } from '../day-number';
import type { Count, CountClaim } from '../schema';
import { MEASURE_LABELS } from '../vocabulary';
import type { MndRecord } from './mnd-record';
import { RECORD_MEASURES_OF } from './record-measures';
import type { TabulationId } from './record-tabulations';

/** How much of a claim's span a tabulation (or the record) covers. */
export type ClaimCoverage = 'whole' | 'part' | 'none';

/** A claim of a count ("the highest since October 2021") against the record. */
export interface ClaimVerdict {
  readonly claim: CountClaim;
  /** `disagrees` when a day in the record has more; `not-covered` when no day of the span is in it. */
  readonly verdict: 'agrees' | 'disagrees' | 'not-covered';
  readonly coverage: ClaimCoverage;
  readonly tabulations: readonly {
    readonly tabulation: TabulationId;
    readonly coverage: ClaimCoverage;
    /** The first report date of the span this tabulation has. */
    readonly from?: string;
    /** Its highest figure in the span, and the first report with it. */
    readonly highest?: { readonly value: number; readonly date: string };
  }[];
  /** The verdict in words, saying plainly what the record does not cover. */
  readonly text: string;
}

/**
 * Check a `highest-since` claim against the record where the record covers it: no report from
 * `since` up to (not including) `reportDate` may have more than the count for the count's
 * measure. Where a tabulation starts after `since`, only its days are checked, and the text says
 * the record does not reach back that far.
 *
 * @example
 * claimVerdict(count54, record, '2023-04-11').text
 * // → 'No day in the record before 11 April 2023 has more than 54 … (eskim19 from 16 November 2022: at most 45, in the report of 9 April 2023); the record does not reach back to October 2021 …'
 */
export function claimVerdict(count: Count, record: MndRecord, reportDate: string): ClaimVerdict {
  const claim = count.claim!;
  const measure = count.measure ? RECORD_MEASURES_OF[count.measure.kind][0] : undefined;
  const label = count.measure ? MEASURE_LABELS[count.measure.kind] : count.unit;
  const sinceDay = dayNumber(claim.since);
  const reportDay = dayNumber(reportDate);
  const tabulations = record.tabulations.map((t) => {
    let from: string | undefined;
    let highest: { value: number; date: string } | undefined;
    if (measure)
      for (const day of record.days) {
        if (day.day < sinceDay || day.day >= reportDay) continue;
        const value = day.readings.find((r) => r.tabulation === t.id)?.figures[measure];
        if (value === undefined) continue;
        from ??= day.date;
        if (!highest || value > highest.value) highest = { value, date: day.date };
      }
    const coverage: ClaimCoverage = !from
      ? 'none'
      : dayNumber(t.span.first) <= sinceDay
        ? 'whole'
        : 'part';
    return {
      tabulation: t.id,
      coverage,
      ...(from ? { from } : {}),
      ...(highest ? { highest } : {}),
    };
  });
  const covered = tabulations.filter((t) => t.coverage !== 'none');
  const higher = covered.filter((t) => t.highest!.value > count.value);
  const coverage: ClaimCoverage = covered.some((t) => t.coverage === 'whole')
    ? 'whole'
    : covered.length > 0
      ? 'part'
      : 'none';
  const long = (date: string) => formatDateReading({ value: date, precision: 'day' });
  const since = formatDateReading({
    value: claim.since,
    precision: claim.since.length === 10 ? 'day' : claim.since.length === 7 ? 'month' : 'year',
  });
  const each = covered
    .map(
      (t) =>
        `${t.tabulation} from ${long(t.from!)}: at most ${t.highest!.value}, in the report of ${long(t.highest!.date)}`,
    )
    .join('; ');
  const earliest = covered.map((t) => t.from!).sort()[0];
  const reach =
    coverage === 'part'
      ? `; the record does not reach back to ${since} (it starts on ${long(earliest!)}), so the claim is checked from then only`
      : '';
  if (covered.length === 0)
    return {
      claim,
      verdict: 'not-covered',
      coverage,
      tabulations,
      text: `The record cannot check “${claim.words}”: it has no report from ${since} to ${long(reportDate)}.`,
    };
  if (higher.length > 0)
    return {
      claim,
      verdict: 'disagrees',
      coverage,
      tabulations,
      text: `The record has days with more than ${count.value} ${label} since ${since}, before ${long(reportDate)}: ${higher.map((t) => `${t.tabulation}: ${t.highest!.value} in the report of ${long(t.highest!.date)}`).join('; ')}${reach}.`,
    };
  return {
    claim,
    verdict: 'agrees',
    coverage,
    tabulations,
    text: `No day in the record before ${long(reportDate)} has more than ${count.value} ${label} (${each})${reach}.`,
  };
}
