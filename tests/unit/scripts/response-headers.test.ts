/**
 * The response headers' one source (scripts/build/response-headers.ts): index.html's `<meta>` says the
 * same policy, the header adds what a meta cannot carry, and the cache rule and the `_headers`
 * file follow from it.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  cacheControl,
  contentSecurityPolicy,
  contentTypeOverride,
  headersFile,
  IMMUTABLE,
  REVALIDATE,
  SECURITY_HEADERS,
} from '../../../scripts/build/response-headers';

/** The policy of index.html's `<meta http-equiv="Content-Security-Policy">`, as written. */
function metaPolicy(html: string): string {
  const meta = /<meta\s+http-equiv="Content-Security-Policy"\s+content="([^"]*)"\s*\/?>/.exec(html);
  if (!meta) throw new Error('index.html has no Content-Security-Policy meta');
  return meta[1]!;
}

/** A policy as directive → sources, to compare without caring for spaces. */
function directives(policy: string): Map<string, string> {
  return new Map(
    policy
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .filter((words) => words[0])
      .map(([name, ...sources]) => [name!, sources.join(' ')]),
  );
}

describe('contentSecurityPolicy', () => {
  it("is what index.html's meta says, word for word", () => {
    expect(metaPolicy(readFileSync('index.html', 'utf8'))).toBe(contentSecurityPolicy('meta'));
  });

  it('sends as a header the meta policy plus frame-ancestors, which a meta cannot carry', () => {
    const header = directives(contentSecurityPolicy('header'));
    const meta = directives(contentSecurityPolicy('meta'));
    expect(header.get('frame-ancestors')).toBe("'none'");
    expect(meta.has('frame-ancestors')).toBe(false);
    expect(new Map([...header].filter(([name]) => name !== 'frame-ancestors'))).toEqual(meta);
  });

  it('refuses other origins, plug-ins, <base>, form submissions and framing', () => {
    const header = directives(SECURITY_HEADERS['Content-Security-Policy']!);
    expect(header.get('default-src')).toBe("'self'");
    expect(header.get('script-src')).toBe("'self'");
    for (const name of ['object-src', 'base-uri', 'form-action', 'frame-ancestors'])
      expect(header.get(name), name).toBe("'none'");
    for (const [name, sources] of header)
      expect(sources, name).not.toMatch(/https?:|\*|'unsafe-eval'/);
  });

  it('goes with nosniff and no referrer', () => {
    expect(SECURITY_HEADERS['X-Content-Type-Options']).toBe('nosniff');
    expect(SECURITY_HEADERS['Referrer-Policy']).toBe('no-referrer');
  });
});

describe('cacheControl', () => {
  it.each([
    '/assets/index-BJ2MBWZR.js',
    '/assets/adiz-D3WVRQfN.geojson',
    '/basemap-tiles/1b10c2ef8a/world/0/0/0.pbf',
    '/glyphs/e9ebf774f3/Noto%20Sans%20Regular/0-255.pbf',
  ])('keeps %s, named by its content, for good', (path) => {
    expect(cacheControl(path)).toBe(IMMUTABLE);
  });

  it.each([
    '/',
    '/index.html',
    '/sw.js',
    '/registerSW.js',
    '/manifest.webmanifest',
    '/workbox-1a2b3c4d.js',
    '/_headers',
    '/basemap-tiles/world/0/0/0.pbf',
    '/glyphs/not-a-hash/0-255.pbf',
    '/datasets/x/manifest.json',
  ])('revalidates %s, which is not named by its content', (path) => {
    expect(cacheControl(path)).toBe(REVALIDATE);
  });
});

describe('contentTypeOverride', () => {
  it('gives tiles, glyphs, FlatGeobuf and texts the types sirv lacks', () => {
    expect(contentTypeOverride('/basemap-tiles/1b10c2ef8a/world/0/0/0.pbf')).toBe(
      'application/x-protobuf',
    );
    expect(contentTypeOverride('/datasets/x/incidents.fgb')).toBe('application/octet-stream');
    expect(contentTypeOverride('/assets/a-1.txt')).toBe('text/plain; charset=utf-8');
  });

  it("keeps sirv's type for everything else", () => {
    for (const path of ['/index.html', '/assets/a.js', '/a.wasm', '/x.pbf/readme', '/'])
      expect(contentTypeOverride(path), path).toBeUndefined();
  });
});

describe('headersFile', () => {
  const blocks = () =>
    new Map(
      headersFile()
        .split(/\n(?=\/)/)
        .filter((b) => b.startsWith('/'))
        .map((b) => {
          const [path, ...lines] = b.trim().split('\n');
          return [
            path!,
            new Map(
              lines.map(
                (l) =>
                  l
                    .trim()
                    .split(/: (.*)/)
                    .slice(0, 2) as [string, string],
              ),
            ),
          ];
        }),
    );

  it('sends the security headers on every path', () => {
    expect(Object.fromEntries(blocks().get('/*')!)).toEqual(SECURITY_HEADERS);
  });

  it('caches the content-hashed folders for good, and sets Cache-Control on no other rule', () => {
    const rules = blocks();
    for (const folder of ['/assets/*', '/basemap-tiles/*', '/glyphs/*'])
      expect(rules.get(folder)?.get('Cache-Control'), folder).toBe(IMMUTABLE);
    expect(
      [...rules].filter(([, headers]) => headers.has('Cache-Control')).map(([path]) => path),
    ).toEqual(['/assets/*', '/basemap-tiles/*', '/glyphs/*']);
    expect(rules.get('/glyphs/*')?.get('Content-Type')).toBe('application/x-protobuf');
  });
});

describe('docs/deploy.md', () => {
  const docs = readFileSync('docs/deploy.md', 'utf8');

  it('shows the `_headers` file the build writes, as it is', () => {
    const written = headersFile().split('\n').slice(1).join('\n');
    expect(docs).toContain(`\`\`\`\n${written}\`\`\``);
  });

  it('gives nginx the same policy and caching', () => {
    const csp = contentSecurityPolicy('header');
    expect(docs).toContain(`add_header Content-Security-Policy "${csp}" always;`);
    expect(docs).toContain(`add_header Cache-Control "${IMMUTABLE}" always;`);
    expect(docs).toContain(`add_header Cache-Control "${REVALIDATE}" always;`);
  });
});
