import type { SearchDocument, SearchKind } from './search-documents';
import { queryTerms } from './search-query';
import { type Snippet, searchSnippet } from './search-snippet';
import { TermIndex } from './term-index';

/** One result: the document, its score, and its title and text cut around the matched words. */
export interface SearchHit {
  readonly document: SearchDocument;
  readonly score: number;
  /** The title with the matched words marked (the whole title: titles are short). */
  readonly title: Snippet;
  readonly snippet: Snippet;
}

/** The results of one kind, best first, and how many there were in all. */
export interface SearchGroup {
  readonly kind: SearchKind;
  readonly hits: readonly SearchHit[];
  readonly total: number;
}

/** Kinds in the order the results show them: what a reader most often looks for first. */
export const SEARCH_KINDS: readonly SearchKind[] = ['incident', 'place', 'quote', 'text'];

/** Results shown per kind (the total says how many more there are). */
export const HITS_PER_KIND = 6;

/** Each kind's place in `SEARCH_KINDS`, the index's group for it. */
const KIND_GROUP: Readonly<Record<SearchKind, number>> = Object.fromEntries(
  SEARCH_KINDS.map((kind, i) => [kind, i]),
) as Record<SearchKind, number>;

/**
 * The texts of a document the index reads, in the order of `BOOSTS`: its title and its text.
 * A quote is found by its own words, not its incident's title (the incident is found by that).
 */
function indexedFields(document: SearchDocument): [string, string] {
  return [document.kind === 'quote' ? '' : document.title, document.text];
}

/** A word in a title counts twice one in the text. */
const BOOSTS = [2, 1];

/**
 * The full-text index of the search: every document's title and text, words folded without
 * case or accents, looked up as `queryTerms` says (the word being typed as a prefix, one letter
 * off from five letters), every word required, ranked as MiniSearch ranks (BM25+), and only the
 * best `perKind` of each kind kept (`TermIndex`: a common word is scored in milliseconds, not
 * the seconds MiniSearch's search took at 100k incidents). Documents are added in chunks
 * (`addSteps`), so a large model is indexed in slices, and kept in step with a new model by
 * `syncSteps`.
 *
 * @example
 * const index = new SearchIndex();
 * for (const _ of index.addSteps(searchDocuments(model)));
 * index.search('milius')[0] // → { kind: 'incident', hits: [{ document: { title: 'USS Milius transits …' }, … }], total: 2 }
 */
export class SearchIndex {
  readonly #index = new TermIndex(BOOSTS, SEARCH_KINDS.length);
  /** The documents held, by the slot the index gave them, and each one's slot by id. */
  readonly #bySlot: (SearchDocument | undefined)[] = [];
  readonly #slots = new Map<string, number>();

  /** How many documents the index holds. */
  get size(): number {
    return this.#slots.size;
  }

  /**
   * Add documents, `chunk` at a time; each step yields how many the index holds, so a caller
   * can run it in slices (`runSliced`) or at once (`for (const _ of …);`).
   */
  *addSteps(documents: Iterable<SearchDocument>, chunk = 100): Generator<number, void> {
    let n = 0;
    for (const document of documents) {
      if (this.#slots.has(document.id)) continue;
      this.#addOne(document);
      if (++n % chunk === 0) yield this.size;
    }
  }

  /**
   * Make the index hold exactly these documents: the new ones are added (in steps, as
   * `addSteps`), the ones no longer there are dropped. An accepted import adds its incidents,
   * quotes and text; a removed one takes them away.
   */
  *syncSteps(documents: Iterable<SearchDocument>, chunk = 100): Generator<number, void> {
    const current = new Set<string>();
    const added: SearchDocument[] = [];
    for (const document of documents) {
      current.add(document.id);
      if (!this.#slots.has(document.id)) added.push(document);
    }
    this.discard([...this.#slots.keys()].filter((id) => !current.has(id)));
    yield* this.addSteps(added, chunk);
  }

  /**
   * The documents matching every word of the query (the word being typed may be the start of a
   * longer one, a long word one letter off: `queryTerms`), grouped by kind in `SEARCH_KINDS`
   * order, each group best first and cut to `perKind` with how many there are, with snippets
   * around the matched words. A query without a word of two letters finds nothing.
   */
  search(query: string, perKind = HITS_PER_KIND): SearchGroup[] {
    const terms = queryTerms(query);
    if (terms.length === 0) return [];
    const { top, totals, matched } = this.#index.search(terms, perKind);
    return SEARCH_KINDS.flatMap((kind, group) =>
      totals[group]! > 0
        ? [
            {
              kind,
              total: totals[group]!,
              hits: top[group]!.map(({ slot, score }) => {
                const document = this.#bySlot[slot]!;
                return {
                  document,
                  score,
                  title: searchSnippet(document.title, matched, Infinity),
                  snippet: searchSnippet(document.text, matched),
                };
              }),
            },
          ]
        : [],
    );
  }

  /** Add documents at once (those already held are skipped). */
  add(documents: readonly SearchDocument[]): void {
    for (const document of documents) if (!this.#slots.has(document.id)) this.#addOne(document);
  }

  /** Drop documents by id (ids not held are ignored). */
  discard(ids: readonly string[]): void {
    for (const id of ids) {
      const slot = this.#slots.get(id);
      if (slot === undefined) continue;
      this.#index.remove(slot, indexedFields(this.#bySlot[slot]!));
      this.#bySlot[slot] = undefined;
      this.#slots.delete(id);
    }
  }

  #addOne(document: SearchDocument): void {
    const slot = this.#index.add(indexedFields(document), KIND_GROUP[document.kind]);
    this.#bySlot[slot] = document;
    this.#slots.set(document.id, slot);
  }
}

/**
 * The index as the search's state uses it: every call answers later, so the index can live in a
 * worker (`searchIndexInWorker`), where adding 200,000 documents and the odd slow query never
 * freeze the page. `inThreadSearchIndex` is the same on the page's thread (unit tests,
 * and browsers without workers).
 */
export interface SearchIndexPort {
  add(documents: readonly SearchDocument[]): Promise<void>;
  discard(ids: readonly string[]): Promise<void>;
  search(query: string): Promise<SearchGroup[]>;
}

export function inThreadSearchIndex(index = new SearchIndex()): SearchIndexPort {
  return {
    add: (documents) => Promise.resolve(index.add(documents)),
    discard: (ids) => Promise.resolve(index.discard(ids)),
    search: (query) => Promise.resolve(index.search(query)),
  };
}
