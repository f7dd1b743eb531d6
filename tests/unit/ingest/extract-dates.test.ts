import { casual } from 'chrono-node/en';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractDates } from '../../../src/lib/ingest/extract-dates';
import { splitSentences } from '../../../src/lib/ingest/split-sentences';
import { resolveDateExpression } from '../../../src/lib/model/resolve-date-expression';
import { GEODATA_DIR } from '../../support/geodata';
import { dispatchFixtures } from '../../support/ingest';

// Publication: Monday 17 April 2023, as the seed article.
const PUB = '2023-04-17';
const first = (text: string, published = PUB) => {
  const found = extractDates(text, published).dates[0];
  return found && { ...found.reading, resolution: undefined, reported: found.reported };
};

describe('extractDates', () => {
  it.each([
    ['China launched a rocket on Sunday.', 'on Sunday', 'weekday', '2023-04-16', 'day'],
    [
      'The same warship sailed across Taiwan on Monday.',
      'on Monday',
      'weekday',
      '2023-04-17',
      'day',
    ],
    ['Drills were seen Friday.', 'Friday', 'weekday', '2023-04-14', 'day'],
    ['Last week, documents leaked.', 'Last week', 'last-week', '2023-04-10', 'week'],
    ['Xi visited Moscow last month.', 'last month', 'last-month', '2023-03', 'month'],
    ['A summit will be held next month.', 'next month', 'next-month', '2023-05', 'month'],
    ['Putin attacked last February.', 'last February', 'last-named-month', '2023-02', 'month'],
    ['It was reported over the weekend.', 'over the weekend', 'weekend', '2023-04-15', 'week'],
    ['On April 8, drills began.', 'April 8', 'month-day', '2023-04-08', 'day'],
    ['It sailed on January 5.', 'January 5', 'month-day', '2023-01-05', 'day'],
    [
      'It sailed on April 16 (local time).',
      'April 16 (local time)',
      'month-day',
      '2023-04-16',
      'day',
    ],
    ['Troops trained on 13 April.', 'on 13 April', 'month-day', '2023-04-13', 'day'],
    ['Troops trained on April 13, 2023.', 'April 13, 2023', 'explicit', '2023-04-13', 'day'],
    ['The war began in February 2022.', 'February 2022', 'explicit', '2022-02', 'month'],
  ])('“%s” → “%s” by %s: %s (%s)', (text, basis, rule, value, precision) => {
    expect(first(text)).toMatchObject({ basis, rule, value, precision });
  });

  it('reads words no rule reads as stated inferences', () => {
    expect(first('Ships were detected today.')).toMatchObject({
      basis: 'today',
      rule: 'inferred',
      value: PUB,
      precision: 'day',
    });
    expect(first('Ships were detected yesterday.')).toMatchObject({
      basis: 'yesterday',
      rule: 'inferred',
      value: '2023-04-16',
      precision: 'day',
    });
    expect(first('The trip will last until April 19.')).toMatchObject({
      basis: 'until April 19',
      rule: 'inferred',
      value: '2023-04-19',
      precision: 'before',
    });
  });

  it('reads a weekday said of the future forwards', () => {
    expect(first('The ministry will hold drills on Thursday.')).toMatchObject({
      rule: 'inferred',
      value: '2023-04-20',
      precision: 'day',
    });
    expect(first('The ministry held drills on Thursday.')).toMatchObject({
      rule: 'weekday',
      value: '2023-04-13',
      precision: 'day',
    });
  });

  it('marks the day something was said, apart from the day it happened', () => {
    const { dates } = extractDates(
      'The ministry said on Sunday that 20 aircraft flew near the island on Saturday.',
      '2023-08-20',
    );
    expect(dates.map((d) => [d.reading.basis, d.reading.value, d.reported])).toEqual([
      ['on Sunday', '2023-08-20', true],
      ['on Saturday', '2023-08-19', false],
    ]);
  });

  it('notes a starting point, a bare month and a time, and dates none of them', () => {
    const r = extractDates(
      'The highest since October 2021 and the first since January, by 6 a.m.',
      PUB,
    );
    expect(r.dates).toEqual([]);
    expect(r.notes.map((n) => n.words)).toEqual(['October 2021', 'January']);
    expect(extractDates('It happened in March.', PUB).notes[0]?.reason).toMatch(
      /month without a year/,
    );
  });

  it('gives offsets at which the sentence holds the basis', () => {
    const text = 'Taiwan said on Saturday it had detected 13 aircraft by 6 a.m.';
    const [d] = extractDates(text, '2023-04-15').dates;
    expect(text.slice(d!.start, d!.end)).toBe(d!.reading.basis);
  });

  it('writes a resolution a reader can follow', () => {
    expect(extractDates('It sailed on Sunday.', PUB).dates[0]?.reading.resolution).toBe(
      '“on Sunday” in a source published Monday 17 April 2023 → 16 April 2023 (the latest such weekday on or before publication).',
    );
  });
});

describe('extractDates agrees with our rules and with chrono-node', () => {
  const seed = readFileSync(`${GEODATA_DIR}/sources/dailymail-2023-04-17.txt`, 'utf8');
  const texts = [
    { text: seed, published: PUB },
    ...dispatchFixtures().map((f) => ({ text: f.text, published: f.meta.published })),
  ];
  const readings = texts.flatMap(({ text, published }) =>
    splitSentences(text).flatMap((s) =>
      extractDates(s.text, published).dates.map((d) => ({ ...d, published })),
    ),
  );

  it('finds dates to compare', () => {
    expect(readings.filter((r) => r.reading.rule !== 'inferred').length).toBeGreaterThan(25);
  });

  it('gives, for every rule-based reading, what resolveDateExpression gives', () => {
    for (const { reading, published } of readings.filter((r) => r.reading.rule !== 'inferred')) {
      expect(resolveDateExpression(reading.rule, reading.basis, published), reading.basis).toEqual({
        value: reading.value,
        precision: reading.precision,
      });
    }
  });

  it('agrees with chrono-node’s own date on every rule-based reading of the seed and fixtures', () => {
    for (const { reading, chrono } of readings.filter((r) => r.reading.rule !== 'inferred')) {
      expect(chrono.slice(0, reading.value.length), reading.basis).toBe(
        reading.precision === 'week' ? chrono.slice(0, 10) : reading.value,
      );
    }
  });

  it('keeps our weekday rule where chrono-node would look ahead to the nearest weekday', () => {
    // Published on a Monday, chrono reads a bare "Thursday" as three days ahead; news copy in the
    // past tense means the Thursday before, which is our rule.
    const [d] = extractDates('Drills were held on Thursday.', PUB).dates;
    expect(d?.chrono).toBe('2023-04-20');
    expect(d?.reading).toMatchObject({ rule: 'weekday', value: '2023-04-13' });
    expect(casual.parseDate('on Thursday', new Date('2023-04-17T12:00:00Z'))?.getUTCDate()).toBe(
      20,
    );
  });

  // Issue 21, item 3: a release's own date is its publication, never an event's date.
  it.each([
    ['(Source: U.S. Navy Seventh Fleet; issued Aug. 19, 2020)', 'Aug. 19, 2020'],
    ['11.02.2023', '11.02.2023'],
    ['Time: October 1, 2022 at 18:35', 'October 1, 2022 at 18:35'],
    ['Released: April 28, 2023', 'April 28, 2023'],
    // A page's byline block, with the label run into the bureau's name as MND's page prints it.
    ['Political Warfare Bureau,M.N.DPostDate: 2022/08/17', '2022/08/17'],
    ['Release Date: Nov. 2, 2023', 'Nov. 2, 2023'],
    ['Date Posted: 11/02/2023', '11/02/2023'],
  ])('reads the date line %j as the publication, not a date', (line, words) => {
    const r = extractDates(line, '2023-11-02');
    expect(r.dates).toEqual([]);
    expect(r.notes.map((n) => [n.words, n.reason])).toEqual([
      [words, "the release's date line: the day it was published, not an event's date"],
    ]);
  });

  it('reads the event, not the dateline, in wire copy', () => {
    const r = extractDates(
      'BEIJING, Jan. 24 (Xinhua) -- The coast guard on Saturday conducted routine patrols near Kinmen.',
      '2026-01-24',
    );
    expect(r.dates.map((d) => [d.reading.basis, d.reading.value])).toEqual([
      ['on Saturday', '2026-01-24'],
    ]);
  });

  it('dates nothing by "this year", and never reads it as 1 January', () => {
    const r = extractDates('there have been 10 transits this year of the Taiwan Strait.', PUB);
    expect(r.dates).toEqual([]);
    expect(r.notes.map((n) => n.words)).toEqual(['this year']);
  });

  it('reads the transit day "(local time)" of a fleet release published the day after', () => {
    expect(
      first(
        'USS Mustin (DDG 89) conducted a routine Taiwan Strait transit Aug. 18 local time.',
        '2020-08-19',
      ),
    ).toMatchObject({ value: '2020-08-18', precision: 'day', rule: 'month-day' });
  });
});
