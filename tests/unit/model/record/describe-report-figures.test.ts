/**
 * A verdict's whole day: MND's report around the figure checked, each figure once where the
 * tabulations agree and both readings where they differ.
 */
import { describe, expect, it } from 'vitest';
import { describeReportFigures } from '../../../../src/lib/model/record/describe-report-figures';
import { repoRecord } from '../../../support/record';

const { record } = repoRecord();

describe('describeReportFigures', () => {
  it('gives the report of 11 April 2023 around the 54: 91 aircraft in all', () => {
    expect(describeReportFigures(record.byDate.get('2023-04-11')!)).toBe(
      "MND's report of 11 April 2023: 91 aircraft in all, 54 crossed the median line or entered the ADIZ, 12 PLA Navy vessels, 0 official ships.",
    );
  });

  it('gives both readings, with their tabulations, where the tabulations disagree', () => {
    expect(describeReportFigures(record.byDate.get('2026-03-15')!)).toBe(
      "MND's report of 15 March 2026: 26 aircraft in all, 0 (eskim19) ≠ 16 (madeye) crossed the median line or entered the ADIZ, 7 PLA Navy vessels, 0 official ships.",
    );
  });
});
