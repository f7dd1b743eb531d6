import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../../scripts/commands/parse-html';
import { readPage } from '../../../src/lib/page/read-page';
import { fixturePage } from '../../support/pages';

const read = (name: string) => readPage(fixturePage(name).bytes, parseHtml);

describe('readPage', () => {
  it("keeps a news page's article in reading order, without navigation, share buttons, related links or footer", () => {
    const page = read('news-article.html');
    if (!page.ok) throw new Error(page.reason);
    const paragraphs = page.text.split('\n\n');
    expect(paragraphs).toHaveLength(4);
    expect(paragraphs[0]).toBe(
      "Taiwan's defence ministry said on Saturday it had detected 13 Chinese aircraft and three warships around the island by 6 a.m., four of which crossed the median line into its southeast ADIZ.",
    );
    // A <br> is a line break inside its paragraph; the no-break space is a space.
    expect(paragraphs[2]).toContain("apply.\nChina's");
    expect(paragraphs[1]).toContain('had sent combat air patrols');
    expect(page.text.endsWith('east of Taiwan.\n')).toBe(true);
    for (const chrome of [
      'World',
      'Subscribe',
      'Share on',
      'Copy link',
      'Most read',
      '©',
      'newsletter',
    ])
      expect(page.text).not.toContain(chrome);
  });

  it('never runs the page’s script: the text is the page’s, and the document’s window saw nothing', () => {
    const document = parseHtml(fixturePage('news-article.html').bytes.toString('utf8'));
    expect((document.defaultView as unknown as Record<string, unknown>)['__pageScriptRan']).toBe(
      undefined,
    );
    const page = read('news-article.html');
    expect(page.ok && page.text).not.toContain('SCRIPT RAN');
  });

  it('gives the metadata of a news page, each field with where it came from', () => {
    const page = read('news-article.html');
    expect(page.ok && page.metadata).toEqual({
      title: {
        value: 'Chinese aircraft and warships detected around Taiwan',
        from: 'JSON-LD NewsArticle.headline',
      },
      outlet: { value: 'Strait Daily', from: 'JSON-LD NewsArticle.publisher' },
      author: { value: 'Lin Mei, Sam Hart', from: 'JSON-LD NewsArticle.author' },
      published: { value: '2023-04-16', from: 'JSON-LD NewsArticle.datePublished' },
      publishedAt: {
        value: '2023-04-16T09:30:00+08:00',
        from: 'JSON-LD NewsArticle.datePublished',
      },
      url: {
        value: 'https://news.example.org/world/taiwan-aircraft-2023-04-16',
        from: '<link rel="canonical">',
      },
      language: { value: 'en-GB', from: '<html lang>' },
    });
  });

  it('gives only what a page with only a <title> has, and guesses nothing', () => {
    const page = read('title-only.html');
    expect(page.ok && page.metadata).toEqual({
      title: { value: 'Taiwan reports Chinese balloon over the strait', from: '<title>' },
    });
  });

  it.each([
    ['big5.html', 'Big5', '國防部', '偵獲共機十三架次、共艦三艘', 'zh-TW'],
    ['gbk.html', 'GBK', '新闻网', '东部战区新闻发言人表示', 'zh-CN'],
  ])('decodes %s by its declared charset (%s)', (name, encoding, outlet, words, language) => {
    const page = read(name);
    if (!page.ok) throw new Error(page.reason);
    expect(page.encoding).toBe(encoding);
    expect(page.text).toContain(words);
    expect(page.metadata.outlet?.value).toBe(outlet);
    expect(page.metadata.language?.value).toBe(language);
    expect(page.text).not.toContain('\uFFFD');
  });

  it.each([
    [
      'invalid-utf8.html',
      'is not valid UTF-8 at byte 160 (0xE9, counting from 0): the page was saved in another encoding than it declares, or is damaged',
    ],
    ['not-html.html', 'is not an HTML page (no <html>, <head>, <body> or <p> in it)'],
    ['empty.html', 'is empty'],
    [
      'empty-article.html',
      'has no article (no paragraph of text outside navigation, menus and footers)',
    ],
  ])('refuses %s: %s', (name, reason) => {
    expect(read(name)).toEqual({ ok: false, reason });
  });

  it('finds a bad byte in a GBK page at the lead byte of its sequence', () => {
    const bytes = new Uint8Array([
      ...new TextEncoder().encode('<meta charset="gbk"><p>ab'),
      0x81,
      0x20,
      ...new TextEncoder().encode('cd</p>'),
    ]);
    expect(readPage(bytes, parseHtml)).toEqual({
      ok: false,
      reason: expect.stringMatching(/^is not valid GBK at byte 25 \(0x81, counting from 0\)/),
    });
  });

  it('reads the charset of the HTTP answer before the page’s own <meta>', () => {
    const bytes = Buffer.from(
      '<meta charset="utf-8"><p>Taipei: caf\xe9 talks on the strait went on into the evening hours.</p>',
      'latin1',
    );
    const page = readPage(bytes, parseHtml, { transportCharset: 'iso-8859-1' });
    expect(page.ok && page.text).toContain('café talks');
  });
});
