import { describe, expect, it } from 'vitest';
import { incidentsCsv } from '../../../src/lib/import/incidents-csv';
import { parseIncidentCsv } from '../../../src/lib/import/parse-incident-csv';
import { deepFreeze } from '../../../src/lib/model/parse-feature-collection';
import type { Incident } from '../../../src/lib/model/schema';
import { repoModel } from '../../support/geodata';
import { fixture, importSources } from '../../support/import';

const sources = importSources();
const imported = parseIncidentCsv(
  'corroborated.csv',
  fixture('valid/corroborated.csv'),
  sources,
).incidents;

describe('incidentsCsv', () => {
  it('round-trips every shipped incident through the import format unchanged', () => {
    const model = repoModel();
    const back = parseIncidentCsv('export.csv', incidentsCsv(model.incidents), model.sources);
    expect(back.issues).toEqual([]);
    expect(back.incidents).toStrictEqual(model.incidents);
  });

  it('round-trips several sources, readings and figures per incident, and formula-like text', () => {
    expect(imported.length).toBe(2);
    const back = parseIncidentCsv('export.csv', incidentsCsv(imported), sources);
    expect(back.issues).toEqual([]);
    expect(back.incidents).toStrictEqual(imported);
    expect(back.incidents[0]!.properties.note).toBe('=not a formula, kept as text');
  });

  it('keeps reading order when the first reading comes from a later quote', () => {
    const [a] = imported;
    const p = a!.properties;
    const swapped = deepFreeze({
      ...a!,
      properties: { ...p, date: p.otherDates![0]!, otherDates: [p.date] },
    }) as Incident;
    const back = parseIncidentCsv('export.csv', incidentsCsv([swapped]), sources);
    expect(back.issues).toEqual([]);
    expect(back.incidents).toStrictEqual([swapped]);
  });

  it('writes every column on every row, numbers unescaped and formula-like text escaped', () => {
    const [header, first] = incidentsCsv(imported).split('\r\n');
    expect(header!.split(',')).toContain('count_what');
    expect(first).toContain(`"'=not a formula, kept as text"`);
    expect(
      incidentsCsv([{ ...imported[1]!, geometry: { type: 'Point', coordinates: [-12.5, 22] } }]),
    ).toContain(',-12.5,');
  });

  it('writes a header only for no incidents', () => {
    expect(parseIncidentCsv('empty.csv', incidentsCsv([]), sources)).toMatchObject({
      incidents: [],
      issues: [],
    });
  });
});
