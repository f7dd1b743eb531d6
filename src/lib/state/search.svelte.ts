import type { Gazetteer } from '../ingest/gazetteer-schema';
import type { DashboardModel } from '../model/build-model';
import type { LoadedRecord } from '../model/record/loaded-record';
import { recordDayQuery } from '../search/record-day-query';
import { type SearchDocument, searchDocuments } from '../search/search-documents';
import { queryTerms } from '../search/search-query';
import type { SearchGroup, SearchHit, SearchIndexPort } from '../search/search-index';

/** Loads the index's code (MiniSearch, in a worker in the app) and makes an empty index. */
export type LoadSearchIndex = () => Promise<SearchIndexPort>;

/** Documents sent to the index at a time: each batch is a short task to make and to send. */
const BATCH = 1000;

/** What the search needs of the dashboard, and the I/O it may not do itself. */
export interface SearchLinks {
  readonly model: () => DashboardModel;
  /** MND's record, once read: a date typed offers its report. */
  readonly record: () => LoadedRecord | undefined;
  readonly loadIndex?: LoadSearchIndex;
  /** The gazetteer, for places' other names; the search works without it. */
  readonly readGazetteer?: () => Promise<Gazetteer>;
}

/** One choice in the results: a record day the query names, or a hit of the index. */
export type SearchOption =
  | { readonly kind: 'day'; readonly date: string; readonly inRecord: boolean }
  | { readonly kind: 'hit'; readonly hit: SearchHit };

/**
 * The search: its query (carried by the link as `?q=`), whether the dialog is open, the option
 * the keyboard is on, and the index. The index's code and the index itself are made on the
 * first use (`prepare`), its documents sent in batches so the page never waits on a long task,
 * and kept in step with a new model (an accepted import) before the next search. The index
 * answers later (it lives in a worker): one query is asked at a time, and while it is being
 * answered only the latest query typed waits, so a fast typist never queues stale searches.
 */
export class SearchState {
  #query = $state('');
  #open = $state(false);
  #active = $state(0);
  #status = $state<'idle' | 'building' | 'ready' | 'failed'>('idle');
  /** Documents indexed so far, while building. */
  #indexed = $state(0);
  /** The index's answer to `#answered`, the last query it was asked. */
  #groups = $state.raw<readonly SearchGroup[]>([]);
  #answered = $state<string | undefined>(undefined);
  #index: SearchIndexPort | undefined;
  /** The ids the index holds, so a new model sends only what changed (not shown: not reactive). */
  // eslint-disable-next-line svelte/prefer-svelte-reactivity
  #ids = new Set<string>();
  #indexedModel: DashboardModel | undefined;
  /** The query being answered, if any; a newer one waits in `#query`. */
  #asking: Promise<void> | undefined;
  #gazetteer: Gazetteer | undefined;
  #work: Promise<void> | undefined;
  readonly #links: SearchLinks;

  constructor(links: SearchLinks) {
    this.#links = links;
  }

  get query(): string {
    return this.#query;
  }
  get isOpen(): boolean {
    return this.#open;
  }
  /** `idle` until first used, `building` (see `indexed`), `ready`, or `failed`. */
  get status(): 'idle' | 'building' | 'ready' | 'failed' {
    return this.#status;
  }
  get indexed(): number {
    return this.#indexed;
  }
  /** The option the keyboard is on, an index into `options`. */
  get activeIndex(): number {
    return Math.min(this.#active, Math.max(0, this.options.length - 1));
  }

  /** The record day the query names, when the whole query is a date. */
  readonly day = $derived.by(() => {
    const date = recordDayQuery(this.#query);
    return date === undefined
      ? undefined
      : { date, inRecord: this.#links.record()?.record.byDate.has(date) ?? false };
  });

  /**
   * Whether the query is typed but too short to search (no word of two letters: `queryTerms`): one
   * letter would match most of a large index and say little, so it is not asked and the view
   * says what to type.
   */
  readonly tooShort = $derived(this.#query.trim() !== '' && queryTerms(this.#query).length === 0);

  /**
   * The index's results for the query, grouped by kind, best first. While a newer query is
   * being answered, the last answer stays (so the list does not flash empty on each key).
   */
  get groups(): readonly SearchGroup[] {
    return this.#status === 'ready' && this.#query.trim() ? this.#groups : [];
  }

  /** Whether the results shown answer the query as typed now. */
  get current(): boolean {
    return this.#status === 'ready' && this.#answered === this.#query;
  }

  /** Every option in the order shown: the record day first, then each group's hits. */
  readonly options: readonly SearchOption[] = $derived.by(() => [
    ...(this.day ? [{ kind: 'day' as const, ...this.day }] : []),
    ...this.groups.flatMap((g) => g.hits.map((hit) => ({ kind: 'hit' as const, hit }))),
  ]);

  /**
   * Open the dialog and start making the index; `prepare: false` leaves that for later (a link
   * with `?q=` opens the search at start, and its index waits for the map's first idle).
   */
  open({ prepare = true }: { readonly prepare?: boolean } = {}): void {
    this.#open = true;
    if (prepare) void this.prepare();
  }

  close(): void {
    this.#open = false;
  }

  setQuery(query: string): void {
    this.#query = query;
    this.#active = 0;
    if (this.#status !== 'idle') void this.prepare();
    void this.#ask();
  }

  /** Resolves once the results answer the query as it is now (for tests and the benchmark). */
  async answered(): Promise<void> {
    await this.prepare();
    while (this.#status === 'ready' && this.#answered !== this.#query) await this.#ask();
  }

  /** Ask the index the current query, unless a question is out (its end asks the latest). */
  #ask(): Promise<void> {
    if (this.#status !== 'ready' || !this.#index) return Promise.resolve();
    this.#asking ??= (async () => {
      const index = this.#index!;
      try {
        while (this.#answered !== this.#query && this.#status === 'ready') {
          const query = this.#query;
          // An empty query, or one too short, finds nothing, and is not asked.
          this.#groups = queryTerms(query).length > 0 ? await index.search(query) : [];
          this.#answered = query;
        }
      } catch (error) {
        console.error(error);
        this.#status = 'failed';
      }
    })().finally(() => (this.#asking = undefined));
    return this.#asking;
  }

  /** Move the keyboard's option by `delta`, wrapping at either end. */
  moveActive(delta: number): void {
    const n = this.options.length;
    if (n > 0) this.#active = (((this.activeIndex + delta) % n) + n) % n;
  }

  setActive(index: number): void {
    this.#active = index;
  }

  /**
   * Build the index (the first time) or bring it in step with the model (after an import);
   * resolves when it is ready. Safe to call often: one piece of work runs at a time.
   */
  prepare(): Promise<void> {
    this.#work ??= this.#bringUpToDate().finally(() => (this.#work = undefined));
    return this.#work;
  }

  async #bringUpToDate(): Promise<void> {
    const load = this.#links.loadIndex;
    if (!load || this.#status === 'failed') return;
    try {
      if (!this.#index) {
        this.#status = 'building';
        const [index, gazetteer] = await Promise.all([
          load(),
          this.#links.readGazetteer?.().catch(() => undefined),
        ]);
        this.#index = index;
        this.#gazetteer = gazetteer;
      }
      // A model that changed while indexing is indexed again (only what differs).
      let changed = false;
      while (this.#indexedModel !== this.#links.model()) {
        const model = this.#links.model();
        await this.#sync(this.#index, searchDocuments(model, this.#gazetteer));
        this.#indexedModel = model;
        changed = true;
      }
      this.#indexed = this.#ids.size;
      this.#status = 'ready';
      // Results from before a change of the index are asked again; an index that did not
      // change keeps its answer (`prepare` runs on every key, and `answered()` calls it: a
      // reset here asked the worker twice and drew the same results again).
      if (changed) this.#answered = undefined;
      void this.#ask();
    } catch (error) {
      console.error(error);
      this.#status = 'failed';
    }
  }

  /**
   * Make the index hold exactly these documents: the new ones are sent in batches (each a short
   * task here; awaiting the index between them gives the page its turn), the ones gone dropped.
   */
  async #sync(index: SearchIndexPort, documents: Iterable<SearchDocument>): Promise<void> {
    // eslint-disable-next-line svelte/prefer-svelte-reactivity
    const seen = new Set<string>();
    let batch: SearchDocument[] = [];
    const send = async () => {
      await index.add(batch);
      for (const document of batch) this.#ids.add(document.id);
      this.#indexed = this.#ids.size;
      batch = [];
    };
    for (const document of documents) {
      seen.add(document.id);
      if (this.#ids.has(document.id)) continue;
      batch.push(document);
      if (batch.length === BATCH) await send();
    }
    await send();
    const gone = [...this.#ids].filter((id) => !seen.has(id));
    if (gone.length > 0) {
      await index.discard(gone);
      for (const id of gone) this.#ids.delete(id);
      this.#indexed = this.#ids.size;
    }
  }
}
