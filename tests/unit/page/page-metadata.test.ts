import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../../scripts/commands/parse-html';
import { pageMetadata } from '../../../src/lib/page/page-metadata';

const meta = (head: string, pageUrl?: string) =>
  pageMetadata(parseHtml(`<!doctype html><html><head>${head}</head><body></body></html>`), pageUrl);

describe('pageMetadata', () => {
  it('takes the day of a date-time as written in its zone, not in UTC', () => {
    const m = meta('<meta property="article:published_time" content="2023-04-16T01:30:00+0800">');
    expect(m.published).toEqual({ value: '2023-04-16', from: 'article:published_time' });
    expect(m.publishedAt).toEqual({
      value: '2023-04-16T01:30:00+08:00',
      from: 'article:published_time',
    });
  });

  it('keeps no date-time without a zone, and no date that is not ISO 8601', () => {
    expect(meta('<meta name="date" content="2023-04-16T09:30">')).toEqual({
      published: { value: '2023-04-16', from: 'date' },
    });
    expect(meta('<meta name="date" content="April 16, 2023">')).toEqual({});
  });

  it('falls back on a <time datetime> in the body', () => {
    const document = parseHtml('<p>Posted <time datetime="2023-04-08">8 April</time></p>');
    expect(pageMetadata(document).published).toEqual({
      value: '2023-04-08',
      from: '<time datetime>',
    });
  });

  it('reads a relative canonical link against the page’s address, and refuses other schemes', () => {
    expect(meta('<link rel="canonical" href="/news/1">', 'https://mnd.example/a?b').url).toEqual({
      value: 'https://mnd.example/news/1',
      from: '<link rel="canonical">',
    });
    expect(meta('<link rel="canonical" href="javascript:alert(1)">').url).toBeUndefined();
  });

  it('skips a JSON-LD block that is not JSON and reads the tags', () => {
    const m = meta(
      '<script type="application/ld+json">{ not json</script><meta property="og:site_name" content="MND"><meta property="og:locale" content="zh_TW">',
    );
    expect(m).toEqual({
      outlet: { value: 'MND', from: 'og:site_name' },
      language: { value: 'zh-TW', from: 'og:locale' },
    });
  });

  it('ignores an article:author that is a profile URL', () => {
    expect(
      meta('<meta property="article:author" content="https://facebook.com/someone">').author,
    ).toBeUndefined();
  });
});
