/**
 * A kebab-case id part from any words: accents dropped, other characters to hyphens, at most
 * 40 characters; `fallback` when nothing is left.
 *
 * @example
 * slug('Daily Mail (MailOnline)') // → 'daily-mail-mailonline'
 * slug('台灣', 'layer') // → 'layer'
 */
export function slug(words: string, fallback = 'item'): string {
  const s = words
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40)
    .replace(/-+$/, '');
  return s || fallback;
}
