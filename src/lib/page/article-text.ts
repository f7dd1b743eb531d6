/** Elements that end a paragraph before and after them. */
const BLOCKS = new Set([
  'ADDRESS',
  'ARTICLE',
  'ASIDE',
  'BLOCKQUOTE',
  'CAPTION',
  'DD',
  'DETAILS',
  'DIV',
  'DL',
  'DT',
  'FIELDSET',
  'FIGCAPTION',
  'FIGURE',
  'FOOTER',
  'FORM',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'HEADER',
  'HR',
  'LI',
  'MAIN',
  'NAV',
  'OL',
  'P',
  'PRE',
  'SECTION',
  'SUMMARY',
  'TABLE',
  'TBODY',
  'TFOOT',
  'THEAD',
  'TR',
  'UL',
]);
/** Elements whose text is never the article's. */
const SKIPPED = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'svg', 'MATH', 'math']);

/**
 * The text of an article's element, as a source text stores it: each block (paragraph,
 * heading, list item, table row…) a paragraph of its own, paragraphs separated by one blank
 * line; a `<br>` a line break inside its paragraph; within a line, every run of whitespace
 * (spaces, tabs, the page's own line breaks, no-break spaces) one space, and none at either
 * end; table cells of a row separated by a space; empty paragraphs dropped; one `\n` at the
 * end. Nothing else is changed: no quotes "fixed", no words dropped. Quotes are offsets into
 * exactly this text, so this is the rule the command and the browser share.
 *
 * @example
 * articleText(parse('<div><p>Two\n  ships.</p><p>One<br>aircraft.</p></div>').body)
 * // → 'Two ships.\n\nOne\naircraft.\n'
 */
export function articleText(root: Element): string {
  const paragraphs: string[][] = [];
  let lines: string[] = [''];
  const endParagraph = () => {
    const kept = lines.map(collapse).filter((l) => l !== '');
    if (kept.length > 0) paragraphs.push(kept);
    lines = [''];
  };
  const visit = (node: Node): void => {
    if (node.nodeType === 3) {
      lines[lines.length - 1] += node.nodeValue ?? '';
      return;
    }
    if (node.nodeType !== 1) return;
    const name = (node as Element).tagName.toUpperCase();
    if (SKIPPED.has(name)) return;
    if (name === 'BR') {
      lines.push('');
      return;
    }
    const block = BLOCKS.has(name);
    if (block) endParagraph();
    if (name === 'TD' || name === 'TH') lines[lines.length - 1] += ' ';
    for (const child of node.childNodes) visit(child);
    if (block) endParagraph();
  };
  visit(root);
  endParagraph();
  return paragraphs.length === 0 ? '' : `${paragraphs.map((p) => p.join('\n')).join('\n\n')}\n`;
}

/** Spaces, tabs, line breaks, form feeds and no-break spaces → one space; trimmed. */
function collapse(line: string): string {
  return line.replace(/[ \t\n\r\f\u00a0]+/g, ' ').trim();
}
