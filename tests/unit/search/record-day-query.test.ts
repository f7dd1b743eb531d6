import { describe, expect, it } from 'vitest';
import { recordDayQuery } from '../../../src/lib/search/record-day-query';

describe('recordDayQuery', () => {
  it('reads a whole query that is a date, written the ways readers write one', () => {
    for (const q of [
      '2024-10-14',
      '14 Oct 2024',
      '14 October 2024',
      ' 14  oct. 2024 ',
      '14th October 2024',
      'October 14, 2024',
      'Oct 14 2024',
      'OCT 14, 2024',
    ])
      expect(recordDayQuery(q), q).toBe('2024-10-14');
    expect(recordDayQuery('2023-4-1')).toBe('2023-04-01');
    expect(recordDayQuery('1 Sept 2023')).toBe('2023-09-01');
  });

  it('refuses what is not one day of the calendar', () => {
    for (const q of [
      '',
      'milius',
      '14 Oct',
      'Oct 2024',
      '2024-10',
      '30 February 2023',
      '2023-13-01',
      '14 Oc 2024',
      '14 Octobre 2024',
      'Taiwan 14 Oct 2024',
    ])
      expect(recordDayQuery(q), q).toBeUndefined();
  });
});
