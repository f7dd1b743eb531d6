import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../../scripts/commands/parse-html';
import { articleText } from '../../../src/lib/page/article-text';

const text = (html: string) => articleText(parseHtml(html).body);

describe('articleText', () => {
  it('separates blocks by a blank line and collapses whitespace within a line', () => {
    expect(text('<div><h2> Two\n   ships </h2><p>One&nbsp;<b>aircraft</b>.</p></div>')).toBe(
      'Two ships\n\nOne aircraft.\n',
    );
  });

  it('keeps a <br> as a line break, drops empty blocks and keeps table cells apart', () => {
    expect(
      text(
        '<p>Aircraft: 13<br>Ships: 3</p><p> </p><table><tr><td>PLA</td><td>20</td></tr></table>',
      ),
    ).toBe('Aircraft: 13\nShips: 3\n\nPLA 20\n');
  });

  it('gives no text for an element without any', () => {
    expect(text('<div><p>  </p><script>x()</script></div>')).toBe('');
  });
});
