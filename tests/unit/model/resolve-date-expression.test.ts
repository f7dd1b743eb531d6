import { describe, expect, it } from 'vitest';
import { resolveDateExpression } from '../../../src/lib/model/resolve-date-expression';

// Publication: Monday 17 April 2023, as the seed article.
const PUB = '2023-04-17';

describe('resolveDateExpression', () => {
  it.each([
    ['weekday', 'on Sunday', '2023-04-16', 'day'],
    ['weekday', 'on Monday', '2023-04-17', 'day'],
    ['weekday', 'said on Friday', '2023-04-14', 'day'],
    ['weekday', 'Tuesday', '2023-04-11', 'day'],
    ['weekend', 'over the weekend', '2023-04-15', 'week'],
    ['last-week', 'Last week', '2023-04-10', 'week'],
    ['last-month', 'last month', '2023-03', 'month'],
    ['next-month', 'next month', '2023-05', 'month'],
    ['last-named-month', 'last February', '2023-02', 'month'],
    ['last-named-month', 'last April', '2022-04', 'month'],
    ['last-named-month', 'last December', '2022-12', 'month'],
    ['month-day', 'April 16 (local time)', '2023-04-16', 'day'],
    ['month-day', 'January 5', '2023-01-05', 'day'],
    ['month-day', 'December 30', '2022-12-30', 'day'],
    ['month-day', 'April 19', '2022-04-19', 'day'],
    // Fleet and wire copy abbreviate the month.
    ['month-day', 'Jan. 5 (local time)', '2023-01-05', 'day'],
    ['month-day', 'Aug. 18 local time', '2022-08-18', 'day'],
    ['month-day', 'Sept. 17', '2022-09-17', 'day'],
    ['explicit', 'April 13, 2023', '2023-04-13', 'day'],
    ['explicit', 'February 2022', '2022-02', 'month'],
    ['explicit', 'since October 2021', '2021-10', 'month'],
  ] as const)('%s: "%s" → %s (%s)', (rule, basis, value, precision) => {
    expect(resolveDateExpression(rule, basis, PUB)).toEqual({ value, precision });
  });

  it('resolves a weekday across a month and a year boundary', () => {
    expect(resolveDateExpression('weekday', 'on Friday', '2023-01-02')).toEqual({
      value: '2022-12-30',
      precision: 'day',
    });
    expect(resolveDateExpression('last-month', 'last month', '2023-01-10')).toEqual({
      value: '2022-12',
      precision: 'month',
    });
    expect(resolveDateExpression('last-week', 'last week', '2023-01-01')).toEqual({
      value: '2022-12-19',
      precision: 'week',
    });
  });

  it('refuses words the rule cannot read, and inferred dates', () => {
    expect(resolveDateExpression('weekday', 'yesterday', PUB)).toBeUndefined();
    expect(resolveDateExpression('month-day', 'in April', PUB)).toBeUndefined();
    expect(resolveDateExpression('last-month', 'next month', PUB)).toBeUndefined();
    expect(resolveDateExpression('inferred', 'the last day of the exercises', PUB)).toBeUndefined();
  });

  it('writes days of years below 1000 with four digits, and throws on an unreadable day', () => {
    expect(resolveDateExpression('weekday', 'on Friday', '0999-01-05')).toEqual({
      value: '0999-01-04',
      precision: 'day',
    });
    expect(() => resolveDateExpression('weekday', 'on Sunday', 'not a day')).toThrow(RangeError);
  });
});
