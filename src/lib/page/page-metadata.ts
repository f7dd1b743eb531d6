/** One metadata value a page gives, and where in the page it was read. */
export interface Found {
  readonly value: string;
  /** Where it came from: `og:title`, `JSON-LD NewsArticle.datePublished`, `<time datetime>`… */
  readonly from: string;
}

/** What a page says about itself; a field it does not give is absent, never guessed. */
export interface PageMetadata {
  readonly title?: Found;
  readonly outlet?: Found;
  readonly author?: Found;
  /** The publication day, `YYYY-MM-DD`, as written in the page's own zone. */
  readonly published?: Found;
  /** The publication date-time with its zone (`2023-04-15T09:00:00+08:00`), when the page gives both. */
  readonly publishedAt?: Found;
  /** The page's own address (canonical link, `og:url`, JSON-LD), http or https only. */
  readonly url?: Found;
  /** A BCP 47 tag (`en`, `zh-TW`). */
  readonly language?: Found;
}

/** The JSON-LD types an article's metadata is read from, the news ones first. */
const ARTICLE_TYPES = [
  'NewsArticle',
  'ReportageNewsArticle',
  'AnalysisNewsArticle',
  'Article',
  'BlogPosting',
  'Report',
  'WebPage',
];

type Json = null | boolean | number | string | readonly Json[] | { readonly [key: string]: Json };
type JsonObject = { readonly [key: string]: Json };

/**
 * The metadata a page gives about itself, each field with where it was read, in this order of
 * trust: JSON-LD (`NewsArticle` and kin), Open Graph and `article:` meta tags, other `<meta>`
 * tags, the canonical link, `<title>`, `<time datetime>`, `<html lang>`. A date is taken only
 * when it is ISO 8601 (`2023-04-15`, `2023-04-15T09:00:00+08:00`): its day is the day as
 * written, in the page's zone, not converted to UTC. Read it before Readability changes the
 * document. Nothing here runs the page's scripts: JSON-LD is read as text and parsed as JSON.
 *
 * @example
 * const doc = new DOMParser().parseFromString('<title>Hi</title><meta property="og:site_name" content="MND">', 'text/html');
 * pageMetadata(doc) // → { title: { value: 'Hi', from: '<title>' }, outlet: { value: 'MND', from: 'og:site_name' } }
 */
export function pageMetadata(document: Document, pageUrl?: string): PageMetadata {
  const article = jsonLdArticle(document);
  const meta = (attribute: 'property' | 'name' | 'itemprop', key: string): Found | undefined => {
    for (const element of document.querySelectorAll(`meta[${attribute}]`)) {
      if (element.getAttribute(attribute)?.toLowerCase() !== key.toLowerCase()) continue;
      const value = clean(element.getAttribute('content'));
      if (value) return { value, from: key };
    }
    return undefined;
  };
  const ld = (key: string, read: (value: Json | undefined) => string | undefined) => {
    const value = article && read(article.object[key]);
    return value ? { value, from: `JSON-LD ${article.type}.${key}` } : undefined;
  };

  const title =
    ld('headline', text) ??
    meta('property', 'og:title') ??
    meta('name', 'twitter:title') ??
    element(document, 'title', '<title>');
  const outlet =
    ld('publisher', name) ?? meta('property', 'og:site_name') ?? meta('name', 'application-name');
  const author =
    ld('author', name) ??
    meta('name', 'author') ??
    notUrl(meta('property', 'article:author')) ??
    meta('name', 'byl');
  const date = firstDate([
    ld('datePublished', text),
    meta('property', 'article:published_time'),
    meta('itemprop', 'datePublished'),
    meta('name', 'date'),
    meta('name', 'pubdate'),
    meta('name', 'dc.date.issued'),
    meta('name', 'dc.date'),
    ...[...document.querySelectorAll('time[datetime]')].map((t) => ({
      value: t.getAttribute('datetime') ?? '',
      from: '<time datetime>',
    })),
  ]);
  const url = [
    linkHref(document, 'canonical', pageUrl),
    meta('property', 'og:url'),
    ld('url', text),
    ld('mainEntityOfPage', (v) => text(v) ?? (isObject(v) ? text(v['@id']) : undefined)),
  ]
    .map((found) => found && webUrl(found, pageUrl))
    .find((found) => found !== undefined);
  const language = [
    attribute(document.documentElement, 'lang', '<html lang>'),
    meta('name', 'language'),
    ld('inLanguage', text),
    meta('property', 'og:locale'),
  ]
    .map((found) => found && languageTag(found))
    .find((found) => found !== undefined);

  return {
    ...(title ? { title } : {}),
    ...(outlet ? { outlet } : {}),
    ...(author ? { author } : {}),
    ...(date ? { published: date.day } : {}),
    ...(date?.at ? { publishedAt: date.at } : {}),
    ...(url ? { url } : {}),
    ...(language ? { language } : {}),
  };
}

/** The first JSON-LD object of an article type (in a list or an `@graph` too), news first. */
function jsonLdArticle(document: Document): { type: string; object: JsonObject } | undefined {
  const found: { type: string; object: JsonObject }[] = [];
  const visit = (node: Json): void => {
    if (Array.isArray(node)) return node.forEach(visit);
    if (!isObject(node)) return;
    const types = [node['@type']].flat().filter((t): t is string => typeof t === 'string');
    const type = ARTICLE_TYPES.find((t) => types.includes(t));
    if (type) found.push({ type, object: node });
    if (node['@graph']) visit(node['@graph']);
  };
  for (const script of document.querySelectorAll('script[type="application/ld+json"]')) {
    try {
      visit(JSON.parse(script.textContent ?? '') as Json);
    } catch {
      // A JSON-LD block that is not JSON says nothing; the other tags may.
    }
  }
  const rank = (t: string) => ARTICLE_TYPES.indexOf(t);
  return found.sort((a, b) => rank(a.type) - rank(b.type))[0];
}

const ISO_DATE =
  /^(\d{4}-\d{2}-\d{2})(?:[T ](\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?)\s*(Z|[+-]\d{2}:?\d{2})?)?$/;

/** The first candidate that is an ISO date: its day, and its date-time when it has a zone. */
function firstDate(
  candidates: readonly (Found | undefined)[],
): { day: Found; at?: Found } | undefined {
  for (const found of candidates) {
    const match = found && ISO_DATE.exec(found.value.trim());
    if (!found || !match) continue;
    const [, day, time, zone] = match;
    const offset =
      zone && zone !== 'Z' && !zone.includes(':') ? `${zone.slice(0, 3)}:${zone.slice(3)}` : zone;
    return {
      day: { value: day!, from: found.from },
      ...(time && offset ? { at: { value: `${day}T${time}${offset}`, from: found.from } } : {}),
    };
  }
  return undefined;
}

function element(document: Document, selector: string, from: string): Found | undefined {
  const value = clean(document.querySelector(selector)?.textContent);
  return value ? { value, from } : undefined;
}

function attribute(node: Element | null, name: string, from: string): Found | undefined {
  const value = clean(node?.getAttribute(name));
  return value ? { value, from } : undefined;
}

function linkHref(document: Document, rel: string, pageUrl?: string): Found | undefined {
  const link = [...document.querySelectorAll('link[rel][href]')].find((l) =>
    (l.getAttribute('rel') ?? '').toLowerCase().split(/\s+/).includes(rel),
  );
  const found = attribute(link ?? null, 'href', `<link rel="${rel}">`);
  return found && webUrl(found, pageUrl);
}

/** An absolute http(s) URL (a relative one read against the page's address, when known). */
function webUrl(found: Found, pageUrl?: string): Found | undefined {
  try {
    const url = new URL(found.value, pageUrl);
    return url.protocol === 'http:' || url.protocol === 'https:'
      ? { value: url.href, from: found.from }
      : undefined;
  } catch {
    return undefined;
  }
}

/** `en_US`, `EN-us` → `en-US`; anything that is not a language tag → undefined. */
function languageTag(found: Found): Found | undefined {
  const [primary, ...rest] = found.value.trim().replace(/_/g, '-').split('-');
  if (!primary || !/^[a-z]{2,3}$/i.test(primary) || rest.some((p) => !/^[a-z0-9]+$/i.test(p)))
    return undefined;
  const tag = [primary.toLowerCase(), ...rest.map((p) => (p.length === 2 ? p.toUpperCase() : p))];
  return { value: tag.join('-'), from: found.from };
}

function notUrl(found: Found | undefined): Found | undefined {
  return found && !/^https?:/i.test(found.value) ? found : undefined;
}

/** A JSON-LD text value: a string, or the first string of a list. */
function text(value: Json | undefined): string | undefined {
  if (typeof value === 'string') return clean(value);
  if (Array.isArray(value)) return value.map(text).find(Boolean);
  return undefined;
}

/** A JSON-LD person or organisation: its `name`, or names joined ("A, B") for a list. */
function name(value: Json | undefined): string | undefined {
  if (typeof value === 'string') return clean(value);
  if (Array.isArray(value)) return clean(value.map(name).filter(Boolean).join(', '));
  return isObject(value) ? text(value['name']) : undefined;
}

function isObject(value: Json | undefined): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Whitespace collapsed and trimmed; empty → undefined. */
function clean(value: string | null | undefined): string | undefined {
  const cleaned = value?.replace(/\s+/g, ' ').trim();
  return cleaned ? cleaned : undefined;
}
