/**
 * `npm run ingest -- <text file> --published YYYY-MM-DD --outlet "…" --title "…" [--url …]`
 *
 * Stores the text as geodata/sources/<id>.txt with its metadata and SHA-256 in <id>.json, runs
 * the extractor (src/lib/ingest/extract-incidents.ts) and writes the draft incidents to
 * geodata/incidents/drafts/<id>.geojson for review. The id defaults to the outlet and the
 * publication day ("taiwan-mnd-2023-04-15"). Other options: --id, --author, --language (en),
 * --note, --force (replace an existing source), --root (another geodata directory).
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { pathToFileURL } from 'node:url';
import * as v from 'valibot';
import { readGeodataFiles } from '../src/lib/data/read-geodata-files';
import { type Extraction, extractIncidents } from '../src/lib/ingest/extract-incidents';
import { gazetteerSchema } from '../src/lib/ingest/gazetteer-schema';
import { buildModel } from '../src/lib/model/build-model';
import { slug } from '../src/lib/import/slug';
import { formatIssue, issuesFromValibot } from '../src/lib/model/data-issue';
import { decodeText } from '../src/lib/model/decode-text';
import { type SourceMeta, sourceMetaSchema } from '../src/lib/model/schema';
import { sha256Hex } from '../src/lib/model/sha256-hex';

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
  const id = options.id ?? sourceId(options.outlet, options.published);
  const parsed = v.safeParse(sourceMetaSchema, {
    id,
    outlet: options.outlet,
    title: options.title,
    published: options.published,
    added: options.added ?? new Date().toISOString().slice(0, 10),
    language: options.language ?? 'en',
    ...(options.url ? { url: options.url } : {}),
    ...(options.author ? { author: options.author } : {}),
    sha256: await sha256Hex(text),
    ...(options.note ? { note: options.note } : {}),
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

function lineOf(text: string, offset: number): string {
  return `line ${text.slice(0, offset).split('\n').length}`;
}

async function main(): Promise<void> {
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
  const [textFile] = positionals;
  if (!textFile || !values.published || !values.outlet || !values.title) {
    console.error(
      'usage: npm run ingest -- <text file> --published YYYY-MM-DD --outlet "…" --title "…" [--url …] [--id …] [--author …] [--language en] [--note …] [--force]',
    );
    process.exitCode = 1;
    return;
  }
  try {
    const result = await ingest({
      root: resolve(values.root!),
      textFile,
      published: values.published,
      outlet: values.outlet,
      title: values.title,
      ...(values.url ? { url: values.url } : {}),
      ...(values.id ? { id: values.id } : {}),
      ...(values.author ? { author: values.author } : {}),
      ...(values.language ? { language: values.language } : {}),
      ...(values.note ? { note: values.note } : {}),
      force: values.force ?? false,
    });
    for (const line of ingestReport(result, result.text)) console.log(line);
  } catch (error) {
    console.error(`ingest: ${(error as Error).message}`);
    process.exitCode = 1;
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await main();
