/**
 * The search's documents and index over the shipped data: every kind is found, with prefix and
 * fuzzy matching and without case or accents; results are grouped in a fixed order and ranked;
 * a paragraph's text is its source's characters at its offset; syncing follows a new model.
 */
import { describe, expect, it } from 'vitest';
import type { Gazetteer } from '../../../src/lib/ingest/gazetteer-schema';
import { searchDocuments } from '../../../src/lib/search/search-documents';
import { SearchIndex } from '../../../src/lib/search/search-index';
import { repoModel } from '../../support/geodata';
import { readFileSync } from 'node:fs';

const model = repoModel();
const gazetteer = JSON.parse(readFileSync('geodata/gazetteer.json', 'utf8')) as Gazetteer;

function createIndex(): SearchIndex {
  const index = new SearchIndex();
  for (const _ of index.addSteps(searchDocuments(model, gazetteer), 50));
  return index;
}
const index = createIndex();
const titles = (query: string, kind: string) =>
  index
    .search(query)
    .find((g) => g.kind === kind)
    ?.hits.map((h) => h.document.title) ?? [];

describe('searchDocuments', () => {
  it('makes one document per incident, quote, source line and layer feature', () => {
    const docs = [...searchDocuments(model, gazetteer)];
    const count = (kind: string) => docs.filter((d) => d.kind === kind).length;
    expect(count('incident')).toBe(model.incidents.length);
    expect(count('quote')).toBe(
      model.incidents.reduce((n, i) => n + i.properties.quotes.length, 0),
    );
    expect(count('place')).toBe([...model.layers.values()].reduce((n, l) => n + l.length, 0));
    expect(new Set(docs.map((d) => d.id)).size).toBe(docs.length);
    for (const d of docs.filter((d) => d.kind === 'text')) {
      const source = model.sources.get(d.ref)!;
      expect(source.text.slice(d.at, d.at + d.text.length)).toBe(d.text);
    }
    for (const d of docs.filter((d) => d.kind === 'quote')) {
      const quote = model.incidents.find((i) => i.id === d.ref)!.properties.quotes[d.at]!;
      expect(d.text).toBe(quote.text);
    }
  });
});

describe('SearchIndex', () => {
  it('finds incidents by a word of the title, its start, one letter off, in any case or accent', () => {
    for (const q of ['milius', 'MILIUS', 'mili', 'milus', 'Mílius'])
      expect(
        titles(q, 'incident').some((t) => t.includes('Milius')),
        q,
      ).toBe(true);
  });

  it('finds by place, actor and category, and places by the gazetteer’s other names', () => {
    expect(titles('Kremlin', 'incident').length).toBeGreaterThan(0);
    expect(titles('Shoigu', 'incident').join()).toContain('Putin and Shoigu');
    expect(titles('naval transit', 'incident').join()).toContain('Milius');
    // Only the gazetteer calls the corridor the Formosa Strait, and the median line the centre line.
    expect(titles('Formosa Strait', 'place')[0]).toBe(
      'Transit corridor outside the 12 nmi territorial seas (our construction)',
    );
    expect(titles('centre line', 'place')[0]).toBe('Taiwan Strait median line ("Davis line")');
  });

  it('groups by kind in a fixed order, best first, with the matched words marked', () => {
    const groups = index.search('taiwan strait');
    expect(groups.map((g) => g.kind)).toEqual(
      ['incident', 'place', 'quote', 'text'].filter((k) => groups.some((g) => g.kind === k)),
    );
    for (const g of groups) {
      expect(g.hits.length).toBeLessThanOrEqual(6);
      expect(g.total).toBeGreaterThanOrEqual(g.hits.length);
      const scores = g.hits.map((h) => h.score);
      expect(scores).toEqual([...scores].sort((a, b) => b - a));
      for (const h of g.hits) {
        const marked = [...h.title.marks, ...h.snippet.marks].length;
        expect(marked, h.document.id).toBeGreaterThan(0);
      }
    }
    expect(index.search('   ')).toEqual([]);
    expect(index.search('zzzzqqq')).toEqual([]);
  });

  it('finds a phrase only a source’s full text holds, at its line', () => {
    const [group] = index.search('no shortage of challenges');
    expect(group?.kind).toBe('text');
    const hit = group!.hits[0]!;
    const text = model.sources.get(hit.document.ref)!.text;
    expect(text.slice(hit.document.at).startsWith(hit.document.text)).toBe(true);
    expect(hit.snippet.marks.map(([a, b]) => hit.snippet.text.slice(a, b))).toEqual([
      'no',
      'shortage',
      'of',
      'challenges',
    ]);
  });

  it('follows a new model: what it adds is found, what it drops is not', () => {
    const own = createIndex();
    const [milius, ...rest] = model.incidents.filter((i) => i.properties.title.includes('Milius'));
    const fewer = { ...model, incidents: model.incidents.filter((i) => i !== milius) };
    for (const _ of own.syncSteps(searchDocuments(fewer, gazetteer)));
    const found = own.search('milius').find((g) => g.kind === 'incident')!;
    expect(found.hits.map((h) => h.document.ref)).toEqual(rest.map((i) => i.id));
    for (const _ of own.syncSteps(searchDocuments(model, gazetteer)));
    expect(own.size).toBe(index.size);
  });
});
