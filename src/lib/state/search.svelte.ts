import type { Gazetteer } from '../ingest/gazetteer-schema';
import type { DashboardModel } from '../model/build-model';
import type { LoadedRecord } from '../model/record/loaded-record';
import { runSliced } from '../model/run-sliced';
import { recordDayQuery } from '../search/record-day-query';
import { searchDocuments } from '../search/search-documents';
import type { SearchGroup, SearchHit, SearchIndex } from '../search/search-index';

/** Loads the index's code (MiniSearch) and makes an empty index: handed in by the app. */
export type LoadSearchIndex = () => Promise<SearchIndex>;

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
 * first use (`prepare`), in slices of about 30 ms so typing never waits on a long task, and
 * kept in step with a new model (an accepted import) before the next search.
 */
export class SearchState {
  #query = $state('');
  #open = $state(false);
  #active = $state(0);
  #status = $state<'idle' | 'building' | 'ready' | 'failed'>('idle');
  /** Documents indexed so far, while building. */
  #indexed = $state(0);
  /** Bumped whenever the index changes, so results are searched again. */
  #version = $state(0);
  #index: SearchIndex | undefined;
  #indexedModel: DashboardModel | undefined;
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

  /** The index's results for the query, grouped by kind, best first. */
  readonly groups: readonly SearchGroup[] = $derived.by(() => {
    void this.#version;
    return this.#status === 'ready' && this.#index ? this.#index.search(this.#query) : [];
  });

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
      while (this.#indexedModel !== this.#links.model()) {
        const model = this.#links.model();
        const first = this.#indexedModel === undefined;
        const documents = searchDocuments(model, this.#gazetteer);
        await runSliced(
          first ? this.#index.addSteps(documents) : this.#index.syncSteps(documents),
          {
            onProgress: (n) => (this.#indexed = n),
          },
        );
        this.#indexedModel = model;
      }
      this.#indexed = this.#index.size;
      this.#status = 'ready';
      this.#version += 1;
    } catch (error) {
      console.error(error);
      this.#status = 'failed';
    }
  }
}
