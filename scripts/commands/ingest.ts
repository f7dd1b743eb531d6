/**
 * `npm run ingest -- <page.html | https://… | text file> [--published YYYY-MM-DD] [--outlet "…"] [--title "…"] [--url …]`
 *
 * A page (a saved `.html`/`.htm` file or an http(s) URL) gives its article's text (Readability,
 * src/lib/page/read-page.ts) and its metadata (title, outlet, author, publication date, URL);
 * the flags override what it gives, and a required field it does not give is asked for by name
 * (exit 2). A `.txt` file is the text itself, and then --published, --outlet and --title are
 * required. Either way the text is stored as geodata/sources/<id>.txt with its metadata and
 * SHA-256 in <id>.json (for a page also the SHA-256 of the page's bytes, and for a URL when it
 * was retrieved), the extractor (src/lib/ingest/extract-incidents.ts) runs and the draft
 * incidents go to geodata/incidents/drafts/<id>.geojson for review. Nothing is written when
 * anything is refused. The id defaults to the outlet and the publication day
 * ("taiwan-mnd-2023-04-15"). Other options: --id, --author, --language (en), --note, --force
 * (replace an existing source), --root (another geodata directory).
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { pathToFileURL } from 'node:url';
import * as v from 'valibot';
import { readGeodataFiles } from '../../src/lib/data/read-geodata-files';
import { type Extraction, extractIncidents } from '../../src/lib/ingest/extract-incidents';
import { gazetteerSchema } from '../../src/lib/ingest/gazetteer-schema';
import { buildModel } from '../../src/lib/model/build-model';
import { slug } from '../../src/lib/import/slug';
import { formatIssue, issuesFromValibot } from '../../src/lib/model/data-issue';
import { decodeText } from '../../src/lib/model/decode-text';
import { type SourceMeta, sourceMetaSchema } from '../../src/lib/model/schema';
import { sha256Hex } from '../../src/lib/model/sha256-hex';
import type { Found, PageMetadata } from '../../src/lib/page/page-metadata';
import { FETCH_LIMITS, type FetchLimits, fetchPage } from './fetch-page';

export interface IngestOptions {
  readonly root: string;
  readonly textFile: string;
  readonly published: string;
  readonly outlet: string;
  readonly title: string;
  readonly url?: string;
  readonly id?: string;
  readonly author?: string;
  readonly language?: string;
  readonly note?: string;
  readonly force?: boolean;
  /** The day the source enters the project (`YYYY-MM-DD`); today (UTC) by default. */
  readonly added?: string;
}

export interface IngestResult {
  readonly meta: SourceMeta;
  /** The text as stored (UTF-8, without a byte-order mark). */
  readonly text: string;
  readonly extraction: Extraction;
  /** The files written, relative to the working directory. */
  readonly written: readonly string[];
}

/** Store a source, extract its draft incidents and write both. Throws with a reason on bad input. */
export async function ingest(options: IngestOptions): Promise<IngestResult> {
  // Strictly: a text with a byte that is not UTF-8 is refused, never stored with U+FFFD in it.
  const decoded = decodeText(readFileSync(options.textFile), options.textFile);
  if (!decoded.ok) throw new Error(formatIssue(decoded.issue));
  const text = decoded.text;
  if (text.trim() === '') throw new Error(`${options.textFile} is empty`);
  return storeSource(options, text, {
    outlet: options.outlet,
    title: options.title,
    published: options.published,
    ...(options.added ? { added: options.added } : {}),
    language: options.language ?? 'en',
    ...(options.url ? { url: options.url } : {}),
    ...(options.author ? { author: options.author } : {}),
  });
}

/** The page options: a page, and flags that override what it says about itself. */
export interface PageIngestOptions extends Partial<
  Omit<IngestOptions, 'root' | 'textFile' | 'published'>
> {
  readonly root: string;
  /** A saved `.html`/`.htm` file, or an http(s) URL. */
  readonly page: string;
  readonly published?: string;
  /** Limits of the fetch of a URL (the command's defaults otherwise). */
  readonly fetchLimits?: FetchLimits;
}

/** What a page gave, flag by flag: each field used and where it came from. */
export interface PageIngestResult extends IngestResult {
  /** The file read, or the address the page came from after redirects. */
  readonly read: string;
  readonly found: PageMetadata;
  /** Each stored field and where it came from (`og:title`, `--outlet`, `fetched from`…). */
  readonly from: Readonly<Record<string, string>>;
  readonly encoding?: string;
}

/** A required field the page does not give and no flag set: the command exits 2, naming it. */
export class MissingMetadataError extends Error {}

/** What each required field is called when it is missing, and the flag that gives it. */
const REQUIRED = [
  ['title', 'title', '--title "…"'],
  ['outlet', 'outlet', '--outlet "…"'],
  ['published', 'publication date', '--published YYYY-MM-DD'],
] as const;

/**
 * Store a page as a source: its article's text and metadata (src/lib/page/read-page.ts), the
 * flags overriding what the page says; then as `ingest`. A URL is fetched within limits
 * (scripts/commands/fetch-page.ts); a `text/plain` answer is the text itself. Throws a
 * `MissingMetadataError` naming each required field found nowhere; nothing is written then, or
 * on any other refusal.
 */
export async function ingestPage(options: PageIngestOptions): Promise<PageIngestResult> {
  const fetched = isAddress(options.page)
    ? await fetchPage(options.page, options.fetchLimits ?? FETCH_LIMITS)
    : undefined;
  const bytes = fetched?.bytes ?? readFileSync(options.page);
  const name = fetched?.url ?? options.page;
  let text: string;
  let found: PageMetadata = {};
  let encoding: string | undefined;
  // The page reader (parse5, linkedom, Readability) is loaded only when a page is read.
  const [{ decodePage }, { readPage }, { parseHtml }] = await Promise.all([
    import('../../src/lib/page/decode-page'),
    import('../../src/lib/page/read-page'),
    import('./parse-html'),
  ]);
  if (fetched?.mediaType === 'text/plain') {
    const decoded = decodePage(bytes, fetched.charset);
    if (!decoded.ok) throw new Error(`${name} ${decoded.reason}`);
    if (decoded.html.trim() === '') throw new Error(`${name} is empty`);
    ({ html: text, encoding } = decoded);
  } else {
    const page = readPage(bytes, parseHtml, {
      ...(fetched?.charset ? { transportCharset: fetched.charset } : {}),
      ...(fetched ? { pageUrl: fetched.url } : {}),
    });
    if (!page.ok) throw new Error(`${name} ${page.reason}`);
    ({ text, metadata: found, encoding } = page);
  }

  const from: Record<string, string> = {};
  const pick = (field: keyof PageMetadata, flag: string | undefined, fallback?: Found) => {
    const chosen = flag ? { value: flag, from: `--${field}` } : (found[field] ?? fallback);
    if (chosen) from[field] = chosen.from;
    return chosen?.value;
  };
  const title = pick('title', options.title);
  const outlet = pick('outlet', options.outlet);
  const published = pick('published', options.published);
  const missing = REQUIRED.filter(([field]) => !{ title, outlet, published }[field]);
  if (missing.length > 0)
    throw new MissingMetadataError(
      missing.map(([, what, flag]) => `the page gives no ${what}: pass ${flag}`).join('\n'),
    );
  const url = pick(
    'url',
    options.url,
    fetched ? { value: fetched.url, from: 'fetched from' } : undefined,
  );
  const author = pick('author', options.author);
  const language = pick('language', options.language, { value: 'en', from: 'default' });
  // The page's date-time is kept only when its day is the day stored (a --published of another
  // day would contradict it).
  const publishedAt =
    found.publishedAt?.value.startsWith(`${published}T`) === true ? found.publishedAt : undefined;
  if (publishedAt) from['publishedAt'] = publishedAt.from;
  if (fetched) from['retrieved'] = 'the fetch';
  const result = await storeSource(
    options,
    text,
    {
      outlet: outlet!,
      title: title!,
      published: published!,
      ...(options.added ? { added: options.added } : {}),
      language: language!,
      ...(url ? { url } : {}),
      ...(author ? { author } : {}),
    },
    {
      ...(publishedAt ? { publishedAt: publishedAt.value } : {}),
      ...(fetched ? { retrieved: fetched.retrieved } : {}),
      pageSha256: await sha256Hex(bytes),
    },
  );
  return { ...result, read: name, found, from, ...(encoding ? { encoding } : {}) };
}

/** Whether the command's argument is a page (a saved HTML file or an address), not a text file. */
export function isPage(argument: string): boolean {
  return isAddress(argument) || /\.(?:html?|xhtml)$/i.test(argument);
}

/** An argument with a scheme (`https:`, `ftp:`, `file:`…; not a one-letter drive) is an address. */
function isAddress(argument: string): boolean {
  return /^[a-z][a-z0-9+.-]+:/i.test(argument);
}

/** Check the metadata, refuse to overwrite, extract the drafts, and only then write the files. */
async function storeSource(
  options: Pick<IngestOptions, 'root' | 'id' | 'note' | 'force'>,
  text: string,
  fields: Pick<
    SourceMeta,
    'outlet' | 'title' | 'published' | 'added' | 'language' | 'url' | 'author'
  >,
  page: Pick<SourceMeta, 'publishedAt' | 'retrieved' | 'pageSha256'> = {},
): Promise<IngestResult> {
  const id = options.id ?? sourceId(fields.outlet, fields.published);
  const parsed = v.safeParse(sourceMetaSchema, {
    id,
    ...fields,
    // The day the source enters the project: today (UTC) unless the caller says otherwise.
    added: fields.added ?? new Date().toISOString().slice(0, 10),
    sha256: await sha256Hex(text),
    ...(options.note ? { note: options.note } : {}),
    ...page,
  });
  if (!parsed.success) {
    const lines = issuesFromValibot('source metadata', id, parsed.issues).map(formatIssue);
    throw new Error(lines.join('\n'));
  }
  const meta = parsed.output;

  const sourceDir = join(options.root, 'sources');
  const draftDir = join(options.root, 'incidents', 'drafts');
  const paths = {
    text: join(sourceDir, `${id}.txt`),
    meta: join(sourceDir, `${id}.json`),
    drafts: join(draftDir, `${id}.geojson`),
  };
  const existing = [paths.text, paths.meta, paths.drafts].filter((p) => existsSync(p));
  if (existing.length > 0 && !options.force)
    throw new Error(
      `${existing.map((p) => relative('.', p)).join(', ')} already exist: pick another --id, or --force to replace`,
    );

  const model = buildModel(readGeodataFiles(options.root));
  const gazetteerFile = join(options.root, 'gazetteer.json');
  const gazetteer = v.safeParse(gazetteerSchema, JSON.parse(readFileSync(gazetteerFile, 'utf8')));
  if (!gazetteer.success) {
    const lines = issuesFromValibot(relative('.', gazetteerFile), undefined, gazetteer.issues);
    throw new Error(lines.map(formatIssue).join('\n'));
  }
  const extraction = extractIncidents({
    source: meta,
    text,
    gazetteer: gazetteer.output,
    layers: model.layers,
  });

  mkdirSync(sourceDir, { recursive: true });
  mkdirSync(draftDir, { recursive: true });
  writeFileSync(paths.text, text);
  writeFileSync(paths.meta, `${JSON.stringify(meta, null, 2)}\n`);
  const collection = {
    type: 'FeatureCollection',
    features: extraction.drafts.map((d) => d.incident),
  };
  writeFileSync(paths.drafts, `${JSON.stringify(collection, null, 2)}\n`);
  return {
    meta,
    text,
    extraction,
    written: [paths.text, paths.meta, paths.drafts].map((p) => relative('.', p)),
  };
}

/**
 * A source id from the outlet and the day: "Taiwan MND", 2023-04-15 → "taiwan-mnd-2023-04-15".
 *
 * @example
 * sourceId('Daily Mail (MailOnline)', '2023-04-17') // → 'daily-mail-mailonline-2023-04-17'
 */
export function sourceId(outlet: string, published: string): string {
  return `${slug(outlet, 'source')}-${published}`;
}

/** What the command prints: the files, one line per draft, and the extractor's notes. */
export function ingestReport(result: IngestResult, text: string): string[] {
  const lines = [`Stored ${result.meta.id} (sha256 ${result.meta.sha256.slice(0, 12)}…):`];
  for (const file of result.written) lines.push(`  ${file}`);
  const n = result.extraction.drafts.length;
  lines.push(`${n} draft incident${n === 1 ? '' : 's'}:`);
  for (const { incident, confidence } of result.extraction.drafts) {
    const p = incident.properties;
    const all = p.counts ?? [];
    const counts = all
      .map((c) => {
        const whole = c.measure?.of === undefined ? undefined : all[c.measure.of];
        const measure = c.measure
          ? ` ${c.measure.kind}${c.measure.dated ? `/${c.measure.dated}` : ''}`
          : '';
        return `${c.qualifier ? `${c.qualifier} ` : ''}${c.value} ${c.unit}${measure}${whole ? ` of ${whole.value}` : ''}`;
      })
      .join(', ');
    lines.push(
      `  ${p.id}  ${confidence.toFixed(2)}  ${p.date.value} (${p.date.precision}, ${p.date.rule})  ` +
        `${p.category}  ${p.place.feature ?? p.place.name}${counts ? `  [${counts}]` : ''}`,
    );
  }
  if (result.extraction.notes.length > 0) {
    lines.push('Seen and not used:');
    for (const n of result.extraction.notes) {
      const words = n.words.length > 60 ? `${n.words.slice(0, 60)}…` : n.words;
      lines.push(`  ${lineOf(text, n.start)}: “${words}”: ${n.reason}`);
    }
  }
  lines.push('Review the drafts, then move the ones you keep into geodata/incidents/.');
  return lines;
}

/** What the page gave: each stored field, its value and where it came from. */
export function pageReport(result: PageIngestResult): string[] {
  const meta: Readonly<Record<string, string | undefined>> = result.meta;
  const lines = [`Read ${result.read}${result.encoding ? ` (${result.encoding})` : ''}:`];
  for (const [field, from] of Object.entries(result.from))
    lines.push(`  ${field.padEnd(11)} ${meta[field] ?? ''}  ← ${from}`);
  lines.push(`  pageSha256  ${result.meta.pageSha256 ?? ''}  ← the page's bytes`);
  return lines;
}

function lineOf(text: string, offset: number): string {
  return `line ${text.slice(0, offset).split('\n').length}`;
}

/**
 * Run the extractor once on a short made-up dispatch, reading and writing nothing, so that what
 * compromise and chrono-node build on first use is built: compromise's tagger nets and caches,
 * chrono's patterns (compromise builds its lexicon when imported). scripts/commands/run-bundled.mjs calls
 * it before it takes the command's startup snapshot, so that a run starts with them built.
 */
export function warmUp(): void {
  extractIncidents({
    source: {
      id: 'warm-up-2023-04-17',
      outlet: 'Warm-up',
      title: 'Warm-up',
      published: '2023-04-17',
      language: 'en',
      sha256: '0'.repeat(64),
    },
    text:
      'On Sunday, 13 Chinese aircraft and three warships were detected around Taiwan, four of ' +
      'which crossed the median line, the ministry said on Monday, April 17, 2023.\n\n' +
      'Last week the USS Milius (DDG 69) sailed through the Taiwan Strait, the Navy said.\n',
    gazetteer: { entries: [] },
    layers: new Map(),
  });
}

/** The command: its arguments from `process.argv`, its report on stdout, exit code 1 or 2 on a refusal. */
export async function main(): Promise<void> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      published: { type: 'string' },
      outlet: { type: 'string' },
      title: { type: 'string' },
      url: { type: 'string' },
      id: { type: 'string' },
      author: { type: 'string' },
      language: { type: 'string' },
      note: { type: 'string' },
      force: { type: 'boolean', default: false },
      root: { type: 'string', default: 'geodata' },
    },
  });
  const [input] = positionals;
  const page = input !== undefined && isPage(input);
  if (!input || (!page && (!values.published || !values.outlet || !values.title))) {
    console.error(
      'usage: npm run ingest -- <page.html | https://… URL> [--published YYYY-MM-DD] [--outlet "…"] [--title "…"] [--url …] [--id …] [--author …] [--language en] [--note …] [--force]\n' +
        '       npm run ingest -- <text file> --published YYYY-MM-DD --outlet "…" --title "…" [same options]',
    );
    process.exitCode = 1;
    return;
  }
  const common = {
    root: resolve(values.root!),
    ...(values.url ? { url: values.url } : {}),
    ...(values.id ? { id: values.id } : {}),
    ...(values.author ? { author: values.author } : {}),
    ...(values.language ? { language: values.language } : {}),
    ...(values.note ? { note: values.note } : {}),
    force: values.force ?? false,
  };
  try {
    if (page) {
      const result = await ingestPage({
        ...common,
        page: input,
        ...(values.published ? { published: values.published } : {}),
        ...(values.outlet ? { outlet: values.outlet } : {}),
        ...(values.title ? { title: values.title } : {}),
      });
      for (const line of pageReport(result)) console.log(line);
      for (const line of ingestReport(result, result.text)) console.log(line);
    } else {
      const result = await ingest({
        ...common,
        textFile: input,
        published: values.published!,
        outlet: values.outlet!,
        title: values.title!,
      });
      for (const line of ingestReport(result, result.text)) console.log(line);
    }
  } catch (error) {
    console.error(`ingest: ${(error as Error).message.replace(/\n/g, '\ningest: ')}`);
    process.exitCode = error instanceof MissingMetadataError ? 2 : 1;
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) void main();
