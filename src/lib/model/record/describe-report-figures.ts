import { formatDateReading } from '../format-date-reading';
import type { RecordDay } from './mnd-record';
import { COMPARED_MEASURES, type ComparedMeasure } from './record-measures';

/** Each of MND's figures as a reader says it after the number. */
const WORDS: Readonly<Record<ComparedMeasure, string>> = {
  'aircraft-detected': 'aircraft in all',
  'aircraft-median-or-adiz': 'crossed the median line or entered the ADIZ',
  'navy-vessels': 'PLA Navy vessels',
  'official-ships': 'official ships',
};

/**
 * The whole report in one sentence, so that a verdict on one figure shows the day around it:
 * MND's four figures, each once where the tabulations agree, and both readings with "≠" (and
 * which tabulation gives which) where they differ. A figure no tabulation gives is left out.
 *
 * @example
 * describeReportFigures(record.byDate.get('2023-04-11'))
 * // → "MND's report of 11 April 2023: 91 aircraft in all, 54 crossed the median line or entered the ADIZ, 12 PLA Navy vessels, 0 official ships."
 */
export function describeReportFigures(day: RecordDay): string {
  const parts = COMPARED_MEASURES.flatMap((measure) => {
    const readings = day.readings.flatMap((r) => {
      const value = r.figures[measure];
      return value === undefined ? [] : [{ tabulation: r.tabulation, value }];
    });
    if (readings.length === 0) return [];
    const values = new Set(readings.map((r) => r.value));
    const figure =
      values.size === 1
        ? readings[0]!.value.toLocaleString('en')
        : readings.map((r) => `${r.value.toLocaleString('en')} (${r.tabulation})`).join(' ≠ ');
    return [`${figure} ${WORDS[measure]}`];
  });
  const date = formatDateReading({ value: day.date, precision: 'day' });
  return `MND's report of ${date}: ${parts.join(', ') || 'no figures'}.`;
}
