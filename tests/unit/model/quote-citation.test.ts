import { describe, expect, it } from 'vitest';
import { quoteCitation } from '../../../src/lib/model/quote-citation';
import { repoModel } from '../../support/geodata';

const meta = Object.freeze({
  outlet: 'Daily Mail (MailOnline)',
  title: 'Beijing and Moscow vow to deepen military ties',
  published: '2023-04-17',
  url: 'https://www.dailymail.co.uk/news/article-1/x.html',
});

describe('quoteCitation', () => {
  it('cites the quote verbatim with outlet, title, date, URL and offsets, as plain text', () => {
    const quote = Object.freeze({ text: 'four Chinese warships', start: 120, end: 141 });
    expect(quoteCitation(quote, meta).plain).toBe(
      '“four Chinese warships”\n— Daily Mail (MailOnline), “Beijing and Moscow vow to deepen military ties”, 2023-04-17, https://www.dailymail.co.uk/news/article-1/x.html, characters 120–141',
    );
  });

  it('gives Markdown: a blockquote that renders as the source wrote it, the title linked', () => {
    const quote = { text: 'a *starred* [word]\n\n# not a heading_', start: 5, end: 40 };
    const { markdown } = quoteCitation(quote, meta);
    expect(markdown).toBe(
      [
        '> a \\*starred\\* \\[word\\]',
        '>',
        '> \\# not a heading\\_',
        '',
        '— Daily Mail (MailOnline), [“Beijing and Moscow vow to deepen military ties”](<https://www.dailymail.co.uk/news/article-1/x.html>), 2023-04-17, characters 5–40',
      ].join('\n'),
    );
    // Unescaped, the blockquote's lines are the quote's.
    const lines = markdown
      .split('\n\n—')[0]!
      .split('\n')
      .map((l) => l.replace(/^> ?/, ''));
    expect(lines.join('\n').replace(/\\(.)/g, '$1')).toBe(quote.text);
  });

  it('leaves out a URL the source does not have, and cites every shipped quote', () => {
    const { url: _, ...noUrl } = meta;
    expect(quoteCitation({ text: 'x', start: 0, end: 1 }, noUrl).plain).toBe(
      '“x”\n— Daily Mail (MailOnline), “Beijing and Moscow vow to deepen military ties”, 2023-04-17, characters 0–1',
    );
    const model = repoModel();
    for (const incident of model.incidents)
      for (const q of incident.properties.quotes) {
        const source = model.sources.get(q.source)!;
        const { plain } = quoteCitation(q, source.meta);
        expect(plain.startsWith(`“${source.text.slice(q.start, q.end)}”\n`)).toBe(true);
        expect(plain.endsWith(`characters ${q.start}–${q.end}`)).toBe(true);
      }
  });
});
