/**
 * RecordState's latest report and unusual days: derived from the loaded record (computed with
 * it by loadRecord's model functions), empty before the record is read, grouped by date for the
 * chart; opening an unusual day shows it, and selecting an incident gives the evidence back.
 */
import { describe, expect, it } from 'vitest';
import { readExercisesFile } from '../../../src/lib/data/read-exercises-file';
import { readGeodataFiles } from '../../../src/lib/data/read-geodata-files';
import { describeUnusual } from '../../../src/lib/model/record/describe-unusual';
import { latestReport } from '../../../src/lib/model/record/latest-report';
import type { LoadedRecord } from '../../../src/lib/model/record/loaded-record';
import { recordSeries } from '../../../src/lib/model/record/record-series';
import { unusualDays } from '../../../src/lib/model/record/unusual-days';
import { Dashboard } from '../../../src/lib/state/dashboard.svelte';
import { GEODATA_DIR } from '../../support/geodata';
import { repoRecord } from '../../support/record';

const loaded = (): LoadedRecord => {
  const built = repoRecord();
  const series = recordSeries(built.record);
  return {
    ...built,
    series,
    latest: latestReport(built.record, series)!,
    unusual: unusualDays(series, readExercisesFile(GEODATA_DIR).exercises),
  };
};

describe('RecordState: the latest report and the unusual days', () => {
  it('derives them from the loaded record, and has none before it is read', async () => {
    const dashboard = new Dashboard();
    await dashboard.loading.load(readGeodataFiles(GEODATA_DIR));
    expect(dashboard.record.latestReport).toBeUndefined();
    expect(dashboard.record.unusualDays).toEqual([]);
    await dashboard.record.load(async () => loaded());
    expect(dashboard.record.latestReport?.day.date).toBe('2026-08-22');
    expect(dashboard.record.unusualDays).toHaveLength(41);
    const jointSword = dashboard.record.unusualByDate.get('2024-10-15')!;
    expect(jointSword.map((u) => u.exercise?.name)).toEqual([
      'Joint Sword-2024B',
      'Joint Sword-2024B',
      'Joint Sword-2024B',
    ]);
    expect(describeUnusual(jointSword[0]!)).toBe(
      'Unusual: 153 aircraft (eskim19; 90-day median 15, over 56.5), in Joint Sword-2024B.',
    );
  });

  it('opens an unusual day as a record day; selecting an incident leaves the list', async () => {
    const dashboard = new Dashboard();
    await dashboard.loading.load(readGeodataFiles(GEODATA_DIR));
    await dashboard.record.load(async () => loaded());
    dashboard.showEvidence('unusual');
    expect(dashboard.evidenceView).toBe('unusual');
    dashboard.selectIncident('dm-2023-04-17-pla-aircraft-adiz-54', 'list');
    expect(dashboard.evidenceView).toBe('incident');
    dashboard.openRecordDay('2024-10-15');
    expect(dashboard.evidenceView).toBe('day');
    expect(dashboard.record.openDay?.date).toBe('2024-10-15');
  });
});
