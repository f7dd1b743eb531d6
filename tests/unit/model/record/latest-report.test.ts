/**
 * The newest report read against the record: the figure per measure and tabulation, its ratio
 * to its own trailing medians (none from a 0 or missing median), its rank among the
 * tabulation's earlier reports, and the disagreements; on a small record, then the shipped one.
 */
import { describe, expect, it } from 'vitest';
import { dayNumber, isoDay } from '../../../../src/lib/model/day-number';
import { buildRecord } from '../../../../src/lib/model/record/build-record';
import {
  describeFigureRank,
  formatRatio,
} from '../../../../src/lib/model/record/describe-figure-rank';
import { latestReport } from '../../../../src/lib/model/record/latest-report';
import { recordSeries } from '../../../../src/lib/model/record/record-series';
import { createRecord, repoRecord } from '../../../support/record';

const FIRST = dayNumber('2024-01-01');

/**
 * 40 days of eskim19, day 30 missing: aircraft 10 a day, 25 on day 5, 20 on the last day
 * (most since day 5); PLA Navy vessels 6 a day, 3 on day 12, 4 on the last (fewest since day
 * 12); official ships always 0; median line/ADIZ 2 a day. madeye has only the last day, with
 * 21 aircraft (a disagreement) and nothing before it.
 */
function createSmallRecord() {
  const last = 39;
  const rows = Array.from({ length: 40 }, (_, i) => ({
    report_date: isoDay(FIRST + i),
    aircraft: i === 5 ? '25' : i === last ? '20' : '10',
    navy_ships: i === 12 ? '3' : i === last ? '4' : '6',
    official_ships: '0',
    crossed_median_or_entered_adiz: '2',
  })).filter((_, i) => i !== 30);
  const madeye = [
    {
      report_date: isoDay(FIRST + last),
      aircraft: '21',
      crossed_median: '2',
      navy_ships: '4',
      official_ships: '0',
    },
  ];
  return createRecord({ eskim19: rows, madeye });
}

describe('latestReport on a small record', () => {
  const record = createSmallRecord();
  const latest = latestReport(record, Object.freeze(recordSeries(record)))!;
  const of = (tabulation: string, measure: string) =>
    latest.figures.find((f) => f.tabulation === tabulation && f.measure === measure)!;

  it('is the newest report date, with the measures the tabulations disagree on', () => {
    expect(latest.day.date).toBe(isoDay(FIRST + 39));
    expect(latest.disagreements).toEqual(['aircraft-detected']);
  });

  it('gives each figure with its ratio to its tabulation’s own 30- and 90-day medians', () => {
    const aircraft = of('eskim19', 'aircraft-detected');
    expect(aircraft).toMatchObject({ figure: 20, median30: 10, ratio30: 2 });
    // The days before hold 38 figures, fewer than half of 90: no 90-day median, so no ratio.
    expect(aircraft.median90).toBeNaN();
    expect(aircraft).not.toHaveProperty('ratio90');
  });

  it('gives no ratio against a 0 median, and none where the tabulation has no past', () => {
    expect(of('eskim19', 'official-ships')).toMatchObject({ figure: 0, median30: 0 });
    expect(of('eskim19', 'official-ships')).not.toHaveProperty('ratio30');
    const madeye = of('madeye', 'aircraft-detected');
    expect(madeye.median30).toBeNaN();
    expect(madeye).not.toHaveProperty('ratio30');
    expect(madeye.rank).toEqual({ kind: 'first' });
  });

  it('ranks a figure by the last earlier report reaching it, up or down', () => {
    expect(of('eskim19', 'aircraft-detected').rank).toEqual({
      kind: 'most-since',
      since: isoDay(FIRST + 5),
    });
    expect(of('eskim19', 'navy-vessels').rank).toEqual({
      kind: 'fewest-since',
      since: isoDay(FIRST + 12),
    });
    expect(of('eskim19', 'aircraft-median-or-adiz').rank).toEqual({
      kind: 'as-before',
      since: isoDay(FIRST + 38),
    });
  });
});

describe('latestReport on the shipped record', () => {
  const { record } = repoRecord();
  const latest = latestReport(record, recordSeries(record))!;

  it('is MND’s report of 22 August 2026, which only madeye has', () => {
    expect(latest.day.date).toBe('2026-08-22');
    expect(new Set(latest.figures.map((f) => f.tabulation))).toEqual(new Set(['madeye']));
    expect(latest.figures.find((f) => f.measure === 'aircraft-detected')).toMatchObject({
      figure: 3,
      median30: 6,
      ratio30: 0.5,
      rank: { kind: 'fewest-since', since: '2026-08-17' },
    });
  });

  it('is undefined for an empty record', () => {
    const empty = buildRecord({ files: [] }).record;
    expect(latestReport(empty, recordSeries(empty))).toBeUndefined();
  });
});

describe('describeFigureRank and formatRatio', () => {
  it.each([
    [{ kind: 'most-since', since: '2026-06-12' }, 'most since 12 Jun 2026'],
    [{ kind: 'fewest-since', since: '2026-08-17' }, 'fewest since 17 Aug 2026'],
    [{ kind: 'as-before', since: '2026-08-20' }, 'as on 20 Aug 2026'],
    [{ kind: 'most-ever' }, 'most in the record'],
    [{ kind: 'fewest-ever' }, 'fewest in the record'],
    [{ kind: 'first' }, 'first report'],
  ] as const)('%j → %s', (rank, text) => {
    expect(describeFigureRank(rank)).toBe(text);
  });

  it('leaves out the year when it is the report’s', () => {
    expect(describeFigureRank({ kind: 'most-since', since: '2026-06-12' }, '2026')).toBe(
      'most since 12 Jun',
    );
    expect(describeFigureRank({ kind: 'fewest-since', since: '2025-12-30' }, '2026')).toBe(
      'fewest since 30 Dec 2025',
    );
  });

  it('writes a ratio to one decimal, and "—" without one', () => {
    expect(formatRatio(1.917)).toBe('×1.9');
    expect(formatRatio(2)).toBe('×2');
    expect(formatRatio(undefined)).toBe('—');
  });
});
