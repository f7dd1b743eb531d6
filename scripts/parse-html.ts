import { JSDOM, VirtualConsole } from 'jsdom';

/**
 * HTML → a Document in Node, as the browser's `DOMParser` makes one: jsdom parses by the HTML
 * standard (parse5) and, as configured here, runs no script (`runScripts` unset), loads no
 * subresource (`resources` unset) and prints nothing about the page's CSS. The page reader
 * (src/lib/page/read-page.ts) runs on it in the command as on `DOMParser`'s in the browser.
 *
 * @example
 * parseHtml('<title>Hi</title>').title // → 'Hi'
 */
export function parseHtml(html: string, pageUrl?: string): Document {
  const dom = new JSDOM(html, {
    ...(pageUrl ? { url: pageUrl } : {}),
    contentType: 'text/html',
    virtualConsole: new VirtualConsole(),
  });
  return dom.window.document;
}
