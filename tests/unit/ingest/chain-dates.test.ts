import { describe, expect, it } from 'vitest';
import { chainDates, type DateChain, EMPTY_CHAIN } from '../../../src/lib/ingest/chain-dates';
import { extractDates } from '../../../src/lib/ingest/extract-dates';

const PUBLISHED = '2023-04-17'; // a Monday

/** Read sentences in order, as the extractor does, and give each one's findings and notes. */
function read(sentences: readonly string[], published = PUBLISHED) {
  let chain: DateChain = EMPTY_CHAIN;
  return sentences.map((text) => {
    const out = chainDates(text, extractDates(text, published).dates, chain);
    chain = out.chain;
    return {
      dates: out.dates.map((d) => ({
        basis: d.reading.basis,
        value: d.reading.value,
        precision: d.reading.precision,
        rule: d.reading.rule,
        ...(d.prior ? { prior: true } : {}),
      })),
      notes: out.notes.map((n) => n.reason),
      resolutions: out.dates.map((d) => d.reading.resolution),
    };
  });
}

describe('chainDates', () => {
  it('dates the last day of a run of exercises, and "that same day" after it (the seed article)', () => {
    const [launch, lastDay, same] = read([
      'On April 8, three days of military exercises were launched.',
      'On the last day of last week’s exercises, 54 Chinese aircraft entered the ADIZ.',
      'That same day, the USS Milius sailed through the South China Sea.',
    ]);
    expect(launch!.dates).toEqual([
      { basis: 'April 8', value: '2023-04-08', precision: 'day', rule: 'month-day' },
    ]);
    // The run's last day replaces the week reading it falls in.
    expect(lastDay!.dates).toEqual([
      {
        basis: 'On the last day of last week’s exercises',
        value: '2023-04-10',
        precision: 'day',
        rule: 'inferred',
      },
    ]);
    expect(lastDay!.resolutions[0]).toContain('“three days of military exercises”, “April 8”');
    expect(same!.dates).toEqual([
      { basis: 'That same day', value: '2023-04-10', precision: 'day', rule: 'inferred' },
    ]);
  });

  it('reads the first day of a run, and the next or previous day', () => {
    const [, first, next, previous] = read([
      'Beijing began four days of joint drills on Saturday.',
      'On the first day of the drills, 20 aircraft flew.',
      'The next day, two ships sailed.',
      'On the previous day, Taipei protested.',
    ]);
    expect(first!.dates[0]).toMatchObject({
      value: '2023-04-15',
      basis: 'On the first day of the drills',
    });
    expect(next!.dates[0]).toMatchObject({ value: '2023-04-16', basis: 'The next day' });
    expect(previous!.dates[0]).toMatchObject({ value: '2023-04-15', basis: 'On the previous day' });
  });

  it('reads nothing, with a note, when the run’s last day is not in the week "last week" gives', () => {
    const [, lastDay] = read([
      'On March 1, three days of exercises were launched.',
      'On the last day of last week’s exercises, 54 aircraft flew.',
    ]);
    expect(lastDay!.dates).toEqual([
      { basis: 'last week', value: '2023-04-10', precision: 'week', rule: 'last-week' },
    ]);
    expect(lastDay!.notes[0]).toMatch(/3 March 2023.*is not in the week “last week” gives/);
  });

  it('reads nothing without an earlier day to refer to', () => {
    expect(read(['That same day, two ships sailed.'])[0]!.dates).toEqual([]);
    expect(read(['On the last day of the exercises, 54 aircraft flew.'])[0]!.dates).toEqual([]);
    // A sentence dated only to the month leaves no day for "that same day".
    const [, , same] = read([
      'On April 8, ships sailed.',
      'Last month, talks were held.',
      'That same day, jets flew.',
    ]);
    expect(same!.dates).toEqual([]);
  });

  it('dates an earlier event on or before the day of its clause, as a prior reading', () => {
    const [recent, after] = read([
      'On April 8, exercises were launched in response to Tsai’s recent visit to the United States.',
      'The USS Chung-Hoon sailed through the Taiwan Strait on January 5, months after Nancy Pelosi visited the island.',
    ]);
    expect(recent!.dates[1]).toEqual({
      basis: 'recent visit',
      value: '2023-04-08',
      precision: 'before',
      rule: 'inferred',
      prior: true,
    });
    expect(after!.dates[1]).toEqual({
      basis: 'months after Nancy Pelosi visited the island',
      value: '2023-01-05',
      precision: 'before',
      rule: 'inferred',
      prior: true,
    });
  });

  it('does not date "after …" words that carry their own date, or lie in another clause', () => {
    const [dated, otherClause] = read([
      'Li arrived on Sunday, weeks after a visit to Moscow last month.',
      'Li’s trip comes weeks after a visit to Moscow, and when diplomats arrived in Karuizawa on Sunday.',
    ]);
    expect(dated!.dates.map((d) => d.basis)).toEqual(['on Sunday', 'last month']);
    expect(otherClause!.dates.map((d) => d.basis)).toEqual(['on Sunday']);
  });
});
