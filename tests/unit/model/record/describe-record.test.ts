/** The record in words: a day's figures with their rows, and a window against its baselines. */
import { describe, expect, it } from 'vitest';
import { dayNumber } from '../../../../src/lib/model/day-number';
import {
  describeRecordDay,
  describeWindowMeasure,
  describeWindowSpan,
} from '../../../../src/lib/model/record/describe-record';
import { recordSeries } from '../../../../src/lib/model/record/record-series';
import { recordWindowSummary } from '../../../../src/lib/model/record/record-window-summary';
import { repoRecord } from '../../../support/record';

const { record } = repoRecord();
const series = recordSeries(record);

describe('describeRecordDay', () => {
  it("gives the report's figures and the row each tabulation holds them in", () => {
    const text = describeRecordDay(record.byDate.get('2023-04-11')!);
    expect(text).toMatch(/^Report of 11 April 2023: 91 aircraft, 54 median line\/ADIZ/);
    expect(text).toMatch(/\(eskim19-taiwan-strait-tracker\.csv:\d+\)\.$/);
    expect(text).not.toContain('disagree');
  });

  it('gives both readings where the tabulations disagree, never one of them', () => {
    const day = record.days.find((d) => d.disagreements.includes('aircraft-median-or-adiz'))!;
    const [a, b] = ['eskim19', 'madeye'].map(
      (t) => day.readings.find((r) => r.tabulation === t)!.figures['aircraft-median-or-adiz'],
    );
    const text = describeRecordDay(day);
    expect(text).toContain(`median line/ADIZ eskim19 ${a} ≠ madeye ${b}`);
    expect(text).toContain('madeye-taiwan-strait-monitor.csv:');
    expect(text).toMatch(/The tabulations disagree\.$/);
  });
});

describe('describeWindowMeasure and describeWindowSpan', () => {
  const summary = recordWindowSummary(series, {
    from: dayNumber('2023-04-08'),
    to: dayNumber('2023-04-12'),
  });

  it("gives each tabulation's total and daily mean against the medians before the window", () => {
    const s = summary.tabulations[0]!.measures['aircraft-detected']!;
    expect(describeWindowMeasure(summary, 'aircraft-detected')).toContain(
      `eskim19: ${s.total} in 4 days, ${s.mean.toLocaleString('en', { maximumFractionDigits: 1 })} a day (30-day median before: ${s.baseline30}, 90-day: ${s.baseline90})`,
    );
    expect(describeWindowSpan(summary)).toBe('8 April 2023 – 11 April 2023 (4 days)');
    const one = recordWindowSummary(series, {
      from: dayNumber('2023-04-10'),
      to: dayNumber('2023-04-11'),
    });
    expect(describeWindowSpan(one)).toBe('10 April 2023 – 10 April 2023 (1 day)');
  });

  it('says so when the window misses the record', () => {
    const outside = recordWindowSummary(series, {
      from: dayNumber('2021-01-01'),
      to: dayNumber('2021-02-01'),
    });
    expect(describeWindowSpan(outside)).toBe('the window is outside the record');
    expect(describeWindowMeasure(outside, 'aircraft-detected')).toBe('no figures in the window');
  });
});
