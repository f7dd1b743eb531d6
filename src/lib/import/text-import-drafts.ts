import * as v from 'valibot';
import { type Draft, extractIncidents } from '../ingest/extract-incidents';
import type { ExtractionNote } from '../ingest/extraction-note';
import type { Gazetteer } from '../ingest/gazetteer-schema';
import { type DataIssue, issuesFromValibot } from '../model/data-issue';
import { sizeIssue } from '../model/parse-json-text';
import { type LayerFeature, type SourceMeta, sourceMetaSchema } from '../model/schema';
import { sha256Hex } from '../model/sha256-hex';
import { slug } from './slug';

export interface TextImportForm {
  readonly outlet: string;
  readonly title: string;
  /** YYYY-MM-DD: relative dates in the text ("on Saturday") are read from this day. */
  readonly published: string;
  /** The rest of a source's metadata, which a saved page may give (see `sourceMetaSchema`). */
  readonly author?: string;
  readonly url?: string;
  /** A BCP 47 tag; `en` when not given. */
  readonly language?: string;
  readonly publishedAt?: string;
  readonly pageSha256?: string;
}

export type TextImportDrafts =
  | {
      readonly ok: true;
      readonly meta: SourceMeta;
      readonly drafts: readonly Draft[];
      readonly notes: readonly ExtractionNote[];
    }
  | { readonly ok: false; readonly issues: readonly DataIssue[] };

/**
 * A source text and the small form about it (outlet, title, publication day) → the source's
 * metadata and the extractor's draft incidents, for the user to accept or reject. The source id
 * is the outlet and the day ("reuters-2023-04-16"), made unique among `takenSourceIds`.
 *
 * @example
 * const result = await textImportDrafts({ file: 'mnd.txt', text, form, gazetteer, layers: model.layers, takenSourceIds: new Set(model.sources.keys()) });
 * if (result.ok) result.drafts.map((d) => d.incident.properties.title);
 */
export async function textImportDrafts(input: {
  readonly file: string;
  readonly text: string;
  readonly form: TextImportForm;
  /** The day the text is imported (`YYYY-MM-DD`), kept as the source's `added`. */
  readonly added?: string;
  readonly gazetteer: Gazetteer;
  readonly layers: ReadonlyMap<string, readonly LayerFeature[]>;
  readonly takenSourceIds: ReadonlySet<string>;
}): Promise<TextImportDrafts> {
  const { file, text, form } = input;
  const tooLarge = sizeIssue(file, text.length);
  if (tooLarge) return { ok: false, issues: [tooLarge] };
  if (text.trim() === '') return { ok: false, issues: [{ file, reason: 'is empty' }] };
  const stem = `${slug(form.outlet, 'source')}-${form.published}`;
  let id = stem;
  for (let n = 2; input.takenSourceIds.has(id); n++) id = `${stem}-${n}`;
  const given = (value: string | undefined) => (value?.trim() ? value.trim() : undefined);
  const optional = {
    url: given(form.url),
    author: given(form.author),
    publishedAt: given(form.publishedAt),
    pageSha256: form.pageSha256,
  };
  const parsed = v.safeParse(sourceMetaSchema, {
    id,
    outlet: form.outlet,
    title: form.title,
    published: form.published,
    ...(input.added ? { added: input.added } : {}),
    language: given(form.language) ?? 'en',
    sha256: await sha256Hex(text),
    ...Object.fromEntries(Object.entries(optional).filter(([, value]) => value !== undefined)),
  });
  if (!parsed.success)
    return { ok: false, issues: issuesFromValibot(file, undefined, parsed.issues) };
  const { drafts, notes } = extractIncidents({
    source: parsed.output,
    text,
    gazetteer: input.gazetteer,
    layers: input.layers,
  });
  return { ok: true, meta: parsed.output, drafts, notes };
}
