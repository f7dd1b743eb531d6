import type { ComparedMeasure } from './record-measures';

/**
 * The rule for an unusual day: a tabulation's figure of a measure stands out when it is above
 * the median of that tabulation's figures over the `window` calendar days before the report
 * (days without a figure left out, never read as 0; at least `minDays` of them) by more than
 * `k` scaled median absolute deviations (1.4826 · MAD, a robust standard deviation) and by more
 * than the measure's `floor` (so that a small number after a run of 0s, where the MAD is 0, is
 * not "unusual").
 */
export interface UnusualRule {
  readonly window: number;
  readonly minDays: number;
  readonly k: number;
  readonly floor: Readonly<Record<ComparedMeasure, number>>;
}

/**
 * The rule the dashboard and `npm run record -- --unusual` use (README, "The record"). k and
 * the floors were chosen by reading the list: with them it is 41 entries on 26 report dates,
 * 22 of them inside the five named exercises and the rest surges (September 2023, July and
 * December 2024, March 2025); k = 4 with floors half as high listed 174, mostly noise.
 */
export const UNUSUAL_RULE: UnusualRule = {
  window: 90,
  minDays: 45,
  k: 4,
  floor: {
    'aircraft-detected': 40,
    'aircraft-median-or-adiz': 30,
    'navy-vessels': 10,
    'official-ships': 8,
  },
};

/** The measures looked at, in the record's order: MND's four figures both tabulations read. */
export const UNUSUAL_MEASURES = [
  'aircraft-detected',
  'aircraft-median-or-adiz',
  'navy-vessels',
  'official-ships',
] as const satisfies readonly ComparedMeasure[];
