import { describe, expect, it } from 'vitest';
import { extractCounts } from '../../../src/lib/ingest/extract-counts';
import { medianOrAdizWords } from '../../../src/lib/ingest/measure-cue';
import { countBasisValue } from '../../../src/lib/model/count-basis-value';

const counts = (text: string) => extractCounts(text).counts.map((c) => c.count);
const measures = (text: string) =>
  extractCounts(text).counts.map(
    ({ count: c, part }) =>
      `${c.value} ${c.unit} ${c.measure?.kind ?? 'none'}${c.measure?.regions ? ` ${c.measure.regions.join(' ')}` : ''}${part ? ' part' : ''}`,
  );
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
        {
          unit: 'ships',
          value: 4,
          basis: 'four',
          what: 'warships',
          measure: { kind: 'navy-vessels', words: 'warships' },
        },
        {
          unit: 'aircraft',
          value: 18,
          basis: '18',
          what: 'aircraft',
          measure: { kind: 'aircraft-detected', words: 'had detected' },
        },
      ],
    ],
    [
      'Nearly 18,000 troops take part',
      [
        {
          unit: 'troops',
          value: 18000,
          qualifier: 'nearly',
          basis: '18,000',
          what: 'troops',
          measure: { kind: 'troops-taking-part', words: 'take part' },
        },
      ],
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
      [
        {
          unit: 'troops',
          value: 300,
          qualifier: 'about',
          basis: '300',
          what: 'troops',
          measure: { kind: 'troops-taking-part', words: 'took part' },
        },
      ],
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
      [
        {
          unit: 'ships',
          value: 21,
          basis: 'twenty-one',
          what: 'navy vessels',
          measure: { kind: 'navy-vessels', words: 'navy vessels' },
        },
      ],
    ],
    [
      'two aircraft carriers',
      [
        {
          unit: 'ships',
          value: 2,
          basis: 'two',
          what: 'aircraft carriers',
          measure: { kind: 'navy-vessels', words: 'aircraft carriers' },
        },
      ],
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

  it('reads what MND’s report formula counts, and the window it dates them by', () => {
    const first =
      '12 PLA aircraft, 8 PLAN vessels and 3 official ships operating around Taiwan were detected up until 6 a.m. (UTC+8) today.';
    expect(measures(first)).toEqual([
      '12 aircraft aircraft-detected',
      '8 ships navy-vessels',
      '3 ships official-ships',
    ]);
    expect(extractCounts(first).reportWindow).toBe(true);
    const second =
      "7 out of 12 aircraft crossed the median line and entered Taiwan's northern, central, southwestern and eastern ADIZ.";
    const found = extractCounts(second).counts;
    expect(found.map((c) => [c.count.value, c.count.measure?.kind, c.part, c.repeats])).toEqual([
      [7, 'aircraft-median-or-adiz', { value: 12 }, undefined],
      [12, undefined, undefined, true],
    ]);
    expect(found[0]!.count.measure).toEqual({
      kind: 'aircraft-median-or-adiz',
      words:
        "crossed the median line and entered Taiwan's northern, central, southwestern and eastern ADIZ",
      regions: ['north', 'central', 'southwest', 'east'],
    });
  });

  it.each([
    [
      'it had detected four warships and 18 aircraft, four of which had passed the southwestern ADIZ',
      [
        '4 ships navy-vessels',
        '18 aircraft aircraft-detected',
        '4 aircraft aircraft-median-or-adiz southwest part',
      ],
    ],
    [
      "Ninety of the aircraft crossed the median line and entered Taiwan's air defence identification zone.",
      ['90 aircraft aircraft-median-or-adiz part'],
    ],
    [
      'Of those aircraft, 54 crossed the median line.',
      ['54 aircraft aircraft-median-or-adiz part'],
    ],
    [
      'it had detected 130 aircraft, 14 navy ships and eight coast guard vessels in the 24 hours to 6 a.m.',
      ['130 aircraft aircraft-detected', '14 ships navy-vessels', '8 ships official-ships'],
    ],
  ])('reads parts, number words and coast guard vessels: “%s”', (text, expected) => {
    expect(measures(text)).toEqual(expected);
  });

  it('gives a figure the claim that follows it, with the date it runs from', () => {
    const text =
      'the ministry said 54 Chinese aircraft had entered Taiwan’s southwestern and southeastern air defense identification zone (ADIZ) – the highest number recorded in a single day since October 2021.';
    expect(counts(text)[0]).toMatchObject({
      value: 54,
      measure: {
        kind: 'aircraft-median-or-adiz',
        words: 'had entered Taiwan’s southwestern and southeastern air defense identification zone',
        regions: ['southwest', 'southeast'],
      },
      claim: {
        kind: 'highest-since',
        since: '2021-10',
        words: 'the highest number recorded in a single day since October 2021',
      },
    });
  });

  it('gives no measure where no cue says one: bombers flying past, a part that says nothing', () => {
    expect(
      counts('two Chinese H-6 bombers flew between Yonaguni and Taiwan')[0],
    ).not.toHaveProperty('measure');
    expect(notes('18 aircraft were detected, four of which were bombers')).toEqual([
      ['four of which', 'part of a figure already given, not a separate count'],
    ]);
  });

  it('notes a part of a figure already given', () => {
    expect(notes('18 aircraft, four of which crossed')).toEqual([
      ['four of which', 'part of a figure already given, not a separate count'],
    ]);
    expect(notes('one of the most critical waterways')).toEqual([]);
  });

  // Issue 21, item 3: MND's press releases and posts, as an analyst reads them.
  it('counts "vessel sorties" as ships: the unit noun before "sorties" wins', () => {
    expect(
      measures('a total of 10 CCP aircraft sorties and three CCP vessel sorties were detected'),
    ).toEqual(['10 aircraft aircraft-detected', '3 ships navy-vessels']);
  });

  it('reads "(including two sorties crossing the median line)" as a part of the figure before', () => {
    const found = extractCounts(
      'a total of eight CCP aircraft sorties (including two sorties crossing the median line of the Strait) and four CCP vessel sorties were detected',
    ).counts;
    expect(found.map(({ count: c }) => `${c.value} ${c.unit} ${c.measure?.kind}`)).toEqual([
      '8 aircraft aircraft-detected',
      '2 aircraft aircraft-median-or-adiz',
      '4 ships navy-vessels',
    ]);
    expect(found[1]!.part).toEqual({ wholeStart: found[0]!.start });
  });

  it('reads "Out of which, 18 crossed the median line" opening a sentence as a part of a whole before it', () => {
    const [part] = extractCounts('Out of which, 18 crossed the median line.').counts;
    expect(part).toMatchObject({
      count: {
        unit: 'aircraft',
        value: 18,
        what: 'crossed the median line',
        measure: { kind: 'aircraft-median-or-adiz', words: 'crossed the median line' },
      },
      part: {},
    });
    // Inside a sentence with no figure before it, the words make no part and no count.
    expect(counts('He said, out of which 18 crossed the median line.')).toEqual([]);
  });

  it('reads all the regions of "SW, SE, and eastern ADIZ"', () => {
    expect(
      measures(
        "62 PLA aircraft were detected. 47 of the aircraft crossed the median line of #Taiwan Strait and entered Taiwan's SW, SE, and eastern ADIZ.",
      ),
    ).toEqual([
      '62 aircraft aircraft-detected',
      '47 aircraft aircraft-median-or-adiz southwest southeast east part',
    ]);
  });

  it('reads the region of MND’s "south-west airspace" as the ADIZ’s', () => {
    expect(
      measures(
        'a total of 21 aircraft sorties (including five sorties crossing the median line of the Strait and extending to the south-west airspace) and five CCP vessel sorties were detected',
      ),
    ).toEqual([
      '21 aircraft aircraft-detected',
      '5 aircraft aircraft-median-or-adiz southwest part',
      '5 ships navy-vessels',
    ]);
    expect(medianOrAdizWords(' entered the southwestern airspace, the ministry said.')).toBe(
      'entered the southwestern airspace',
    );
    // Airspace that names no region is not the ADIZ.
    expect(medianOrAdizWords(' entered Chinese airspace.')).toBeUndefined();
  });

  it('reads "CCG vessels" as official ships beside PLAN vessels', () => {
    expect(
      measures(
        '3 PLA aircraft, 7 PLAN vessels, and 4 CCG vessels operating around Taiwan were detected up until 6 a.m. (UTC+8) today.',
      ),
    ).toEqual(['3 aircraft aircraft-detected', '7 ships navy-vessels', '4 ships official-ships']);
  });

  it('counts balloons and drones as units of their own', () => {
    expect(measures('1 balloon was detected during this timeframe.')).toEqual([
      '1 balloons balloons-detected',
    ]);
    expect(counts('The PLA flew four drones near Pratas.')).toEqual([
      { unit: 'drones', value: 4, basis: 'four', what: 'drones' },
    ]);
  });

  it('never counts a hull number or a type designator', () => {
    expect(
      counts(
        'USS Rafael Peralta (DDG 115) and HMCS Ottawa (FFH 341) transited; a P-8A Poseidon flew the strait.',
      ),
    ).toEqual([]);
  });
});
