/**
 * The record's freshness: its span, each tabulation's commit and when it was read, and the age
 * of its newest report on the reader's clock (whole days in the reader's zone; stale past 2).
 */
import { describe, expect, it } from 'vitest';
import { buildRecord } from '../../../../src/lib/model/record/build-record';
import { recordFreshness } from '../../../../src/lib/model/record/record-freshness';
import { shortDay } from '../../../../src/lib/model/short-day';
import { createRecordCsv, repoRecord, tabulation } from '../../../support/record';

const { record } = repoRecord();
/** Noon of that day on the reader's clock (the runtime's zone): the day is never in doubt. */
const at = (iso: string, hour = 12) => {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return new Date(y, m - 1, d, hour);
};

describe('recordFreshness', () => {
  it('gives the span, 22 August 2026 as the newest report, and 103 days old as on 3 December 2026', () => {
    const f = recordFreshness(record, at('2026-12-03'))!;
    expect([f.first, f.last, f.today, f.age, f.stale]).toEqual([
      '2022-11-16',
      '2026-08-22',
      '2026-12-03',
      103,
      true,
    ]);
    expect(f.tabulations.map((t) => [t.id, t.span.first, t.span.last, t.age])).toEqual([
      ['eskim19', '2022-11-16', '2026-08-21', 104],
      ['madeye', '2025-10-01', '2026-08-22', 103],
    ]);
  });

  it('counts whole days on the reader’s calendar: 0 today, 2 not stale, 3 stale', () => {
    const ages = ['2026-08-22', '2026-08-24', '2026-08-25'].map((d) => {
      const f = recordFreshness(record, at(d))!;
      return [f.age, f.stale];
    });
    expect(ages).toEqual([
      [0, false],
      [2, false],
      [3, true],
    ]);
    // Just after midnight and just before it are the same day's age.
    expect(recordFreshness(record, at('2026-08-25', 0))!.age).toBe(3);
    expect(recordFreshness(record, new Date(2026, 7, 24, 23, 59))!.age).toBe(2);
  });

  it('names each commit, its date, and that the first conversion did not record when it was read', () => {
    const f = recordFreshness(record, at('2026-12-03'))!;
    expect(f.tabulations.map((t) => t.source)).toEqual([
      {
        repository: 'https://github.com/eskim19/taiwan-strait-tracker',
        commit: '466b2f5b',
        shortCommit: '466b2f5b',
        commitUrl: 'https://github.com/eskim19/taiwan-strait-tracker/commit/466b2f5b',
        committed: '2026-08-22',
        note: expect.stringMatching(/^Converted by hand/),
      },
      {
        repository: 'https://github.com/madeye/taiwan-strait-monitor',
        commit: 'e2163f81',
        shortCommit: 'e2163f81',
        commitUrl: 'https://github.com/madeye/taiwan-strait-monitor/commit/e2163f81',
        committed: '2026-08-22',
        note: expect.stringMatching(/^Converted by hand/),
      },
    ]);
  });

  it('shows a full commit short, keeps when it was read, and links no repository off GitHub', () => {
    const commit = 'a'.repeat(40);
    const provenance = JSON.stringify({
      tabulations: [
        {
          id: 'madeye',
          repository: '/srv/mirror/taiwan-strait-monitor',
          commit,
          committed: '2026-12-01T09:30:00+08:00',
          read: '2026-12-02T06:00:00Z',
          files: [],
          csv: { file: tabulation('madeye').file, sha256: 'b'.repeat(64), rows: 1 },
        },
      ],
    });
    const built = buildRecord({
      files: [
        {
          file: tabulation('madeye').file,
          text: createRecordCsv('madeye', [{ report_date: '2026-12-02' }]),
        },
      ],
      provenance: { file: 'geodata/record/provenance.json', text: provenance },
    });
    expect(built.issues).toEqual([]);
    const [t] = recordFreshness(built.record, at('2026-12-03'))!.tabulations;
    expect(t!.source).toEqual({
      repository: '/srv/mirror/taiwan-strait-monitor',
      commit,
      shortCommit: 'aaaaaaaa',
      committed: '2026-12-01T09:30:00+08:00',
      read: '2026-12-02T06:00:00Z',
    });
    expect(t!.age).toBe(1);
  });

  it('has no provenance to give without the file, and nothing for an empty record', () => {
    const csv = createRecordCsv('madeye', [{ report_date: '2026-12-02' }]);
    const built = buildRecord({ files: [{ file: tabulation('madeye').file, text: csv }] });
    expect(recordFreshness(built.record, at('2026-12-03'))!.tabulations[0]!.source).toBeUndefined();
    expect(recordFreshness(buildRecord({ files: [] }).record, at('2026-12-03'))).toBeUndefined();
  });
});

describe('shortDay', () => {
  it('writes a day as 22 Aug 2026', () => {
    expect(shortDay('2026-08-22')).toBe('22 Aug 2026');
    expect(shortDay('2023-04-07')).toBe('7 Apr 2023');
  });
});
