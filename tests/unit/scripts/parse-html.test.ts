/**
 * The command's HTML parser builds the tree the HTML standard says (parse5's, as jsdom and the
 * browser's DOMParser build it) into a DOM that runs nothing: compared node by node with parse5's
 * own tree on the cases where a lenient parser differs from the standard.
 */
import { type DefaultTreeAdapterMap, parse } from 'parse5';
import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../../scripts/commands/parse-html';

type Parse5Node = DefaultTreeAdapterMap['node'];

/** One line a node: depth, then `<name attr="value">`, `#text "…"` or `#comment "…"`. */
function outlineOfDom(node: Node, depth = 0, lines: string[] = []): string[] {
  for (const child of node.childNodes) {
    const pad = '  '.repeat(depth);
    if (child.nodeType === 1) {
      const element = child as Element;
      const attrs = [...element.attributes].map((a) => ` ${a.name}="${a.value}"`).join('');
      lines.push(`${pad}<${element.localName.toLowerCase()}${attrs}>`);
      outlineOfDom(element, depth + 1, lines);
    } else if (child.nodeType === 3) lines.push(`${pad}#text ${JSON.stringify(child.nodeValue)}`);
    else if (child.nodeType === 8) lines.push(`${pad}#comment ${JSON.stringify(child.nodeValue)}`);
  }
  return lines;
}

function outlineOfParse5(node: Parse5Node, depth = 0, lines: string[] = []): string[] {
  if (!('childNodes' in node)) return lines;
  for (const child of node.childNodes) {
    const pad = '  '.repeat(depth);
    if ('tagName' in child) {
      const attrs = child.attrs
        .map((a) => ` ${a.prefix ? `${a.prefix}:` : ''}${a.name}="${a.value}"`)
        .join('');
      lines.push(`${pad}<${child.tagName}${attrs}>`);
      outlineOfParse5(child, depth + 1, lines);
    } else if (child.nodeName === '#text' && 'value' in child)
      lines.push(`${pad}#text ${JSON.stringify(child.value)}`);
    else if (child.nodeName === '#comment' && 'data' in child)
      lines.push(`${pad}#comment ${JSON.stringify(child.data)}`);
  }
  return lines;
}

describe('parseHtml', () => {
  it.each([
    ['implied end tags', '<p>one<p>two<ul><li>a<li>b</ul><div>c'],
    ['a table fostering its stray paragraph', '<table><p>fostered</p><tr><td>a<td>b</table>'],
    ['misnested formatting', '<p><b>bold <i>both</b> italic</i> end</p>'],
    [
      'entities with and without semicolons',
      '<p>&amp AT&T &notit; &nbsp;x&#160;y &lt;t&gt; caf&eacute;',
    ],
    ['a quirks-mode table inside a paragraph', '<p>before<table><tr><td>cell</table>after'],
    [
      'foreign content',
      '<svg><title>t</title><![CDATA[x]]><a xlink:href="#a">l</a></svg><math><mi>x',
    ],
    ['nested links and upper-case tags', '<A HREF=x>one<a href=y>two</a></A><BR/>'],
    [
      'comments, a template and raw text',
      '<!-- c --><template><p>in</p></template><script>1<2</script>',
    ],
  ])('builds the standard’s tree for %s', (_case, html) => {
    expect(outlineOfDom(parseHtml(html))).toEqual(outlineOfParse5(parse(html)));
  });

  it('keeps a template’s contents out of the document, as the browser does', () => {
    const document = parseHtml('<template><p>inside</p></template><p>outside</p>');
    expect(document.body.textContent).toBe('outside');
  });

  it('runs no script and no event handler', () => {
    const document = parseHtml(
      '<script>globalThis.__parsedPageRan = true; document.body.append("RAN")</script><img src=x onerror="globalThis.__parsedPageRan = true"><p>text</p>',
    );
    expect((globalThis as Record<string, unknown>)['__parsedPageRan']).toBeUndefined();
    expect(document.body.textContent).not.toContain('RAN');
  });
});
