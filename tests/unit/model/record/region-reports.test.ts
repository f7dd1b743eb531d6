/**
 * The ADIZ regions named by the reports of a day or a window, as madeye lists them: each region
 * with its count of reports, out of the window's madeye reports.
 */
import { describe, expect, it } from 'vitest';
import { dayNumber } from '../../../../src/lib/model/day-number';
import { formatIssue } from '../../../../src/lib/model/data-issue';
import { buildRecord } from '../../../../src/lib/model/record/build-record';
import { regionReports } from '../../../../src/lib/model/record/region-reports';
import { repoRecord } from '../../../support/record';

const { record, issues } = repoRecord();
const days = (from: string, to: string) => ({ from: dayNumber(from), to: dayNumber(to) });

describe('regionReports', () => {
  it('gives one report’s regions: 15 March 2026 names north, central and southwest', () => {
    const r = regionReports(record, days('2026-03-15', '2026-03-16'));
    expect(r).toEqual({
      tabulations: ['madeye'],
      reports: 1,
      named: 1,
      byRegion: { north: 1, central: 1, southwest: 1, southeast: 0, south: 0, east: 0 },
      max: 1,
    });
  });

  it('counts a window’s reports by region, each report once for each region it names', () => {
    // 1–3 October 2025: "north southwest southeast", "north southwest", and the third row.
    const r = regionReports(record, days('2025-10-01', '2025-10-04'));
    const rows = [1, 2, 3].map((d) => record.byDate.get(`2025-10-0${d}`)!.readings.at(-1)!);
    expect(r.reports).toBe(3);
    for (const region of ['north', 'southwest', 'southeast'] as const)
      expect(r.byRegion[region]).toBe(rows.filter((x) => x.regions?.includes(region)).length);
    expect(r.byRegion.north).toBeGreaterThanOrEqual(2);
  });

  it('has no reports before madeye begins (1 October 2025): eskim19 does not list regions', () => {
    const r = regionReports(record, days('2023-04-01', '2023-05-01'));
    expect(r.reports).toBe(0);
    expect(r.max).toBe(0);
  });

  it('covers the whole of madeye over its whole span', () => {
    const r = regionReports(record, days('2022-01-01', '2027-01-01'));
    expect(r.reports).toBe(316);
    // 73 rows of madeye name no region.
    expect(r.named).toBe(316 - 73);
    expect(r.max).toBe(r.byRegion.southwest);
  });
});

describe('the regions’ shapes (geodata/regions/adiz-regions.geojson)', () => {
  it('load with the record, one schematic shape a region MND names but south', () => {
    expect(issues.map(formatIssue)).toEqual([]);
    expect(record.regionShapes!.map((f) => [f.id, f.properties.precision])).toEqual([
      ['north', 'schematic'],
      ['central', 'schematic'],
      ['southwest', 'schematic'],
      ['southeast', 'schematic'],
      ['east', 'schematic'],
    ]);
  });

  it('names a shape that is not a region, and keeps the others', () => {
    const shape = (id: string) => ({
      type: 'Feature',
      id,
      geometry: { type: 'Point', coordinates: [120, 24] },
      properties: { id, name: id, kind: 'adiz-sector', precision: 'exact', source: 'test' },
    });
    const text = JSON.stringify({
      type: 'FeatureCollection',
      features: [shape('north'), shape('west')],
    });
    const built = buildRecord({
      files: [],
      regions: { file: 'geodata/regions/adiz-regions.geojson', text },
    });
    expect(built.issues.map(formatIssue)).toEqual([
      'geodata/regions/adiz-regions.geojson › west: is not an ADIZ region (north, central, southwest, southeast, south, east)',
    ]);
    expect(built.record.regionShapes!.map((f) => f.id)).toEqual(['north']);
  });
});
