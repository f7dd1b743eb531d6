/**
 * The record built from geodata/record/: what each tabulation covers, a day a report with its
 * window, figures absent rather than zero, and the disagreements counted exactly as the shared
 * data's README counts them.
 */
import { describe, expect, it } from 'vitest';
import { formatIssue } from '../../../../src/lib/model/data-issue';
import { buildRecord } from '../../../../src/lib/model/record/build-record';
import { recordDisagreements } from '../../../../src/lib/model/record/record-disagreements';
import { createRecordCsv, repoRecord, tabulation } from '../../../support/record';

const { record, issues } = repoRecord();
const figuresOf = (date: string) =>
  Object.fromEntries(
    record.byDate.get(date)!.readings.map((r) => [r.tabulation, r.figures] as const),
  );

describe('the record of geodata/record/', () => {
  it('loads every row of both tabulations, with no issue', () => {
    expect(issues.map(formatIssue)).toEqual([]);
    expect(record.tabulations.map((t) => [t.id, t.span])).toEqual([
      ['eskim19', { first: '2022-11-16', last: '2026-08-21', days: 1327, missing: 48 }],
      ['madeye', { first: '2025-10-01', last: '2026-08-22', days: 316, missing: 10 }],
    ]);
    expect(record.days).toHaveLength(1327 + 316 - 313);
    expect(record.days.map((d) => d.date)).toEqual(record.days.map((d) => d.date).sort());
  });

  it('counts the disagreements as the shared README does: 39 of 313 days', () => {
    const found = recordDisagreements(record);
    expect(found.daysInCommon).toBe(313);
    expect(found.days).toHaveLength(39);
    expect(found.byMeasure).toEqual({
      'aircraft-detected': 17,
      'aircraft-median-or-adiz': 16,
      'official-ships': 7,
      'navy-vessels': 0,
    });
  });

  it('keeps both readings of a disagreement day, as they are, and flags it', () => {
    const day = record.byDate.get('2026-03-15')!;
    expect(day.disagreements).toEqual(['aircraft-median-or-adiz']);
    expect(figuresOf('2026-03-15')).toMatchObject({
      eskim19: { 'aircraft-median-or-adiz': 0, 'aircraft-detected': 26 },
      madeye: { 'aircraft-median-or-adiz': 16, 'aircraft-detected': 26 },
    });
    expect(record.byDate.get('2026-02-01')!.disagreements).toEqual(['aircraft-detected']);
    expect(figuresOf('2026-02-01')).toMatchObject({
      eskim19: { 'aircraft-detected': 1 },
      madeye: { 'aircraft-detected': 0 },
    });
  });

  it("keeps madeye's entered_adiz as its own reading, outside the disagreement count", () => {
    // 2026-04-01: 11 aircraft entered the southwestern ADIZ, none crossed the median line.
    const day = record.byDate.get('2026-04-01')!;
    expect(figuresOf('2026-04-01')).toMatchObject({
      eskim19: { 'aircraft-median-or-adiz': 0 },
      madeye: { 'aircraft-median-or-adiz': 0, 'aircraft-entered-adiz': 11 },
    });
    expect(day.readings[1]!.regions).toEqual(['southwest']);
    expect(day.disagreements).toEqual([]);
    expect(figuresOf('2026-04-01').eskim19).not.toHaveProperty('aircraft-entered-adiz');
  });

  it('holds the seed article’s days with their windows and provenance', () => {
    const day = record.byDate.get('2023-04-11')!;
    expect(day.window).toEqual({
      start: '2023-04-10T06:00:00+08:00',
      end: '2023-04-11T06:00:00+08:00',
    });
    expect(day.readings).toEqual([
      {
        tabulation: 'eskim19',
        date: '2023-04-11',
        file: 'geodata/record/eskim19-taiwan-strait-tracker.csv',
        line: 136,
        figures: {
          'aircraft-detected': 91,
          'aircraft-median-or-adiz': 54,
          'navy-vessels': 12,
          'official-ships': 0,
        },
      },
    ]);
    expect(figuresOf('2023-04-17').eskim19).toMatchObject({
      'aircraft-detected': 18,
      'navy-vessels': 4,
      'aircraft-median-or-adiz': 0,
    });
  });

  it('gives a day without a row no reading from that tabulation (absent, not zero)', () => {
    const eskimDates = new Set(
      record.days.filter((d) => d.readings.some((r) => r.tabulation === 'eskim19')),
    );
    expect(eskimDates.size).toBe(1327);
    // 2023-04-11 has no madeye row: madeye starts in October 2025.
    expect(record.byDate.get('2023-04-11')!.readings.map((r) => r.tabulation)).toEqual(['eskim19']);
    // eskim19 has no rows for 12 and 13 November 2025, and ends a day before madeye.
    const madeyeOnly = record.days.filter(
      (d) => d.readings.length === 1 && d.readings[0]!.tabulation === 'madeye',
    );
    expect(madeyeOnly.map((d) => d.date)).toEqual(['2025-11-12', '2025-11-13', '2026-08-22']);
  });

  it('finds every madeye window as the rule gives it, and notes the one row it questions', () => {
    expect(
      record.notes.map((n) => `${n.tabulation} ${n.date} line ${n.line}: ${n.reason}`),
    ).toEqual([
      'madeye 2026-08-11 line 309: 2 aircraft-entered-adiz is more than the 0 aircraft detected; kept as written',
    ]);
    for (const day of record.days)
      for (const r of day.readings) if (r.period) expect(r.period).toEqual(day.window);
  });

  it('links every madeye reading to its MND report', () => {
    const madeye = record.days.flatMap((d) => d.readings.filter((r) => r.tabulation === 'madeye'));
    expect(madeye).toHaveLength(316);
    for (const r of madeye)
      expect(r.url).toMatch(/^https:\/\/www\.mnd\.gov\.tw\/news\/plaact\/\d+$/);
  });
});

describe('buildRecord on bad input', () => {
  const file = tabulation('eskim19').file;

  it('names each bad row by file, line and column, and loads the rest', () => {
    const text = createRecordCsv('eskim19', [
      { report_date: '2023-04-10' },
      { report_date: '2023-04-31' },
      { report_date: '2023-04-12', aircraft: '-3' },
      { report_date: '2023-04-13', navy_ships: 'many' },
      { report_date: '2023-04-10', aircraft: '99' },
      { report_date: '2023-04-14' },
    ]);
    const built = buildRecord({ files: [{ file, text }] });
    expect(built.issues.map(formatIssue)).toEqual([
      `${file} › line 3 › report_date: is not a real calendar date`,
      `${file} › line 4 › aircraft: must be a whole number, 0 or more (or empty: not reported)`,
      `${file} › line 5 › navy_ships: must be a whole number, 0 or more (or empty: not reported)`,
      `${file} › line 6 › report_date: 2023-04-10 is given twice (line 2 is kept)`,
    ]);
    expect(built.record.days.map((d) => d.date)).toEqual(['2023-04-10', '2023-04-14']);
    expect(built.record.byDate.get('2023-04-10')!.readings[0]!.figures['aircraft-detected']).toBe(
      10,
    );
  });

  it('reads an empty cell as a figure not reported: absent, not zero', () => {
    const text = createRecordCsv('eskim19', [{ report_date: '2023-04-10', official_ships: '' }]);
    const reading = buildRecord({ files: [{ file, text }] }).record.days[0]!.readings[0]!;
    expect(reading.figures).not.toHaveProperty('official-ships');
    expect(reading.figures['navy-vessels']).toBe(5);
  });

  it('names a missing column and loads nothing of that file; names an unknown one and loads', () => {
    const missing = createRecordCsv('eskim19', [{}]).replace(',official_ships', '');
    expect(buildRecord({ files: [{ file, text: missing }] }).issues.map(formatIssue)).toEqual([
      `${file} › line 1 › official_ships: is missing from the header`,
    ]);
    const extra =
      'balloons,' +
      createRecordCsv('eskim19', [{ report_date: '2023-04-10' }]).replace(/\r\n(?=.)/g, '\r\n0,');
    const built = buildRecord({ files: [{ file, text: extra }] });
    expect(built.issues.map(formatIssue)).toEqual([
      expect.stringMatching(
        new RegExp(`^${file} › line 1 › balloons: is not a column of eskim19's tabulation`),
      ),
    ]);
    expect(built.record.days).toHaveLength(1);
  });

  it('names a row with the wrong number of fields, an unclosed quote, and an unknown file', () => {
    const text =
      createRecordCsv('eskim19', [{ report_date: '2023-04-10' }]) +
      '2023-04-11,1,2\r\n"2023-04-12,1,2,0,0\r\n';
    const built = buildRecord({
      files: [
        { file, text },
        { file: 'geodata/record/other.csv', text },
      ],
    });
    expect(built.issues.map(formatIssue)).toEqual([
      `${file} › line 3: has 3 fields, but the header has 5`,
      `${file} › line 4: a quoted cell is never closed (a " is missing), so the rest of the file is one cell`,
      expect.stringMatching(/^geodata\/record\/other\.csv: is not a tabulation the record knows/),
    ]);
    expect(built.record.days).toHaveLength(1);
  });

  it("checks madeye's cells: regions, the report's address on MND's site, the window", () => {
    const m = tabulation('madeye').file;
    const text = createRecordCsv('madeye', [
      { report_date: '2025-10-01', adiz_regions: 'north west' },
      { report_date: '2025-10-02', source_url: 'https://example.com/report' },
      { report_date: '2025-10-03', period_start: '2025-10-02 06:00' },
      { report_date: '2025-10-04', period_start: '2025-10-03T00:00:00+08:00' },
      { report_date: '2025-10-05', source_url: '' },
    ]);
    const built = buildRecord({ files: [{ file: m, text }] });
    expect(built.issues.map(formatIssue)).toEqual([
      `${m} › line 2 › adiz_regions: must be regions separated by spaces, each one of north, central, southwest, southeast, south, east`,
      `${m} › line 3 › source_url: must be the report’s address on https://www.mnd.gov.tw/ (or empty)`,
      `${m} › line 4 › period_start: must be a date and time as YYYY-MM-DDTHH:MM:SS+08:00`,
    ]);
    expect(built.record.notes.map((n) => `${n.date}: ${n.reason}`)).toEqual([
      "2025-10-04: its window 2025-10-03T00:00:00+08:00 → 2025-10-04T06:00:00+08:00 is not the rule's for the report of 2025-10-04 (2025-10-03T06:00:00+08:00 → 2025-10-04T06:00:00+08:00)",
    ]);
    expect(built.record.byDate.get('2025-10-05')!.readings[0]).not.toHaveProperty('url');
  });
});

describe('the record’s provenance (geodata/record/provenance.json)', () => {
  it('loads with the record: each tabulation’s repository and commit', () => {
    expect(record.provenance!.tabulations.map((t) => [t.id, t.commit])).toEqual([
      ['eskim19', '466b2f5b'],
      ['madeye', 'e2163f81'],
    ]);
  });

  it('names a bad provenance file by file › path, and the record still loads without it', () => {
    const csv = createRecordCsv('madeye', [{ report_date: '2025-10-01' }]);
    const files = [{ file: tabulation('madeye').file, text: csv }];
    const bad = buildRecord({
      files,
      provenance: { file: 'geodata/record/provenance.json', text: '{"tabulations":[{"id":"x"}]}' },
    });
    expect(bad.issues.map(formatIssue)[0]).toMatch(
      /^geodata\/record\/provenance\.json › tabulations\[0\]\.id: must be one of eskim19, madeye/,
    );
    expect(bad.record.provenance).toBeUndefined();
    expect(bad.record.days).toHaveLength(1);
    const broken = buildRecord({
      files,
      provenance: { file: 'geodata/record/provenance.json', text: '{' },
    });
    expect(broken.issues.map(formatIssue)).toEqual([
      expect.stringMatching(/^geodata\/record\/provenance\.json: is not valid JSON/),
    ]);
    expect(broken.record.days).toHaveLength(1);
  });
});
