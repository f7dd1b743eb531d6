/**
 * groupIssues: the first issues in full, the rest grouped by file, path shape and reason with
 * their lines or features compressed, in one pass.
 */
import { describe, expect, it } from 'vitest';
import { type DataIssue, formatIssue } from '../../../src/lib/model/data-issue';
import { formatIssueGroup, groupIssues } from '../../../src/lib/model/group-issues';
import { deepFreeze } from '../../../src/lib/model/parse-feature-collection';

const LAT = 'must be a latitude in decimal degrees, between -90 and 90';
const latIssue = (line: number): DataIssue => ({
  file: 'big.csv',
  feature: `line ${line}`,
  path: 'lat',
  reason: LAT,
});

describe('groupIssues', () => {
  it('keeps 20 of 50,000 issues in full and groups the other 49,980 in one line', () => {
    const issues = deepFreeze(Array.from({ length: 50_000 }, (_, i) => latIssue(i + 2)));
    const grouped = groupIssues(issues, { full: 20 });
    expect(grouped.total).toBe(50_000);
    expect(grouped.full).toEqual(issues.slice(0, 20));
    expect(grouped.full.map(formatIssue)[0]).toBe(`big.csv › line 2 › lat: ${LAT}`);
    expect(grouped.groups).toEqual([
      { file: 'big.csv', path: 'lat', reason: LAT, count: 49_980, where: 'lines 22–50,001' },
    ]);
    expect(grouped.groups.map(formatIssueGroup)).toEqual([
      `and 49,980 more: big.csv › lat: ${LAT} (lines 22–50,001)`,
    ]);
  });

  it('groups 50,000 issues of five reasons, each with its own lines, in the order they came', () => {
    const reasons = ['r0', 'r1', 'r2', 'r3', 'r4'];
    const issues = Array.from({ length: 50_000 }, (_, i): DataIssue => ({
      file: 'big.csv',
      feature: `line ${i + 2}`,
      path: `col${i % 5}`,
      reason: reasons[i % 5]!,
    }));
    const { groups } = groupIssues(issues, { full: 20 });
    expect(groups.map((g) => [g.path, g.reason, g.count])).toEqual(
      reasons.map((r, k) => [`col${k}`, r, 9_996]),
    );
    expect(groups[0]!.where).toBe('lines 22, 27, 32, 37, 42, 47, 52, …, 49,997');
  });

  it('groups by file and reason, and by path with its indices as [*]', () => {
    const issues: DataIssue[] = [
      {
        file: 'a.geojson',
        feature: 'features[7] (id "x")',
        path: 'geometry.coordinates[0][4]',
        reason: 'R',
      },
      { file: 'a.geojson', feature: 'features[9]', path: 'geometry.coordinates[2]', reason: 'R' },
      {
        file: 'a.geojson',
        feature: 'features[12]',
        path: 'geometry.coordinates[0][1]',
        reason: 'R',
      },
      {
        file: 'a.geojson',
        feature: 'features[13]',
        path: 'geometry.coordinates[0][1]',
        reason: 'R',
      },
      {
        file: 'a.geojson',
        feature: 'features[14]',
        path: 'geometry.coordinates[0][1]',
        reason: 'R',
      },
      {
        file: 'b.geojson',
        feature: 'features[1]',
        path: 'geometry.coordinates[0][1]',
        reason: 'R',
      },
      {
        file: 'a.geojson',
        feature: 'features[3]',
        path: 'geometry.coordinates[0][1]',
        reason: 'S',
      },
      { file: 'a.geojson', reason: 'has no features' },
    ];
    const { full, groups } = groupIssues(issues, { full: 0 });
    expect(full).toEqual([]);
    expect(groups.map(formatIssueGroup)).toEqual([
      'and 4 more: a.geojson › geometry.coordinates[*][*]: R (features 7, 12–14)',
      'and 1 more: a.geojson › geometry.coordinates[2]: R (feature 9)',
      'and 1 more: b.geojson › geometry.coordinates[0][1]: R (feature 1)',
      'and 1 more: a.geojson › geometry.coordinates[0][1]: S (feature 3)',
      'and 1 more: a.geojson: has no features',
    ]);
  });

  it('shows a path that differs only by index once, with [*]', () => {
    const issues: DataIssue[] = [4, 0, 2].map((q, i) => ({
      file: 'incidents.geojson',
      feature: ['dm-a', 'dm-b', 'dm-c'][i]!,
      path: `properties.quotes[${q}].start`,
      reason: 'is past the end of the source text',
    }));
    expect(groupIssues(issues, { full: 0 }).groups).toEqual([
      {
        file: 'incidents.geojson',
        path: 'properties.quotes[*].start',
        reason: 'is past the end of the source text',
        count: 3,
        where: 'dm-a, dm-b, dm-c',
      },
    ]);
  });

  it('names three features by id and counts the others', () => {
    const issues = Array.from({ length: 1_000 }, (_, i): DataIssue => ({
      file: 'x.geojson',
      feature: `inc-${i}`,
      reason: 'R',
    }));
    expect(groupIssues(issues, { full: 0 }).groups[0]!.where).toBe(
      'inc-0, inc-1, inc-2 and 997 others',
    );
  });

  it('compresses lines that came out of order, as a later check reports them', () => {
    const issues = [30, 31, 7, 9, 12, 13, 14, 8].map(latIssue);
    expect(groupIssues(issues, { full: 0 }).groups[0]!.where).toBe('lines 7–9, 12–14, 30–31');
  });

  it('groups nothing when every issue fits in full', () => {
    const issues = [2, 3, 4].map(latIssue);
    expect(groupIssues(issues)).toEqual({ total: 3, full: issues, groups: [] });
  });
});
