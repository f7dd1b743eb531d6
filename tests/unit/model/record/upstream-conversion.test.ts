/**
 * The upstream formats turned into the shipped CSVs: the real excerpts of eskim19's
 * tension.json and madeye's daily files give exactly the shipped rows; the shipped rows written
 * back give the shipped CSVs byte for byte; a figure not reported is an empty cell, never 0; a
 * bad upstream row is refused and named `file › row › field: reason`.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { formatIssue } from '../../../../src/lib/model/data-issue';
import { recordCsvText } from '../../../../src/lib/model/record/record-csv-text';
import { upstreamEskim19 } from '../../../../src/lib/model/record/upstream-eskim19';
import { upstreamMadeye } from '../../../../src/lib/model/record/upstream-madeye';
import { GEODATA_DIR } from '../../../support/geodata';
import { tabulation } from '../../../support/record';
import { eskim19Json, madeyeJson, shippedRows } from '../../../support/upstream';

const FIXTURES = fileURLToPath(new URL('../../../fixtures/upstream', import.meta.url));
const TENSION = 'docs/data/tension.json';
const shipped = { eskim19: shippedRows('eskim19'), madeye: shippedRows('madeye') };
const rowsOn = (id: 'eskim19' | 'madeye', dates: readonly string[]) =>
  shipped[id].filter((r) => dates.includes(r.report_date!));

describe('the real upstream formats', () => {
  it('eskim19’s tension.json (47 records) gives the shipped rows of those days', () => {
    const text = readFileSync(join(FIXTURES, 'eskim19-taiwan-strait-tracker', TENSION), 'utf8');
    const converted = upstreamEskim19(TENSION, text);
    expect(converted.failures).toEqual([]);
    expect(converted.refused).toEqual([]);
    expect(converted.rows).toHaveLength(47);
    expect(converted.rows).toEqual(
      rowsOn(
        'eskim19',
        converted.rows.map((r) => r.report_date!),
      ),
    );
    expect(converted.rows.find((r) => r.report_date === '2026-03-15')).toEqual({
      report_date: '2026-03-15',
      aircraft: '26',
      navy_ships: '7',
      official_ships: '0',
      crossed_median_or_entered_adiz: '0',
    });
  });

  it('madeye’s daily files (8) give the shipped rows of those days, regions in the file’s order', () => {
    const dir = join(FIXTURES, 'madeye-taiwan-strait-monitor', 'data', 'daily');
    const files = readdirSync(dir)
      .sort()
      .map((f) => ({ path: `data/daily/${f}`, text: readFileSync(join(dir, f), 'utf8') }));
    const converted = upstreamMadeye(files);
    expect(converted.failures).toEqual([]);
    expect(converted.refused).toEqual([]);
    expect(converted.rows).toHaveLength(8);
    expect(converted.rows).toEqual(
      rowsOn(
        'madeye',
        files.map((f) => f.path.slice(11, 21)),
      ),
    );
    expect(converted.rows.find((r) => r.report_date === '2026-03-16')?.adiz_regions).toBe('');
    expect(converted.rows.find((r) => r.report_date === '2026-03-15')?.adiz_regions).toBe(
      'north central southwest',
    );
  });
});

describe('recordCsvText', () => {
  it.each(['eskim19', 'madeye'] as const)(
    'writes the shipped %s rows back as the shipped CSV, byte for byte (CRLF, date order)',
    (id) => {
      const text = readFileSync(join(GEODATA_DIR, '..', tabulation(id).file), 'utf8');
      expect(recordCsvText(tabulation(id), [...shipped[id]].reverse())).toBe(text);
    },
  );

  it('quotes a cell that holds a comma or a quote', () => {
    expect(
      recordCsvText(tabulation('eskim19'), [{ report_date: '2023-04-11', aircraft: '9,"1"' }]),
    ).toBe(
      'report_date,aircraft,navy_ships,official_ships,crossed_median_or_entered_adiz\r\n2023-04-11,"9,""1""",,,\r\n',
    );
  });
});

describe('upstream rows', () => {
  it('writes a figure that is null or missing as an empty cell, never 0, and leaves out balloons and the index', () => {
    const json = eskim19Json(rowsOn('eskim19', ['2023-04-11']));
    const record = json.records[0]!;
    record.aircraft = null;
    delete record.official_ships;
    record.balloons = 7;
    record.parse_ok = false;
    const converted = upstreamEskim19(TENSION, JSON.stringify(json));
    expect(converted.rows).toEqual([
      {
        report_date: '2023-04-11',
        aircraft: '',
        navy_ships: '12',
        official_ships: '',
        crossed_median_or_entered_adiz: '54',
      },
    ]);
    expect(converted.notes).toEqual([
      "1 of its rows are marked parse_ok: false by the project's parser; they are carried as written",
    ]);
  });

  it('refuses a bad eskim19 record, naming the file, the record and the field, and keeps the rest', () => {
    const json = eskim19Json(rowsOn('eskim19', ['2023-04-10', '2023-04-11', '2023-04-12']));
    json.records[0]!.aircraft = '91';
    json.records[1]!.crossed_median = 5.5;
    json.records[2]!.date = '2023-02-30';
    const converted = upstreamEskim19(TENSION, JSON.stringify(json));
    expect(converted.rows).toEqual([]);
    expect(converted.refused.flatMap((r) => r.issues).map(formatIssue)).toEqual([
      'docs/data/tension.json › records[0] (2023-04-10) › aircraft: must be a number, or null (not reported)',
      'docs/data/tension.json › records[1] (2023-04-11) › crossed_median: must be a whole number, 0 or more (or empty: not reported)',
      expect.stringMatching(/^docs\/data\/tension\.json › records\[2\] \(2023-02-30\) › date: /),
    ]);
    expect(converted.refused.map((r) => r.date)).toEqual([
      '2023-04-10',
      '2023-04-11',
      '2023-02-30',
    ]);
  });

  it('keeps the first of two eskim19 records of one date', () => {
    const json = eskim19Json(rowsOn('eskim19', ['2023-04-11', '2023-04-11']));
    json.records.push({ ...json.records[0]!, aircraft: 1 });
    const converted = upstreamEskim19(TENSION, JSON.stringify(json));
    expect(converted.rows.map((r) => r.aircraft)).toEqual(['91']);
    expect(converted.refused.flatMap((r) => r.issues).map(formatIssue)).toEqual([
      'docs/data/tension.json › records[1] (2023-04-11) › date: 2023-04-11 is given twice (records[0] is kept)',
    ]);
  });

  it('fails the whole of eskim19 on invalid JSON or a file without records', () => {
    expect(upstreamEskim19(TENSION, '').failures.map(formatIssue)).toEqual([
      expect.stringMatching(/^docs\/data\/tension\.json: is not valid JSON: /),
    ]);
    expect(upstreamEskim19(TENSION, '{"days":[]}').failures.map(formatIssue)).toEqual([
      'docs/data/tension.json › records: must be there: the file is an object with a list of records: its format has changed, or this is not the file',
    ]);
  });

  it('refuses a bad madeye report, naming the file, the report and the field', () => {
    const [a, b, c] = rowsOn('madeye', ['2025-10-01', '2025-10-02', '2025-10-03']).map(madeyeJson);
    (a!.aircraft as Record<string, unknown>).adiz_regions = ['north', 'nowhere'];
    b!.date = '2025-10-01';
    (c!.vessels as Record<string, unknown>).naval = -1;
    const converted = upstreamMadeye(
      [a, b, c].map((json) => ({
        path: `data/daily/${
          json === a ? '2025-10-01' : json === b ? '2025-10-02' : '2025-10-03'
        }.json`,
        text: JSON.stringify(json),
      })),
    );
    expect(converted.rows).toEqual([]);
    expect(converted.refused.flatMap((r) => r.issues).map(formatIssue)).toEqual([
      'data/daily/2025-10-01.json › 2025-10-01 › aircraft.adiz_regions: must be regions separated by spaces, each one of north, central, southwest, southeast, south, east',
      'data/daily/2025-10-02.json › 2025-10-02 › date: is 2025-10-01, but the file is named 2025-10-02.json',
      'data/daily/2025-10-03.json › 2025-10-03 › vessels.naval: must be a whole number, 0 or more (or empty: not reported)',
    ]);
  });

  it('fails the whole of madeye when one of its files is not JSON', () => {
    expect(
      upstreamMadeye([{ path: 'data/daily/2025-10-01.json', text: '{"date":' }]).failures.map(
        formatIssue,
      ),
    ).toEqual([expect.stringMatching(/^data\/daily\/2025-10-01\.json: is not valid JSON: /)]);
  });
});
