import type { UnusualRule } from './unusual-rule';

/**
 * The rule for unusual days in one sentence, as the README, the panel's details and
 * `npm run record -- --unusual` state it.
 *
 * @example
 * describeUnusualRule(UNUSUAL_RULE)
 * // → 'a figure above the median of its tabulation's own reports over the 90 days before (at least 45 of them; missing days left out) by more than 4 × 1.4826 × MAD (median absolute deviation) and by more than 40 aircraft, 30 median line/ADIZ, 10 PLA Navy vessels, 8 official ships'
 */
export function describeUnusualRule(rule: UnusualRule): string {
  const f = rule.floor;
  return (
    `a figure above the median of its tabulation's own reports over the ${rule.window} days before ` +
    `(at least ${rule.minDays} of them; missing days left out) by more than ${rule.k} × 1.4826 × MAD ` +
    `(median absolute deviation) and by more than ${f['aircraft-detected']} aircraft, ` +
    `${f['aircraft-median-or-adiz']} median line/ADIZ, ${f['navy-vessels']} PLA Navy vessels, ` +
    `${f['official-ships']} official ships`
  );
}
