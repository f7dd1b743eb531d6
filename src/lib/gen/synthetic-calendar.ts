import { dayNumber } from '../model/day-number';

/** The first day of synthetic data: 2021-01-01, as days since 1970-01-01 (UTC). */
export const SYNTHETIC_FIRST_DAY = dayNumber('2021-01-01');
/** The last day of synthetic data: 2023-12-31, as days since 1970-01-01 (UTC). */
export const SYNTHETIC_LAST_DAY = dayNumber('2023-12-31');

/**
 * Surges of activity the synthetic calendar weighs up, loosely after real ones (October 2021
 * incursions, the August 2022 drills, Joint Sword in April 2023, August 2023 drills). Only the
 * shape of the data follows them; nothing generated reports them.
 */
const SURGES: readonly { readonly from: string; readonly to: string; readonly factor: number }[] = [
  { from: '2021-10-01', to: '2021-10-04', factor: 4 },
  { from: '2022-08-04', to: '2022-08-10', factor: 6 },
  { from: '2023-04-08', to: '2023-04-10', factor: 6 },
  { from: '2023-08-19', to: '2023-08-19', factor: 4 },
];

/**
 * How likely each day from `SYNTHETIC_FIRST_DAY` to `SYNTHETIC_LAST_DAY` is to carry an
 * incident, relative to the others: a slow rise over the three years, quieter Sundays, and
 * the surges above.
 *
 * @example
 * syntheticDayWeights().length // → 1095
 */
export function syntheticDayWeights(): number[] {
  const weights: number[] = [];
  const span = SYNTHETIC_LAST_DAY - SYNTHETIC_FIRST_DAY;
  for (let day = SYNTHETIC_FIRST_DAY; day <= SYNTHETIC_LAST_DAY; day++) {
    const trend = 1 + 0.6 * ((day - SYNTHETIC_FIRST_DAY) / span);
    // 1970-01-01 was a Thursday, so (day + 4) % 7 is the weekday with Sunday = 0.
    const sunday = (day + 4) % 7 === 0 ? 0.7 : 1;
    const surge = SURGES.find((s) => day >= dayNumber(s.from) && day <= dayNumber(s.to));
    weights.push(trend * sunday * (surge?.factor ?? 1));
  }
  return weights;
}
