/**
 * A count's measure and claim are checked against its quote like its figure: each test breaks
 * one thing in the 17 April counts (four warships, 18 aircraft, four of which passed the
 * southwestern ADIZ) and expects exactly that to be named.
 */
import { describe, expect, it } from 'vitest';
import { adizRegionsNamed } from '../../../src/lib/model/adiz-regions-named';
import { claimSince } from '../../../src/lib/model/claim-since';
import { countMeasureIssues } from '../../../src/lib/model/count-measure-issues';
import { deepFreeze } from '../../../src/lib/model/parse-feature-collection';
import type { Count } from '../../../src/lib/model/schema';

const QUOTE =
  'On Monday, Taipei’s defense ministry said it had detected four warships and 18 aircraft, four of which had passed the southwestern ADIZ.';

function createCounts(part: Partial<Count> = {}, measure: Partial<Count['measure']> = {}): Count[] {
  return deepFreeze([
    {
      unit: 'ships',
      value: 4,
      basis: 'four',
      quote: 0,
      what: 'warships',
      measure: { kind: 'navy-vessels', words: 'warships', dated: 'report' },
    },
    {
      unit: 'aircraft',
      value: 18,
      basis: '18',
      quote: 0,
      what: 'aircraft',
      measure: { kind: 'aircraft-detected', words: 'had detected', dated: 'report' },
    },
    {
      unit: 'aircraft',
      value: 4,
      basis: 'four',
      quote: 0,
      what: 'aircraft in the southwestern ADIZ',
      ...part,
      measure: {
        kind: 'aircraft-median-or-adiz',
        words: 'had passed the southwestern ADIZ',
        regions: ['southwest'],
        of: 1,
        dated: 'report',
        ...measure,
      },
    },
  ] as Count[]);
}

const issuesOfPart = (counts: Count[], quote = QUOTE) =>
  countMeasureIssues(counts, 2, quote).map((i) => `${i.path}: ${i.reason}`);

describe('countMeasureIssues', () => {
  it('finds nothing wrong with the 17 April counts', () => {
    const counts = createCounts();
    for (const i of [0, 1, 2]) expect(countMeasureIssues(counts, i, QUOTE)).toEqual([]);
  });

  it('names a measure that does not fit the unit', () => {
    expect(issuesOfPart(createCounts({}, { kind: 'navy-vessels' }))).toEqual([
      'measure.kind: "navy-vessels" counts ships, but the count is in aircraft',
    ]);
  });

  it('names words that are not in the quote', () => {
    expect(issuesOfPart(createCounts({}, { words: 'had crossed the median line' }))).toEqual([
      `measure.words: "had crossed the median line" does not occur in the count's quote`,
    ]);
  });

  it('names a region that neither the words nor the quote name', () => {
    expect(issuesOfPart(createCounts({}, { regions: ['southwest', 'north'] }))).toEqual([
      'measure.regions: the region "north" is not named in the words or the quote',
    ]);
  });

  it.each([
    [2, 'measure.of: a count cannot be a part of itself'],
    [3, 'measure.of: refers to count 3, but there are 3'],
    [0, 'measure.of: count 0 is in ships, not aircraft'],
  ])('names a whole that cannot be one: of %i', (of, message) => {
    expect(issuesOfPart(createCounts({}, { of }))).toEqual([message]);
  });

  it('names a whole smaller than its part', () => {
    expect(issuesOfPart(createCounts({ value: 19, basis: '18' }))).toEqual([
      'measure.of: count 1 (18) is smaller than this part (19)',
    ]);
  });

  it('asks a measure MND reports to say how its date relates to the reporting window', () => {
    expect(issuesOfPart(createCounts({}, { dated: undefined }))).toEqual([
      expect.stringMatching(/^measure\.dated: is required for a measure MND reports/),
    ]);
  });

  it('checks a claim: its words in the quote, its since said by them', () => {
    const quote =
      'Taiwan’s defense ministry said 54 Chinese aircraft had entered Taiwan’s southwestern and southeastern air defense identification zone (ADIZ) – the highest number recorded in a single day since October 2021.';
    const claimed = (claim: Count['claim']) =>
      countMeasureIssues(
        deepFreeze([
          { unit: 'aircraft', value: 54, basis: '54', quote: 0, what: 'aircraft', claim },
        ] as Count[]),
        0,
        quote,
      ).map((i) => `${i.path}: ${i.reason}`);
    const words = 'the highest number recorded in a single day since October 2021';
    expect(claimed({ kind: 'highest-since', since: '2021-10', words })).toEqual([]);
    expect(claimed({ kind: 'highest-since', since: '2021-09', words })).toEqual([
      `claim.since: "${words}" says since 2021-10, not 2021-09`,
    ]);
    expect(claimed({ kind: 'highest-since', since: '2021-10', words: 'since last year' })).toEqual([
      `claim.words: "since last year" does not occur in the count's quote`,
      'claim.since: "since last year" says no "since" with a full date',
    ]);
  });
});

describe('adizRegionsNamed', () => {
  it.each([
    [
      "crossed the median line and entered Taiwan's northern, central, southwestern and eastern ADIZ",
      ['north', 'central', 'southwest', 'east'],
    ],
    ['southwestern and southeastern air defense identification zone', ['southwest', 'southeast']],
    ['the south-western and south-east parts', ['southwest', 'southeast']],
    ['the southern ADIZ', ['south']],
    ['the eastern coast, northeast of the island', ['east']],
    ['no region at all', []],
    // MND's abbreviations, in capitals only; "U.S." names no south.
    ["entered Taiwan's SW, SE, and eastern ADIZ", ['southwest', 'southeast', 'east']],
    ["entered Taiwan's N, C and SW ADIZ", ['north', 'central', 'southwest']],
    ['a U.S. Navy ship, sw of it', []],
  ])('%s', (text, regions) => {
    expect(adizRegionsNamed(text)).toEqual(regions);
  });
});

describe('claimSince', () => {
  it.each([
    ['the highest number recorded in a single day since October 2021', '2021-10'],
    ['the most since 2020', '2020'],
    ['the largest since August 2, 2022', '2022-08-02'],
    ['the highest since January', undefined],
    ['the highest in a year', undefined],
  ])('%s → %s', (words, since) => {
    expect(claimSince(words)).toBe(since);
  });
});
