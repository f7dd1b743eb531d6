import { resolveDateExpression } from './resolve-date-expression';

/**
 * The date a "since …" claim runs from, read from its words by the `explicit` date rule (the
 * words carry the year): "the highest number recorded in a single day since October 2021" →
 * `2021-10`. `undefined` when the words say no "since" with a full date.
 *
 * @example
 * claimSince('the highest number recorded in a single day since October 2021') // → '2021-10'
 * claimSince('the highest since January') // → undefined (no year)
 */
export function claimSince(words: string): string | undefined {
  const after = /\bsince\s+(.+)$/i.exec(words)?.[1];
  if (after === undefined) return undefined;
  // The explicit rule does not look at the publication day.
  return resolveDateExpression('explicit', after, '9999-12-31')?.value;
}
