import { describe, expect, it } from 'vitest';
import { parseIncidentCsv } from '../../../src/lib/import/parse-incident-csv';
import { formatIssue } from '../../../src/lib/model/data-issue';
import { expectFixture, fixture, fixtures, importSources } from '../../support/import';

const sources = importSources();

describe('parseIncidentCsv on fixtures', () => {
  it.each(fixtures('valid', '.csv'))(
    'valid/%s gives the expected incidents and no issue',
    async (name) => {
      const parsed = parseIncidentCsv(name, fixture(`valid/${name}`), sources);
      expect(parsed.issues.map(formatIssue)).toEqual([]);
      expect(parsed.incidents.length).toBeGreaterThan(0);
      await expectFixture(`valid/${name.replace(/\.csv$/, '.expected.json')}`, parsed.incidents);
    },
  );

  it.each(fixtures('invalid', '.csv'))('invalid/%s gives the expected messages', async (name) => {
    const parsed = parseIncidentCsv(name, fixture(`invalid/${name}`), sources);
    expect(parsed.issues.length).toBeGreaterThan(0);
    await expectFixture(
      `invalid/${name.replace(/\.csv$/, '.expected.json')}`,
      parsed.issues.map(formatIssue),
    );
  });
});

describe('parseIncidentCsv', () => {
  const header = 'id,title,category,date,date_basis,lat,lon,place,source,quote';
  const quote =
    'On Sunday, the ministry said it had detected four warships and 18 aircraft near the island.';
  const row = `a,A,air-activity,2023-04-16,On Sunday,22,121,Near Taiwan,test-source,"${quote}"`;

  it('finds a quote given without offsets at its place in the source', () => {
    const [incident] = parseIncidentCsv('a.csv', `${header}\n${row}\n`, sources).incidents;
    const text = sources.get('test-source')!.text;
    const q = incident!.properties.quotes[0]!;
    expect(text.slice(q.start, q.end)).toBe(quote);
  });

  it('reads defaults: precision from the date, rule inferred, place approximate, no actors', () => {
    const [incident] = parseIncidentCsv('a.csv', `${header}\n${row}\n`, sources).incidents;
    expect(incident!.properties.date).toMatchObject({
      precision: 'day',
      rule: 'inferred',
      quote: 0,
    });
    expect(incident!.properties.place.precision).toBe('approximate');
    expect(incident!.properties.actors).toEqual([]);
    expect(incident!.geometry.coordinates).toEqual([121, 22]);
  });

  it('accepts a byte-order mark, CRLF line ends, blank lines and columns in any order', () => {
    const text = `\uFEFFquote,id,title,category,date,date_basis,lat,lon,place,source\r\n\r\n"${quote}",a,A,air-activity,2023-04-16,On Sunday,22,121,Near Taiwan,test-source\r\n`;
    const parsed = parseIncidentCsv('a.csv', text, sources);
    expect(parsed.issues).toEqual([]);
    expect(parsed.incidents.map((i) => i.id)).toEqual(['a']);
    expect(parsed.lines.get('a')).toBe(3);
  });

  it('names the line a row starts on, counting lines inside quoted cells', () => {
    const text = `${header}\n"multi\nline",A,air-activity,2023-04-16,On Sunday,22,121,Near Taiwan,test-source,x\nb,B,air-activity,2023-04-16,On Sunday,99,121,Near Taiwan,test-source,"${quote}"\n`;
    const messages = parseIncidentCsv('a.csv', text, sources).issues.map(formatIssue);
    expect(messages).toContain(
      'a.csv › line 4 › lat: must be a latitude in decimal degrees, between -90 and 90',
    );
  });

  it('keeps the quote verbatim, spaces included, and trims the other cells', () => {
    const text = `${header}\n  a  , A ,air-activity,2023-04-16,On Sunday,22,121,Near Taiwan,test-source,"${quote} "\n`;
    const messages = parseIncidentCsv('a.csv', text, sources).issues.map(formatIssue);
    expect(messages).toEqual([
      'a.csv › line 2 › quote: is not found verbatim in the source "test-source"',
    ]);
  });

  it("reads a count's measure from its columns, and names a broken one by line and column", () => {
    const head = `${header},count,count_unit,count_basis,count_measure,count_measure_words,count_regions,count_of,count_dated`;
    const ok = `${row},18,aircraft,18,aircraft-detected,had detected,,,report`;
    const [incident] = parseIncidentCsv('a.csv', `${head}\n${ok}\n`, sources).incidents;
    expect(incident!.properties.counts![0]!.measure).toEqual({
      kind: 'aircraft-detected',
      words: 'had detected',
      dated: 'report',
    });
    const bad = [
      `${row},18,aircraft,18,aircraft-seen,had detected,,,report`,
      `${row},18,aircraft,18,aircraft-detected,had detected,west,x,today`,
      `${row},18,aircraft,18,,,,1,`,
      // Another incident: the first one's broken rows leave it out before its checks.
      `${row.replace(/^a,/, 'b,')},18,aircraft,18,aircraft-detected,had spotted,,,report`,
    ];
    expect(
      parseIncidentCsv('a.csv', [head, ...bad].join('\n'), sources).issues.map(formatIssue),
    ).toEqual([
      'a.csv › line 2 › count_measure: must be one of aircraft-detected, aircraft-median-or-adiz, navy-vessels, official-ships, troops-taking-part, balloons-detected',
      'a.csv › line 3 › count_regions: must be one of north, central, southwest, southeast, south, east (regions separated by spaces in a CSV)',
      "a.csv › line 3 › count_of: must be empty or a whole number: the index (from 0) of the incident's count this one is part of",
      'a.csv › line 3 › count_dated: must be one of activity, report, or left out',
      'a.csv › line 4 › count_of: is given without a count_measure',
      `a.csv › line 5 › count_measure_words: "had spotted" does not occur in the count's quote`,
    ]);
  });

  it('names every word outside a vocabulary in a row, in the schema’s words', () => {
    const text = `${header},date_precision,date_rule,place_precision,count,count_unit,count_qualifier,count_basis\na,A,air-raid,2023-04-16,On Sunday,22,121,Near Taiwan,test-source,"${quote}",daily,guess,roughly,18,planes,around,18\n`;
    const messages = parseIncidentCsv('a.csv', text, sources).issues.map(formatIssue);
    expect(messages).toEqual([
      expect.stringMatching(/^a\.csv › line 2 › category: must be one of air-activity, /),
      expect.stringMatching(
        /^a\.csv › line 2 › place_precision: must be one of exact, approximate, schematic$/,
      ),
      expect.stringMatching(/^a\.csv › line 2 › date_precision: must be one of day, week, /),
      expect.stringMatching(/^a\.csv › line 2 › date_rule: must be one of month-day, /),
      'a.csv › line 2 › count_unit: must be one of aircraft, ships, troops, balloons, drones',
      'a.csv › line 2 › count_qualifier: must be one of exactly, nearly, about, at least, more than, or left out',
    ]);
  });

  it('refuses a file over the size limit', () => {
    const parsed = parseIncidentCsv('big.csv', 'x'.repeat(64 * 1024 * 1024 + 1), sources);
    expect(parsed.issues.map(formatIssue)).toEqual([
      'big.csv: is too large (64.0 MiB; the limit is 64.0 MiB)',
    ]);
  });
});
