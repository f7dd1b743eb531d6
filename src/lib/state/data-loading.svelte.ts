import type { BuildProgress, RawFiles } from '../model/build-model';
import type { ModelStore } from './model-store.svelte';

/** A dataset loading behind the shipped data: its files being read, then its incidents checked. */
export type LoadProgress =
  { readonly stage: 'reading' } | ({ readonly stage: 'checking' } & BuildProgress);

/** What loading needs of the dashboard. */
export interface DataLoadingLinks {
  /** Builds and shows the model. */
  readonly store: ModelStore;
  /** Applies the stored imports on top (as storage gave them), and reports what could not be. */
  readonly restore: (stored: unknown) => Promise<void>;
}

/**
 * Loading the data, as the user sees it: whether a model is shown yet, how far a dataset is
 * (read, then checked in slices by the model store), and why loading failed, when it failed as
 * a whole (a file's own problems are in the model's issues). The store builds the model.
 */
export class DataLoading {
  #failure = $state<string>();
  #progress = $state.raw<LoadProgress>();
  readonly #links: DataLoadingLinks;

  constructor(links: DataLoadingLinks) {
    this.#links = links;
  }

  /** `loading` until a model is shown; `failed` when loading failed as a whole. */
  readonly status: 'loading' | 'ready' | 'failed' = $derived.by(() =>
    this.#failure !== undefined
      ? 'failed'
      : this.#links.store.model !== undefined
        ? 'ready'
        : 'loading',
  );

  /** Why loading failed as a whole. */
  get failure(): string | undefined {
    return this.#failure;
  }

  /**
   * How far a dataset is, while the shipped data is already shown: its files being read, or its
   * incidents being checked; undefined when nothing loads in the background.
   */
  get progress(): LoadProgress | undefined {
    return this.#progress;
  }

  /** Show the shipped files while a dataset is still being read (`load` then brings both). */
  preview(shipped: RawFiles): void {
    if (this.status !== 'loading') return;
    this.#progress = { stage: 'reading' };
    this.#links.store.preview(shipped);
    performance.mark('straitwatch:shipped-shown');
  }

  /**
   * Load the files, then the stored imports on top (`stored` as storage gave it; see
   * `ImportSession.restore`). A dataset takes seconds to check: the shipped data is shown
   * first, and the dataset joins it when every quote has been checked.
   */
  async load(files: RawFiles, stored?: unknown): Promise<void> {
    if (files.incidents.some((f) => f.dataset))
      this.#progress = { stage: 'checking', done: 0, total: 1, incidents: 0 };
    try {
      await this.#links.store.load(files, (progress) => {
        this.#progress = { stage: 'checking', ...progress };
      });
    } finally {
      // Before the model is shown: a selection the dataset does not hold is then let go.
      this.#progress = undefined;
    }
    await this.#links.restore(stored);
  }

  fail(reason: string): void {
    this.#failure = reason;
  }
}
