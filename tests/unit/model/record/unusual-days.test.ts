/**
 * Unusual days: the rule on a small record written out by hand (a spike over a flat baseline,
 * a MAD of 0 held back by the floor, missing days left out, too few days, both tabulations
 * merged), against a plain scan of the shipped record, and the shipped exercises named.
 */
import { describe, expect, it } from 'vitest';
import { readExercisesFile } from '../../../../src/lib/data/read-exercises-file';
import { dayNumber, isoDay } from '../../../../src/lib/model/day-number';
import { describeUnusualRule } from '../../../../src/lib/model/record/describe-unusual-rule';
import { recordSeries } from '../../../../src/lib/model/record/record-series';
import { unusualByDate } from '../../../../src/lib/model/record/unusual-by-date';
import { unusualDays } from '../../../../src/lib/model/record/unusual-days';
import { UNUSUAL_MEASURES, UNUSUAL_RULE } from '../../../../src/lib/model/record/unusual-rule';
import { GEODATA_DIR } from '../../../support/geodata';
import { createRecord, repoRecord } from '../../../support/record';

const FIRST = dayNumber('2024-01-01');
const EXERCISE = Object.freeze({
  name: 'Test Exercise',
  start: isoDay(FIRST + 59),
  end: isoDay(FIRST + 59),
  citation: Object.freeze({ publisher: 'P', title: 'T', url: 'https://example.org/t' }),
});

/**
 * 61 days of eskim19: aircraft 10, 12, 14, 10, 12, 14, … (median 12, MAD 2), day 7 missing,
 * 60 on day 59 and 30 on day 60 (above 12 + 4 · 1.4826 · 2 but not above the floor, 12 + 40);
 * official ships 0 (MAD 0) but 6 on day 58 (not above the floor of 8) and 20 on day 59.
 * madeye has days 58 (10 aircraft) and 59 (60): one earlier day, too few for a baseline.
 */
function createSmallRecord() {
  const rows = Array.from({ length: 61 }, (_, i) => ({
    report_date: isoDay(FIRST + i),
    aircraft: i === 59 ? '60' : i === 60 ? '30' : String(10 + 2 * (i % 3)),
    official_ships: i === 58 ? '6' : i === 59 ? '20' : '0',
    navy_ships: '5',
    crossed_median_or_entered_adiz: '0',
  })).filter((_, i) => i !== 7);
  const madeye = [
    { report_date: isoDay(FIRST + 58), aircraft: '10' },
    { report_date: isoDay(FIRST + 59), aircraft: '60' },
  ];
  return createRecord({ eskim19: rows, madeye });
}

describe('unusualDays on a small record', () => {
  const series = Object.freeze(recordSeries(createSmallRecord()));
  const found = unusualDays(series, [EXERCISE]);

  it('flags a figure above median + k · 1.4826 · MAD and the floor, with its baseline and the exercise', () => {
    expect(found.map((u) => `${u.date} ${u.measure}`)).toEqual([
      `${isoDay(FIRST + 59)} aircraft-detected`,
      `${isoDay(FIRST + 59)} official-ships`,
    ]);
    const [aircraft, ships] = found;
    // Days 0–58 without day 7: the 59 days before day 59 within 90, 58 with a figure.
    expect(aircraft!.readings).toEqual([
      { tabulation: 'eskim19', figure: 60, median: 12, mad: 2, threshold: 52, days: 58 },
    ]);
    expect(aircraft!.exercise?.name).toBe('Test Exercise');
    // MAD 0: the floor alone decides (0 + 8); the 6 of day 58 stayed under it.
    expect(ships!.readings[0]).toMatchObject({ figure: 20, median: 0, mad: 0, threshold: 8 });
  });

  it('leaves out a tabulation with too few days before (madeye: 1 of the 45 needed)', () => {
    expect(found.flatMap((u) => u.readings.map((r) => r.tabulation))).not.toContain('madeye');
  });

  it('merges both tabulations into one entry when both flag a report and measure', () => {
    const both = unusualDays(series, [], { ...UNUSUAL_RULE, minDays: 1 });
    const day59 = both.find(
      (u) => u.date === isoDay(FIRST + 59) && u.measure === 'aircraft-detected',
    );
    expect(day59?.readings.map((r) => r.tabulation)).toEqual(['eskim19', 'madeye']);
    expect(day59).not.toHaveProperty('exercise');
  });
});

describe('unusualDays on the shipped record', () => {
  const { record } = repoRecord();
  const series = recordSeries(record);
  const { exercises } = readExercisesFile(GEODATA_DIR);
  const found = unusualDays(series, exercises);

  it('agrees with a plain scan of each series (the window re-sorted for every day)', () => {
    const plain: string[] = [];
    for (const { tabulation: t, measures } of series.tabulations)
      for (const measure of UNUSUAL_MEASURES) {
        const values = measures[measure]!.values;
        for (let i = 0; i < values.length; i++) {
          const window = [...values.slice(Math.max(0, i - 90), i)]
            .filter((x) => !Number.isNaN(x))
            .sort((a, b) => a - b);
          if (Number.isNaN(values[i]!) || window.length < 45) continue;
          const median = med(window);
          const mad = med(window.map((x) => Math.abs(x - median)).sort((a, b) => a - b));
          const threshold = Math.max(
            median + 4 * 1.4826 * mad,
            median + UNUSUAL_RULE.floor[measure],
          );
          if (values[i]! > threshold) plain.push(`${isoDay(series.firstDay + i)} ${measure} ${t}`);
        }
      }
    const ours = found.flatMap((u) =>
      u.readings.map((r) => `${u.date} ${u.measure} ${r.tabulation}`),
    );
    expect(ours.sort()).toEqual(plain.sort());
  });

  it('names the exercise of a report inside one: Joint Sword-2024B on 15 October 2024', () => {
    const jointSword = found.filter((u) => u.exercise?.name === 'Joint Sword-2024B');
    expect(jointSword.map((u) => u.measure)).toContain('aircraft-detected');
    const aircraft = jointSword.find((u) => u.measure === 'aircraft-detected')!;
    expect(aircraft.date).toBe('2024-10-15');
    expect(aircraft.readings[0]).toMatchObject({ tabulation: 'eskim19', figure: 153, median: 15 });
    // Every named exercise shows in the list.
    expect(new Set(found.flatMap((u) => u.exercise?.name ?? []))).toEqual(
      new Set(exercises.map((e) => e.name)),
    );
  });

  it('groups by report date, in date order, for the chart', () => {
    const byDate = unusualByDate(found);
    expect(byDate.get('2024-10-15')?.map((u) => u.measure)).toEqual([
      'aircraft-detected',
      'aircraft-median-or-adiz',
      'official-ships',
    ]);
    expect([...byDate.keys()]).toEqual([...new Set(found.map((u) => u.date))].sort());
  });

  it('lists the 54 of 11 April 2023 (Joint Sword) and is short: 41 entries on 26 report dates', () => {
    expect(
      found.find((u) => u.date === '2023-04-11' && u.measure === 'aircraft-median-or-adiz'),
    ).toMatchObject({ readings: [{ figure: 54 }], exercise: { name: 'Joint Sword' } });
    expect(found).toHaveLength(41);
    expect(new Set(found.map((u) => u.date)).size).toBe(26);
  });

  it('states its rule with k, the window and the floors', () => {
    expect(describeUnusualRule(UNUSUAL_RULE)).toBe(
      "a figure above the median of its tabulation's own reports over the 90 days before (at least 45 of them; missing days left out) by more than 4 × 1.4826 × MAD (median absolute deviation) and by more than 40 aircraft, 30 median line/ADIZ, 10 PLA Navy vessels, 8 official ships",
    );
  });
});

function med(sorted: readonly number[]): number {
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}
