import { describe, expect, it } from 'vitest';
import { extractCounts } from '../../../src/lib/ingest/extract-counts';
import { countBasisValue } from '../../../src/lib/model/count-basis-value';

const counts = (text: string) => extractCounts(text).counts.map((c) => c.count);
const notes = (text: string) => extractCounts(text).notes.map((n) => [n.words, n.reason]);

describe('extractCounts', () => {
  it.each([
    [
      '54 Chinese aircraft had entered',
      [{ unit: 'aircraft', value: 54, basis: '54', what: 'Chinese aircraft' }],
    ],
    [
      'it had detected four warships and 18 aircraft, four of which',
      [
        { unit: 'ships', value: 4, basis: 'four', what: 'warships' },
        { unit: 'aircraft', value: 18, basis: '18', what: 'aircraft' },
      ],
    ],
    [
      'Nearly 18,000 troops take part',
      [{ unit: 'troops', value: 18000, qualifier: 'nearly', basis: '18,000', what: 'troops' }],
    ],
    [
      'at least 20 Chinese military aircraft',
      [
        {
          unit: 'aircraft',
          value: 20,
          qualifier: 'at least',
          basis: '20',
          what: 'Chinese military aircraft',
        },
      ],
    ],
    [
      'more than 30 PLA jets',
      [{ unit: 'aircraft', value: 30, qualifier: 'more than', basis: '30', what: 'PLA jets' }],
    ],
    [
      'About 300 troops took part',
      [{ unit: 'troops', value: 300, qualifier: 'about', basis: '300', what: 'troops' }],
    ],
    [
      '11 sorties of PLA aircraft',
      [{ unit: 'aircraft', value: 11, basis: '11', what: 'sorties of PLA aircraft' }],
    ],
    [
      'two Chinese H-6 bombers',
      [{ unit: 'aircraft', value: 2, basis: 'two', what: 'Chinese H-6 bombers' }],
    ],
    [
      'twenty-one navy vessels',
      [{ unit: 'ships', value: 21, basis: 'twenty-one', what: 'navy vessels' }],
    ],
    [
      'two aircraft carriers',
      [{ unit: 'ships', value: 2, basis: 'two', what: 'aircraft carriers' }],
    ],
    ['a dozen jets', [{ unit: 'aircraft', value: 12, basis: 'dozen', what: 'jets' }]],
  ])('“%s”', (text, expected) => {
    expect(counts(text)).toEqual(expected);
  });

  it('makes only counts whose basis says their value, as the model checks', () => {
    const text =
      'Nearly 18,000 troops, four warships, 54 aircraft, twenty-one ships, a dozen jets and thirteen drones.';
    const found = extractCounts(text).counts;
    expect(found).toHaveLength(6);
    for (const { count, start, end } of found) {
      expect(countBasisValue(count.basis)).toBe(count.value);
      expect(text.slice(start, end)).toBe(count.basis);
    }
  });

  it('counts no figure without a unit: days, years, hull numbers, times, ordinals', () => {
    expect(
      counts(
        'Three days of exercises since 2021; USS Chung-Hoon (DDG 93) by 6 a.m.; the 7th Fleet; the third carrier group; two armies.',
      ),
    ).toEqual([]);
  });

  it('notes fractions and does not count them', () => {
    const text = 'only about half of the island’s military aircraft and 40% of ships';
    expect(counts(text)).toEqual([]);
    expect(notes(text)).toEqual([
      ['about half', 'a fraction, not a count'],
      ['40%', 'a fraction, not a count'],
    ]);
  });

  it('notes number words the model cannot read instead of counting them', () => {
    expect(counts('more than four hundred aircraft')).toEqual([]);
    expect(notes('more than four hundred aircraft')[0]?.[1]).toMatch(
      /countBasisValue cannot read "four hundred" \(compromise reads 400\)/,
    );
  });

  it('notes a qualifier outside our vocabulary instead of dropping it', () => {
    expect(counts('up to 20 drones')).toEqual([]);
    expect(notes('up to 20 drones')).toEqual([
      [
        'up to 20 drones',
        'the qualifier "up to" is not in our vocabulary (COUNT_QUALIFIERS), so the figure is not stored as a count',
      ],
    ]);
  });

  it('notes a part of a figure already given', () => {
    expect(notes('18 aircraft, four of which crossed')).toEqual([
      ['four of which', 'part of a figure already given, not a separate count'],
    ]);
    expect(notes('one of the most critical waterways')).toEqual([]);
  });
});
