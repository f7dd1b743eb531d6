const ENTITIES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/**
 * Text as HTML text or as an attribute's value (quoted with `"`): the five characters HTML reads
 * as markup become entities, every other character stays as it is, so a browser shows the text
 * exactly and never reads a tag, an entity or the end of an attribute in it.
 *
 * @example
 * escapeHtml('<script>alert("x")</script> & co') // → '&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; co'
 */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ENTITIES[c]!);
}
