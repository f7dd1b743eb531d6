import { describe, expect, it } from 'vitest';
import { quoteInParagraph } from '../../../src/lib/model/quote-in-paragraph';

describe('quoteInParagraph', () => {
  const text = 'Title\n\nFirst sentence. The “quoted” part here.\n\nLast.';
  it('cuts the paragraph around the quote, characters untouched', () => {
    const start = text.indexOf('The “quoted”');
    const end = start + 'The “quoted” part'.length;
    expect(quoteInParagraph(text, start, end)).toEqual({
      before: 'First sentence. ',
      quote: 'The “quoted” part',
      after: ' here.',
      paragraphStart: 7,
    });
  });

  it('works at the very start and end of the text', () => {
    expect(quoteInParagraph(text, 0, 5)).toEqual({
      before: '',
      quote: 'Title',
      after: '',
      paragraphStart: 0,
    });
    const last = text.indexOf('Last.');
    expect(quoteInParagraph(text, last, text.length)).toEqual({
      before: '',
      quote: 'Last.',
      after: '',
      paragraphStart: last,
    });
  });

  it('widens to every paragraph a quote spans', () => {
    const start = text.indexOf('here.');
    const ctx = quoteInParagraph(text, start, text.indexOf('Last') + 2);
    expect(ctx.before).toBe('First sentence. The “quoted” part ');
    expect(ctx.quote).toBe('here.\n\nLa');
    expect(ctx.after).toBe('st.');
  });
});
