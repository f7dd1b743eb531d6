import {
  type BuildProgress,
  buildModel,
  type DashboardModel,
  type RawFiles,
} from '../model/build-model';
import type { ImportSession } from './import-session.svelte';

/** A dataset loading behind the shipped data: its files being read, then its incidents checked. */
export type LoadProgress =
  { readonly stage: 'reading' } | ({ readonly stage: 'checking' } & BuildProgress);

/** What loading needs of the dashboard. */
export interface DataLoadingLinks {
  /** Restores the stored imports on top of the files, and shows the model. */
  readonly imports: ImportSession;
  readonly show: (model: DashboardModel) => void;
  /** Whether a model is shown yet. */
  readonly shown: () => boolean;
}

/**
 * Loading the data: the shipped files shown first while a dataset is read, then everything
 * checked (in slices) with the stored imports on top; how far that is; and why it failed, when
 * it failed as a whole (a file's own problems are in the model's issues).
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
    this.#failure !== undefined ? 'failed' : this.#links.shown() ? 'ready' : 'loading',
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
    this.#links.show(buildModel(shipped));
    performance.mark('straitwatch:shipped-shown');
  }

  /**
   * Build the model from the files with the stored imports on top (`stored` as storage gave it;
   * see `ImportSession.restore`). A dataset takes seconds to check: the shipped data is shown
   * first, and the dataset joins it when every quote has been checked.
   */
  async load(files: RawFiles, stored?: unknown): Promise<void> {
    const shipped = shippedFiles(files);
    if (shipped !== files) {
      const previewed = this.status !== 'loading';
      this.#progress = { stage: 'checking', done: 0, total: 1, incidents: 0 };
      if (!previewed) this.#links.show(buildModel(shipped));
    }
    await this.#links.imports.restore(files, stored, (progress) => {
      this.#progress = progress && { stage: 'checking', ...progress };
    });
  }

  fail(reason: string): void {
    this.#failure = reason;
  }
}

/** The files without a dataset's sources and incidents (the same object when there are none). */
function shippedFiles(files: RawFiles): RawFiles {
  const incidents = files.incidents.filter((f) => !f.dataset);
  if (incidents.length === files.incidents.length) return files;
  return { ...files, incidents, sources: files.sources.filter((f) => !f.dataset) };
}
