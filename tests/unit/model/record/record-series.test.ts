/**
 * The series the counts panel draws: expected outputs on a small record written out by hand,
 * then the same computations on the shipped record against a plain scan.
 */
import { describe, expect, it } from 'vitest';
import { dayNumber, isoDay } from '../../../../src/lib/model/day-number';
import { buildRecord } from '../../../../src/lib/model/record/build-record';
import { recordSeries } from '../../../../src/lib/model/record/record-series';
import { recordWindowSummary } from '../../../../src/lib/model/record/record-window-summary';
import { createRecordCsv, repoRecord, tabulation } from '../../../support/record';

/** 40 days of eskim19 rows (aircraft = day index + 1), day 10 missing, day 20 empty. */
function createSmallRecord() {
  const first = dayNumber('2023-01-01');
  const rows = Array.from({ length: 40 }, (_, i) => ({
    report_date: isoDay(first + i),
    aircraft: i === 20 ? '' : String(i + 1),
  })).filter((_, i) => i !== 10);
  const madeye = [{ report_date: isoDay(first + 5), aircraft: '99', crossed_median: '3' }];
  return buildRecord({
    files: [
      { file: tabulation('eskim19').file, text: createRecordCsv('eskim19', rows) },
      { file: tabulation('madeye').file, text: createRecordCsv('madeye', madeye) },
    ],
  }).record;
}

describe('recordSeries on a small record', () => {
  const record = createSmallRecord();
  const series = recordSeries(record);
  const aircraft = series.tabulations[0]!.measures['aircraft-detected']!;

  it('spans the record day by day, NaN where a tabulation has no figure (not zero)', () => {
    expect(series.firstDay).toBe(dayNumber('2023-01-01'));
    expect(series.length).toBe(40);
    expect(aircraft.values[0]).toBe(1);
    expect(aircraft.values[10]).toBeNaN();
    expect(aircraft.values[20]).toBeNaN();
    expect(aircraft.values[39]).toBe(40);
    const madeye = series.tabulations[1]!.measures['aircraft-detected']!;
    expect([...madeye.values].filter((x) => !Number.isNaN(x))).toEqual([99]);
    expect(series.tabulations[0]!.measures).not.toHaveProperty('aircraft-entered-adiz');
    expect(series.tabulations[1]!.measures).toHaveProperty('aircraft-entered-adiz');
  });

  it('gives the trailing 30-day median of the days before, without the day itself or missing days', () => {
    // Day 15: days 0–14 without day 10 give 14 figures, fewer than half of 30: no baseline.
    expect(aircraft.median30[15]).toBeNaN();
    // Day 16: days 0–15 without day 10 → figures 1–10 and 12–16 (15 of them), median 8.
    expect(aircraft.median30[16]).toBe(8);
    // Day 35: days 5–34 without days 10 and 20 → 6–10, 12–20, 22–35 (28): median (20 + 22) / 2.
    expect(aircraft.median30[35]).toBe(21);
    expect([...aircraft.median90].every((x) => Number.isNaN(x))).toBe(true);
  });

  it('marks the days where the tabulations disagree', () => {
    expect(series.disagreementDays).toEqual([dayNumber('2023-01-06')]);
  });

  it('sums a window in constant time, from its prefix sums, with the baseline before it', () => {
    const from = series.firstDay + 30;
    const summary = recordWindowSummary(series, { from, to: from + 5 });
    expect(summary.days).toBe(5);
    expect(summary.disagreementDays).toBe(0);
    expect(summary.tabulations[0]!.measures['aircraft-detected']).toEqual({
      days: 5,
      total: 31 + 32 + 33 + 34 + 35,
      mean: 33,
      baseline30: aircraft.median30[30],
      baseline90: NaN,
    });
    expect(summary.tabulations[1]!.measures['aircraft-detected']).toMatchObject({
      days: 0,
      total: 0,
      mean: NaN,
    });
  });

  it('cuts a window to the record, and gives a window outside it nothing', () => {
    const all = recordWindowSummary(series, { from: 0, to: 100_000 });
    expect(all.window).toEqual({ from: series.firstDay, to: series.firstDay + 40 });
    expect(all.tabulations[0]!.measures['aircraft-detected']!.days).toBe(38);
    expect(all.disagreementDays).toBe(1);
    const after = recordWindowSummary(series, {
      from: series.firstDay + 50,
      to: series.firstDay + 60,
    });
    expect(after.days).toBe(0);
    expect(after.tabulations[0]!.measures['aircraft-detected']).toMatchObject({
      days: 0,
      baseline30: NaN,
    });
  });
});

describe('recordSeries on the shipped record', () => {
  const { record } = repoRecord();
  const series = recordSeries(record);
  const eskim = series.tabulations.find((t) => t.tabulation === 'eskim19')!.measures;

  it('spans 16 November 2022 to 22 August 2026, with the 39 disagreement days', () => {
    expect(isoDay(series.firstDay)).toBe('2022-11-16');
    expect(isoDay(series.firstDay + series.length - 1)).toBe('2026-08-22');
    expect(series.disagreementDays).toHaveLength(39);
    expect(eskim['aircraft-detected']!.values[dayNumber('2023-04-11') - series.firstDay]).toBe(91);
  });

  it('gives every window the totals, means and baselines a plain scan gives', () => {
    const scan = (
      measure: 'aircraft-detected' | 'aircraft-median-or-adiz',
      from: number,
      to: number,
    ) => {
      const values = record.days
        .filter((d) => d.day >= from && d.day < to)
        .flatMap((d) => d.readings.filter((r) => r.tabulation === 'eskim19'))
        .map((r) => r.figures[measure]!);
      return { days: values.length, total: values.reduce((a, b) => a + b, 0) };
    };
    const median = (from: number, span: number) => {
      const v = record.days
        .filter((d) => d.day >= from - span && d.day < from)
        .flatMap((d) => d.readings.filter((r) => r.tabulation === 'eskim19'))
        .map((r) => r.figures['aircraft-detected']!)
        .sort((a, b) => a - b);
      const m = v.length >> 1;
      return v.length % 2 ? v[m]! : (v[m - 1]! + v[m]!) / 2;
    };
    for (const [a, b] of [
      ['2023-04-08', '2023-04-12'],
      ['2024-10-01', '2024-11-01'],
      ['2025-12-01', '2026-01-15'],
    ] as const) {
      const from = dayNumber(a);
      const to = dayNumber(b);
      const summary = recordWindowSummary(series, { from, to });
      const t = summary.tabulations.find((x) => x.tabulation === 'eskim19')!.measures;
      for (const m of ['aircraft-detected', 'aircraft-median-or-adiz'] as const) {
        expect(t[m]).toMatchObject(scan(m, from, to));
        expect(t[m]!.mean).toBeCloseTo(scan(m, from, to).total / scan(m, from, to).days, 9);
      }
      expect(t['aircraft-detected']!.baseline30).toBe(median(from, 30));
      expect(t['aircraft-detected']!.baseline90).toBe(median(from, 90));
      expect(summary.disagreementDays).toBe(
        record.days.filter((d) => d.day >= from && d.day < to && d.disagreements.length > 0).length,
      );
    }
  });

  it('holds the Joint Sword days of April 2023 well above the 30-day baseline', () => {
    const summary = recordWindowSummary(series, {
      from: dayNumber('2023-04-08'),
      to: dayNumber('2023-04-12'),
    });
    const aircraft = summary.tabulations[0]!.measures['aircraft-detected']!;
    expect(aircraft).toMatchObject({ days: 4, total: 13 + 71 + 70 + 91, mean: 61.25 });
    expect(aircraft.baseline30).toBeLessThan(20);
  });
});
