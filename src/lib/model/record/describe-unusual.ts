import type { UnusualDay } from './unusual-days';

/** The measures in a few words, as the unusual days are read aloud. */
const SHORT: Readonly<Record<UnusualDay['measure'], string>> = {
  'aircraft-detected': 'aircraft',
  'aircraft-median-or-adiz': 'median line/ADIZ',
  'navy-vessels': 'PLA Navy vessels',
  'official-ships': 'official ships',
};

const number = (x: number) => x.toLocaleString('en', { maximumFractionDigits: 1 });

/**
 * An unusual day's measure in one sentence (the chart's mark and its day read aloud): each
 * flagging tabulation's figure against its 90-day median, and the named exercise.
 *
 * @example
 * describeUnusual(unusual) // → 'Unusual: 153 aircraft (eskim19; 90-day median 15, over 56.5), in Joint Sword-2024B.'
 */
export function describeUnusual(u: UnusualDay): string {
  const readings = u.readings
    .map(
      (r) =>
        `${number(r.figure)} ${SHORT[u.measure]} (${r.tabulation}; 90-day median ${number(r.median)}, over ${number(r.threshold)})`,
    )
    .join('; ');
  return `Unusual: ${readings}${u.exercise ? `, in ${u.exercise.name}` : ''}.`;
}
