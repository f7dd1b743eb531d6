/**
 * The HTTP headers the built app is served with: the one source for `npm start`
 * (scripts/browser/serve-dist.ts), `vite preview`, the `_headers` file written into dist/ for static
 * hosts (scripts/vite-plugin-headers-file.ts), and index.html's `<meta>` policy (a unit test
 * checks that the meta says exactly what `contentSecurityPolicy('meta')` says). Documented in
 * docs/deploy.md.
 */

/**
 * The Content-Security-Policy, directive by directive. Nothing but the app's own origin; `data:`
 * and `blob:` where MapLibre makes images, workers and fonts from memory; inline styles, which
 * MapLibre and Svelte set on elements. No plug-ins, no `<base>`, no form submissions, and no
 * page of another origin may frame the app.
 */
export const CSP_DIRECTIVES: Readonly<Record<string, readonly string[]>> = {
  'default-src': ["'self'"],
  'img-src': ["'self'", 'data:', 'blob:'],
  'style-src': ["'self'", "'unsafe-inline'"],
  'worker-src': ["'self'", 'blob:'],
  'manifest-src': ["'self'"],
  'font-src': ["'self'", 'data:', 'blob:'],
  'connect-src': ["'self'", 'data:', 'blob:'],
  'script-src': ["'self'"],
  'object-src': ["'none'"],
  'base-uri': ["'none'"],
  'form-action': ["'none'"],
  'frame-ancestors': ["'none'"],
};

/** Directives a `<meta>` policy cannot carry (CSP Level 3, section 3.3): header only. */
export const HEADER_ONLY_DIRECTIVES: ReadonlySet<string> = new Set([
  'frame-ancestors',
  'report-uri',
  'sandbox',
]);

/**
 * The policy as one header value, or as index.html's `<meta>` content (without the directives
 * a meta cannot carry).
 *
 * @example
 * contentSecurityPolicy('meta') // → "default-src 'self'; img-src 'self' data: blob:; …; form-action 'none'"
 */
export function contentSecurityPolicy(delivery: 'header' | 'meta' = 'header'): string {
  return Object.entries(CSP_DIRECTIVES)
    .filter(([name]) => delivery === 'header' || !HEADER_ONLY_DIRECTIVES.has(name))
    .map(([name, sources]) => [name, ...sources].join(' '))
    .join('; ');
}

/** Sent with every response, whatever its path or status. */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'Content-Security-Policy': contentSecurityPolicy('header'),
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
};

/** For files whose name or folder carries a hash of their content: they never change. */
export const IMMUTABLE = 'public, max-age=31536000, immutable';
/** For every other file: the browser may keep it, but asks the server before each use. */
export const REVALIDATE = 'no-cache';

/**
 * Where files are named by their content: Vite's `assets/` (`index-BJ2MBWZR.js`, every geodata
 * file) and the basemap plugin's `basemap-tiles/<hash>/` and `glyphs/<hash>/` (the hash is of
 * every tile or glyph in the folder: scripts/build/vite-plugin-basemap-tiles.ts). Anything else —
 * index.html, a service worker, a web manifest, any file a later build adds at the top level —
 * is revalidated.
 */
const CONTENT_HASHED = /^\/(?:assets\/|(?:basemap-tiles|glyphs)\/[0-9a-f]{10}\/)/;

/**
 * The Cache-Control for a request path: immutable where files are named by their content, else
 * revalidated.
 *
 * @example
 * cacheControl('/assets/index-BJ2MBWZR.js') // → 'public, max-age=31536000, immutable'
 * cacheControl('/index.html') // → 'no-cache'
 */
export function cacheControl(pathname: string): string {
  return CONTENT_HASHED.test(pathname) ? IMMUTABLE : REVALIDATE;
}

/**
 * Content-Types for the files the app serves that sirv's table (mrmime) has no type for, or no
 * charset: vector tiles and glyphs (`.pbf`, as tile servers and our dev server send them),
 * FlatGeobuf, and source texts (UTF-8, as the app decodes them). `.wasm`, `.mjs`,
 * `.webmanifest`, `.geojson` and `.json` are right in sirv already (a unit test checks).
 */
export const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.pbf': 'application/x-protobuf',
  '.fgb': 'application/octet-stream',
  '.txt': 'text/plain; charset=utf-8',
};

/**
 * The Content-Type to send for `pathname` instead of sirv's, or `undefined` to keep sirv's.
 *
 * @example
 * contentTypeOverride('/glyphs/e9ebf774f3/Noto Sans Regular/0-255.pbf') // → 'application/x-protobuf'
 */
export function contentTypeOverride(pathname: string): string | undefined {
  const dot = pathname.lastIndexOf('.');
  return dot > pathname.lastIndexOf('/') ? CONTENT_TYPES[pathname.slice(dot)] : undefined;
}

/**
 * A `_headers` file for Netlify and Cloudflare Pages (the same syntax): the security headers on
 * every path; immutable caching for the content-hashed folders, with the tiles' and glyphs'
 * Content-Type. Cache-Control is set on no path that another rule also sets (both hosts merge
 * overlapping rules), so every other file keeps the host's default, `max-age=0,
 * must-revalidate`: as fresh as `no-cache`.
 *
 * @example
 * headersFile().split('\n')[1] // → '/*'
 */
export function headersFile(): string {
  const block = (path: string, headers: Readonly<Record<string, string>>) =>
    [path, ...Object.entries(headers).map(([name, value]) => `  ${name}: ${value}`)].join('\n');
  const tiles = { 'Cache-Control': IMMUTABLE, 'Content-Type': CONTENT_TYPES['.pbf']! };
  return [
    '# Written by `npm run build` from scripts/build/response-headers.ts (docs/deploy.md).',
    block('/*', SECURITY_HEADERS),
    block('/assets/*', { 'Cache-Control': IMMUTABLE }),
    block('/basemap-tiles/*', tiles),
    block('/glyphs/*', tiles),
    '',
  ].join('\n');
}
