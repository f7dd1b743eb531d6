import type { Gazetteer } from '../ingest/gazetteer-schema';
import type { DashboardModel } from '../model/build-model';
import { CATEGORY_LABELS } from '../model/vocabulary';

/** What a search result is: an incident, one of its quotes, a paragraph of a source, a place. */
export type SearchKind = 'incident' | 'quote' | 'text' | 'place';

/**
 * One thing the search finds, as the index holds it. `title` and `text` are searched; the
 * rest says what opening it does.
 */
export interface SearchDocument {
  /** Unique among documents: `incident:<id>`, `quote:<id>:<n>`, `text:<source>:<offset>`, `place:<layer>/<feature>`. */
  readonly id: string;
  readonly kind: SearchKind;
  /** The result's name: the incident's title, the source's outlet and title, the place's name. */
  readonly title: string;
  /** What else is searched, and what the snippet is cut from (a quote's and a paragraph's text verbatim). */
  readonly text: string;
  /** The incident (incident, quote), the source (text) or the `layerId/featureId` (place). */
  readonly ref: string;
  /** The quote's index in the incident, or the paragraph's offset in its source. */
  readonly at: number;
}

/**
 * Every document of the model, one at a time (a large model is indexed in slices): each
 * incident (title; place, category, actors and date), each quote, each non-empty line of each
 * source text that quotes do not already cover whole (`text` is
 * `source.text.slice(at, at + text.length)`; a line quoted whole is found as its quote), and each
 * layer feature with the gazetteer's names and aliases for it.
 *
 * @example
 * [...searchDocuments(model)].find((d) => d.kind === 'incident')
 * // → { id: 'incident:dm-…', kind: 'incident', title: 'USS Milius transits …', text: 'Taiwan Strait · Naval transit · USS Milius · 2023-04-16', ref: 'dm-…', at: 0 }
 */
export function* searchDocuments(
  model: Pick<DashboardModel, 'incidents' | 'sources' | 'layers'>,
  gazetteer?: Gazetteer,
): Generator<SearchDocument> {
  for (const { id, properties: p } of model.incidents) {
    yield {
      id: `incident:${id}`,
      kind: 'incident',
      title: p.title,
      text: [p.place.name, CATEGORY_LABELS[p.category], ...p.actors, p.date.value].join(' · '),
      ref: id,
      at: 0,
    };
    for (const [n, quote] of p.quotes.entries())
      yield {
        id: `quote:${id}:${n}`,
        kind: 'quote',
        title: p.title,
        text: quote.text,
        ref: id,
        at: n,
      };
  }
  const quoted = quotedSpans(model.incidents);
  for (const { meta, text } of model.sources.values()) {
    const title = `${meta.outlet}, “${meta.title}”`;
    const spans = quoted.get(meta.id) ?? [];
    for (const line of text.matchAll(/[^\n]+/g))
      if (/\S/.test(line[0]) && !covered(spans, line.index, line.index + line[0].trimEnd().length))
        yield {
          id: `text:${meta.id}:${line.index}`,
          kind: 'text',
          title,
          text: line[0],
          ref: meta.id,
          at: line.index,
        };
  }
  const names = gazetteerNames(gazetteer);
  for (const [layerId, features] of model.layers)
    for (const { properties } of features) {
      const ref = `${layerId}/${properties.id}`;
      const others = (names.get(ref) ?? []).filter((n) => n !== properties.name);
      yield {
        id: `place:${ref}`,
        kind: 'place',
        title: properties.name,
        text: others.join(' · '),
        ref,
        at: 0,
      };
    }
}

/** The quoted spans of each source, merged and in order: `[start, end)` pairs by source id. */
function quotedSpans(incidents: DashboardModel['incidents']): Map<string, [number, number][]> {
  const bySource = new Map<string, [number, number][]>();
  for (const incident of incidents)
    for (const q of incident.properties.quotes) {
      const spans = bySource.get(q.source) ?? [];
      spans.push([q.start, q.end]);
      bySource.set(q.source, spans);
    }
  for (const [id, spans] of bySource) {
    spans.sort((a, b) => a[0] - b[0]);
    const merged: [number, number][] = [];
    for (const span of spans) {
      const last = merged.at(-1);
      if (last && span[0] <= last[1]) last[1] = Math.max(last[1], span[1]);
      else merged.push([...span]);
    }
    bySource.set(id, merged);
  }
  return bySource;
}

/** Whether one merged span holds all of `[start, end)` (a binary search over the spans). */
function covered(
  spans: readonly (readonly [number, number])[],
  start: number,
  end: number,
): boolean {
  let lo = 0;
  let hi = spans.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (spans[mid]![1] < end) lo = mid + 1;
    else hi = mid;
  }
  const span = spans[lo];
  return span !== undefined && span[0] <= start && span[1] >= end;
}

/** The gazetteer's names and aliases of each layer feature, by `layerId/featureId`. */
function gazetteerNames(gazetteer: Gazetteer | undefined): Map<string, string[]> {
  const names = new Map<string, string[]>();
  for (const entry of gazetteer?.entries ?? []) {
    const feature = entry.target.feature;
    if (feature === undefined) continue;
    const list = names.get(feature) ?? [];
    list.push(...entry.names, ...(entry.aliases ?? []));
    names.set(feature, list);
  }
  return names;
}
