import { describe, expect, it } from 'vitest';
import { figureOccurs } from '../../../src/lib/model/figure-occurs';

/** The regular expression `incidentIssues` used before, as the reference. */
function byRegExp(text: string, figure: string): boolean {
  const escaped = figure.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`(^|[^\\w,])${escaped}($|[^\\w,])`).test(text);
}

describe('figureOccurs', () => {
  const texts = [
    'detected 18 aircraft and four warships',
    'detected 180 aircraft',
    'about 18,000 troops',
    '1,18 and A18 and 18_b',
    '18',
    'Four ships; (four) ships, four.',
    'a $5.00 (sum) [x] *y* 18.5',
    '',
    'ab',
    ' ',
  ];
  const figures = [
    '18',
    '18,000',
    'four',
    'Four',
    '4',
    '$5.00',
    '(sum)',
    '[x]',
    '*y*',
    '.',
    'ab',
    '',
  ];

  it('agrees with the regular expression it replaces on every pair', () => {
    for (const text of texts)
      for (const figure of figures)
        expect(
          figureOccurs(text, figure),
          `${JSON.stringify(figure)} in ${JSON.stringify(text)}`,
        ).toBe(byRegExp(text, figure));
  });

  it('finds a figure that stands alone, not one inside a longer number or word', () => {
    expect(figureOccurs('detected 18 aircraft', '18')).toBe(true);
    expect(figureOccurs('detected 180 aircraft', '18')).toBe(false);
    expect(figureOccurs('18,000 troops', '18')).toBe(false);
    expect(figureOccurs('18,000 troops', '18,000')).toBe(true);
  });
});
