import { adizRegionsNamed } from './adiz-regions-named';
import { claimSince } from './claim-since';
import type { Count } from './schema';
import { MEASURE_UNITS } from './vocabulary';

/** A problem with one count's measure or claim: where in the count, and why. */
export interface CountMeasureIssue {
  /** A path inside the count, such as `measure.words`. */
  readonly path: string;
  /** The same path as keys (`['measure', 'words']`), for a caller to place it without parsing. */
  readonly keys: readonly ['measure' | 'claim', string];
  readonly reason: string;
}

/**
 * What is wrong with the measure and the claim of `counts[index]`, against the text of its
 * quote: the measure fits the count's unit; its words occur in the quote; every region it lists
 * is named in its words or the quote; `of` points at another count of the same unit with a value
 * at least this one's; a measure MND reports says how the count's date relates to MND's
 * reporting window (`dated`); a claim's words occur in the quote and say its `since`. Empty when
 * all holds, or when the count has neither.
 *
 * @example
 * countMeasureIssues(counts, 2, 'four warships and 18 aircraft, four of which had passed the southwestern ADIZ')
 * // → [] for { unit: 'aircraft', value: 4, measure: { kind: 'aircraft-median-or-adiz', words: 'had passed the southwestern ADIZ', regions: ['southwest'], of: 1, dated: 'report' } }
 */
export function countMeasureIssues(
  counts: readonly Count[],
  index: number,
  quoteText: string,
): CountMeasureIssue[] {
  const count = counts[index]!;
  const issues: CountMeasureIssue[] = [];
  const add = (part: 'measure' | 'claim', field: string, reason: string) =>
    issues.push({ path: `${part}.${field}`, keys: [part, field], reason });
  const { measure, claim } = count;
  if (measure) {
    const unit = MEASURE_UNITS[measure.kind];
    if (unit !== count.unit)
      add('measure', 'kind', `"${measure.kind}" counts ${unit}, but the count is in ${count.unit}`);
    if (!quoteText.includes(measure.words))
      add('measure', 'words', `"${measure.words}" does not occur in the count's quote`);
    const named = new Set([...adizRegionsNamed(measure.words), ...adizRegionsNamed(quoteText)]);
    for (const region of measure.regions ?? [])
      if (!named.has(region))
        add('measure', 'regions', `the region "${region}" is not named in the words or the quote`);
    if (measure.of !== undefined) {
      const whole = counts[measure.of];
      if (measure.of === index) add('measure', 'of', 'a count cannot be a part of itself');
      else if (!whole)
        add('measure', 'of', `refers to count ${measure.of}, but there are ${counts.length}`);
      else if (whole.unit !== count.unit)
        add('measure', 'of', `count ${measure.of} is in ${whole.unit}, not ${count.unit}`);
      else if (whole.value < count.value)
        add(
          'measure',
          'of',
          `count ${measure.of} (${whole.value}) is smaller than this part (${count.value})`,
        );
    }
    if (measure.kind !== 'troops-taking-part' && measure.dated === undefined)
      add(
        'measure',
        'dated',
        'is required for a measure MND reports: "activity" (the date is the day of the activity) or "report" (the date of MND\'s report)',
      );
  }
  if (claim) {
    if (!quoteText.includes(claim.words))
      add('claim', 'words', `"${claim.words}" does not occur in the count's quote`);
    const since = claimSince(claim.words);
    if (since !== claim.since)
      add(
        'claim',
        'since',
        since === undefined
          ? `"${claim.words}" says no "since" with a full date`
          : `"${claim.words}" says since ${since}, not ${claim.since}`,
      );
  }
  return issues;
}
