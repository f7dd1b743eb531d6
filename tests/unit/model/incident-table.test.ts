import { describe, expect, expectTypeOf, it } from 'vitest';
import { boxReadEntry } from '../../../src/lib/model/box-read';
import { FLAG_BOX_READ, FLAG_DRAFT } from '../../../src/lib/model/incident-columns';
import type { IncidentEntry } from '../../../src/lib/model/incident-entry';
import { boxReadTable, incidentTable } from '../../../src/lib/model/incident-table';
import type { Incident } from '../../../src/lib/model/schema';
import { createBoxRead } from '../../support/create';
import { repoModel } from '../../support/geodata';

const model = repoModel();

describe('incidentTable', () => {
  const table = incidentTable(model);

  it('is a model incident itself for every row, no copy', () => {
    expectTypeOf<Incident>().toExtend<IncidentEntry>();
    expect(table.columns.size).toBe(model.incidents.length);
    model.incidents.forEach((incident, row) => {
      expect(table.entryAt(row)).toBe(incident);
      expect(table.rowOf(incident.id)).toBe(row);
    });
    expect(table.boxReadFile).toBeUndefined();
  });

  it('finds an incident with its flags, and nothing for an unknown id', () => {
    const drafts = incidentTable({ ...model, draftIds: new Set([model.incidents[3]!.id]) });
    const found = drafts.find(model.incidents[3]!.id)!;
    expect(found.entry).toBe(model.incidents[3]);
    expect(found.row).toBe(3);
    expect(found.flags & FLAG_DRAFT).toBe(FLAG_DRAFT);
    expect(table.rowOf('no-such-incident')).toBe(-1);
    expect(table.find('no-such-incident')).toBeUndefined();
  });
});

describe('boxReadTable', () => {
  const base = incidentTable(model);
  const strait = { west: 118, south: 20, east: 123, north: 27 };
  const read = createBoxRead(strait);
  const table = boxReadTable(base, read, 'datasets/x/incidents.fgb');
  const inBox = model.incidents.filter(
    ({
      geometry: {
        coordinates: [lon, lat],
      },
    }) => {
      return (
        lon! >= strait.west && lon! <= strait.east && lat! >= strait.south && lat! <= strait.north
      );
    },
  );

  it('holds the rows read and the model’s incidents in the same box, in date order', () => {
    expect(inBox.length).toBeGreaterThan(0);
    expect(inBox.length).toBeLessThan(model.incidents.length);
    expect(table.columns.size).toBe(read.columns.size + inBox.length);
    // The file's rows are dated 1970, before the article's: they come first.
    expect(table.columns.ids).toEqual([...read.columns.ids, ...inBox.map((i) => i.id)]);
    const days = [...table.columns.day];
    expect(days).toEqual([...days].sort((a, b) => a - b));
    expect(table.boxReadFile).toBe('datasets/x/incidents.fgb');
  });

  it('gives a model row its incident and a file row its entry, built once', () => {
    const modelRow = table.rowOf(inBox[0]!.id);
    expect(table.entryAt(modelRow)).toBe(inBox[0]);
    expect(table.columns.flags[modelRow]! & FLAG_BOX_READ).toBe(0);
    const fileRow = table.rowOf('f3');
    expect(table.entryAt(fileRow)).toEqual(boxReadEntry(read, 2));
    expect(table.entryAt(fileRow)).toBe(table.entryAt(fileRow));
    expect(table.columns.flags[fileRow]! & FLAG_BOX_READ).toBe(FLAG_BOX_READ);
  });

  it('still finds a model incident outside the box, off the rows, so a selection holds', () => {
    const outside = model.incidents.find((i) => !inBox.includes(i))!;
    expect(table.rowOf(outside.id)).toBe(-1);
    expect(table.find(outside.id)).toEqual({ entry: outside, row: -1, flags: expect.any(Number) });
    expect(table.find('f1')).toMatchObject({ row: 0, entry: { id: 'f1' } });
    expect(table.find('no-such-incident')).toBeUndefined();
  });
});
