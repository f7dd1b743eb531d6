/**
 * RecordState: read once after the map's first idle, the verdicts on the selected incident's
 * counts, the time window's summary, the opened record day, and a failed read reported as an
 * issue while the rest of the dashboard keeps working.
 */
import { describe, expect, it } from 'vitest';
import { dayNumber } from '../../../src/lib/model/day-number';
import type { LoadedRecord } from '../../../src/lib/model/record/loaded-record';
import { recordSeries } from '../../../src/lib/model/record/record-series';
import { Dashboard } from '../../../src/lib/state/dashboard.svelte';
import { readGeodataFiles } from '../../../src/lib/data/read-geodata-files';
import { GEODATA_DIR } from '../../support/geodata';
import { repoRecord } from '../../support/record';

const loaded = (): LoadedRecord => {
  const built = repoRecord();
  return { ...built, series: recordSeries(built.record) };
};
const ADIZ_54 = 'dm-2023-04-17-pla-aircraft-adiz-54';
const MND_17 = 'dm-2023-04-17-taiwan-mnd-warships-aircraft';

async function createDashboard(now?: string): Promise<Dashboard> {
  const dashboard = new Dashboard(now ? { now: () => now } : {});
  await dashboard.loading.load(readGeodataFiles(GEODATA_DIR));
  return dashboard;
}

describe('RecordState', () => {
  it('waits, then reads the record once however often load is called', async () => {
    const dashboard = await createDashboard();
    expect(dashboard.record.status).toBe('waiting');
    expect(dashboard.record.verdictsOf(ADIZ_54)).toEqual([]);
    let reads = 0;
    const read = async () => {
      reads++;
      return loaded();
    };
    await Promise.all([dashboard.record.load(read), dashboard.record.load(read)]);
    await dashboard.record.load(read);
    expect(reads).toBe(1);
    expect(dashboard.record.status).toBe('ready');
    expect(dashboard.record.loaded!.series.length).toBeGreaterThanOrEqual(1300);
  });

  it("sets the selected incident's counts against the record", async () => {
    const dashboard = await createDashboard();
    await dashboard.record.load(async () => loaded());
    const [v54] = dashboard.record.verdictsOf(ADIZ_54);
    expect(v54!.verdict).toBe('agrees');
    expect(v54!.report!.date).toBe('2023-04-11');
    expect(dashboard.record.verdictsOf(MND_17).map((v) => v.verdict)).toEqual([
      'agrees',
      'agrees',
      'disagrees',
    ]);
    expect(dashboard.record.verdictsOf('no-such-incident')).toEqual([]);
    expect(dashboard.record.verdictsOf(undefined)).toEqual([]);
  });

  it("summarises the time window, and the record's whole span without one", async () => {
    const dashboard = await createDashboard();
    expect(dashboard.record.windowSummary).toBeUndefined();
    await dashboard.record.load(async () => loaded());
    const whole = dashboard.record.windowSummary!;
    expect(whole.days).toBe(dashboard.record.loaded!.series.length);
    dashboard.setTimeWindow({ from: dayNumber('2023-04-08'), to: dayNumber('2023-04-12') });
    const window = dashboard.record.windowSummary!;
    expect(window.days).toBe(4);
    const eskim = window.tabulations.find((t) => t.tabulation === 'eskim19')!;
    expect(eskim.measures['aircraft-detected']!.days).toBe(4);
    expect(eskim.measures['aircraft-detected']!.total).toBeGreaterThan(91);
  });

  it('collects witnesses by report date from the shown incidents', async () => {
    const dashboard = await createDashboard();
    const of11 = dashboard.record.witnesses.get('2023-04-11') ?? [];
    expect(of11.map((w) => w.count.value)).toContain(54);
  });

  it('opens a record day in the right-hand column, and knows a date the record lacks', async () => {
    const dashboard = await createDashboard();
    await dashboard.record.load(async () => loaded());
    dashboard.openRecordDay('2023-04-11');
    expect(dashboard.evidenceView).toBe('day');
    expect(dashboard.record.openDay!.readings.length).toBeGreaterThan(0);
    dashboard.selectIncident(ADIZ_54, 'list');
    expect(dashboard.evidenceView).toBe('incident');
    dashboard.openRecordDay('2021-10-04');
    expect(dashboard.record.openDate).toBe('2021-10-04');
    expect(dashboard.record.openDay).toBeUndefined();
  });

  it('reports a failed read as an issue and leaves the model as it was', async () => {
    const dashboard = await createDashboard();
    const before = dashboard.model;
    await dashboard.record.load(async () => {
      throw new Error('HTTP 404');
    });
    expect(dashboard.record.status).toBe('failed');
    expect(dashboard.record.issues).toEqual([
      expect.objectContaining({
        file: 'geodata/record/',
        reason: expect.stringContaining('HTTP 404'),
      }),
    ]);
    expect(dashboard.model).toBe(before);
    expect(dashboard.record.verdictsOf(ADIZ_54)).toEqual([]);
  });

  it('says how fresh the record is on the clock it is given', async () => {
    const dashboard = await createDashboard('2026-12-03T12:00:00+08:00');
    expect(dashboard.record.freshness).toBeUndefined();
    await dashboard.record.load(async () => loaded());
    const f = dashboard.record.freshness!;
    expect([f.last, f.stale]).toEqual(['2026-08-22', true]);
    expect(f.age).toBeGreaterThanOrEqual(102);
    expect(f.age).toBeLessThanOrEqual(104);
    const current = await createDashboard('2026-08-23T12:00:00+08:00');
    await current.record.load(async () => loaded());
    expect(current.record.freshness!.stale).toBe(false);
  });

  it('gives the map the open day’s regions while it is in view, else the window’s, else none', async () => {
    const dashboard = await createDashboard();
    await dashboard.record.load(async () => loaded());
    expect(dashboard.record.regionReports).toBeUndefined();
    dashboard.setTimeWindow({ from: dayNumber('2026-03-01'), to: dayNumber('2026-04-01') });
    const month = dashboard.record.regionReports!;
    expect(month.reports).toBeGreaterThan(20);
    dashboard.openRecordDay('2026-03-15');
    expect(dashboard.record.regionReports!.reports).toBe(1);
    expect(dashboard.record.regionReports!.byRegion).toMatchObject({
      north: 1,
      central: 1,
      southwest: 1,
      southeast: 0,
    });
    dashboard.showEvidence('incident');
    expect(dashboard.record.regionReports).toEqual(month);
  });
});
