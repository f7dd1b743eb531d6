import MiniSearch from 'minisearch';
import type { SearchDocument, SearchKind } from './search-documents';
import { type Snippet, searchSnippet } from './search-snippet';
import { foldTerm, searchWords } from './search-terms';

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

/**
 * The full-text index of the search (MiniSearch): every document's title and text, words folded
 * without case or accents, prefix matching on the word being typed (the last, from three letters)
 * and fuzzy matching (one letter off) on words of five letters or more. Documents are added in chunks (`addSteps`), so a
 * large model is indexed in slices, and kept in step with a new model by `syncSteps`.
 *
 * @example
 * const index = new SearchIndex();
 * for (const _ of index.addSteps(searchDocuments(model)));
 * index.search('milius')[0] // → { kind: 'incident', hits: [{ document: { title: 'USS Milius transits …' }, … }], total: 2 }
 */
export class SearchIndex {
  readonly #mini = new MiniSearch<SearchDocument>({
    fields: ['title', 'text'],
    storeFields: [],
    tokenize: searchWords,
    processTerm: foldTerm,
    // A quote is found by its own words, not its incident's title (the incident is found by that).
    extractField: (document, field) =>
      field === 'title' && document.kind === 'quote' ? '' : document[field as 'title' | 'text'],
    searchOptions: {
      boost: { title: 2 },
      // The word being typed is a prefix (from three letters: one or two letters would match
      // most of a large index); the words before it are whole. One letter off from five letters.
      prefix: (term, i, terms) => i === terms.length - 1 && term.length >= 3,
      fuzzy: (term) => (term.length >= 5 ? 1 : false),
      combineWith: 'AND',
    },
  });
  readonly #documents = new Map<string, SearchDocument>();

  /** How many documents the index holds. */
  get size(): number {
    return this.#documents.size;
  }

  /**
   * Add documents, `chunk` at a time; each step yields how many the index holds, so a caller
   * can run it in slices (`runSliced`) or at once (`for (const _ of …);`).
   */
  *addSteps(documents: Iterable<SearchDocument>, chunk = 100): Generator<number, void> {
    let batch: SearchDocument[] = [];
    for (const document of documents) {
      if (this.#documents.has(document.id)) continue;
      batch.push(document);
      if (batch.length === chunk) {
        this.#add(batch);
        batch = [];
        yield this.size;
      }
    }
    this.#add(batch);
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
      if (!this.#documents.has(document.id)) added.push(document);
    }
    for (const id of [...this.#documents.keys()])
      if (!current.has(id)) {
        this.#mini.discard(id);
        this.#documents.delete(id);
      }
    yield* this.addSteps(added, chunk);
  }

  /**
   * The documents matching every word of the query (a word may be the start of a longer one, or
   * one letter off), grouped by kind in `SEARCH_KINDS` order, each group best first and cut to
   * `perKind`, with snippets around the matched words. An empty query finds nothing.
   */
  search(query: string, perKind = HITS_PER_KIND): SearchGroup[] {
    // One or two letters alone would match much of a large index and say little.
    if (!searchWords(query).some((word) => word.length >= 2)) return [];
    const results = this.#mini.search(query);
    const groups = new Map<SearchKind, { hits: SearchHit[]; total: number }>(
      SEARCH_KINDS.map((kind) => [kind, { hits: [], total: 0 }]),
    );
    for (const result of results) {
      const document = this.#documents.get(result.id as string);
      if (!document) continue;
      const group = groups.get(document.kind)!;
      group.total += 1;
      if (group.hits.length >= perKind) continue;
      const terms = new Set(result.terms);
      group.hits.push({
        document,
        score: result.score,
        title: searchSnippet(document.title, terms, Infinity),
        snippet: searchSnippet(document.text, terms),
      });
    }
    return SEARCH_KINDS.flatMap((kind) => {
      const group = groups.get(kind)!;
      return group.total > 0 ? [{ kind, ...group }] : [];
    });
  }

  /** Add documents at once (those already held are skipped). */
  add(documents: readonly SearchDocument[]): void {
    this.#add(documents.filter((document) => !this.#documents.has(document.id)));
  }

  /** Drop documents by id (ids not held are ignored). */
  discard(ids: readonly string[]): void {
    for (const id of ids) if (this.#documents.delete(id)) this.#mini.discard(id);
  }

  #add(batch: readonly SearchDocument[]): void {
    this.#mini.addAll(batch);
    for (const document of batch) this.#documents.set(document.id, document);
  }
}

/**
 * The index as the search's state uses it: every call answers later, so the index can live in a
 * worker (`searchIndexInWorker`), where a word half the documents share takes its half second
 * without freezing the page. `inThreadSearchIndex` is the same on the page's thread (unit tests,
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
