import type { ApplyOptions, AppliedImports } from '../import/apply-imports';
import {
  applyOnChain,
  type ImportBase,
  type ImportChain,
  NO_IMPORTS,
  restoreChain,
} from '../import/import-chain';
import type { ImportedFile } from '../import/imported-file';
import type { ReadImport } from '../import/read-import';
import {
  type BuildProgress,
  buildModel,
  buildModelSliced,
  type DashboardModel,
  extendModelSliced,
  type RawFiles,
} from '../model/build-model';
import type { DataIssue } from '../model/data-issue';
import {
  incidentTable,
  incidentTableFromEarlier,
  incidentTableSteps,
} from '../model/incident-table';
import { runSliced, yieldToPage } from '../model/run-sliced';
import type { JsonParser } from '../model/parse-json-text';

/** What the store is handed: who hears of a new model, and how a GeoJSON import is parsed. */
export interface ModelStoreLinks {
  /** A new model is shown (the dashboard's parts follow it). */
  readonly onShow: (model: DashboardModel) => void;
  /** Parses a GeoJSON import's text: in a worker in the app, in-thread by default. */
  readonly parseJson?: JsonParser;
}

/** A change of the imports, checked: to be kept (`keep`) when it brings no new issue. */
export interface CheckedImports extends AppliedImports {
  /** Make it the imports shown: the model, the list and the chain of models along it. */
  readonly keep: (model: DashboardModel) => void;
}

/** Stored imports that no longer validate, with why: not applied. */
export interface SkippedStored {
  readonly item: ImportedFile;
  readonly issues: readonly DataIssue[];
}

/**
 * The model, and the one place it is built: the shipped files (shown first while a dataset is
 * read), the dataset's checked on top of them, and the imports on top of those. Each import is
 * read into raw files once and kept by its id while it holds, and the model after each import is
 * kept, so a restore, an import or a removal checks only what changed: restoring k stored
 * imports reads and checks each once, and a removal checks again only the imports after it.
 */
export class ModelStore {
  #model = $state.raw<DashboardModel>();
  /** The shipped files shown while a dataset is read, and their model. */
  #preview: { readonly files: RawFiles; readonly model: DashboardModel } | undefined;
  /** The files loaded and their model, which every import goes on top of (set by `load`). */
  #base = $state.raw<ImportBase>();
  #chain = $state.raw<ImportChain>(NO_IMPORTS);
  // Replaced whole with each change, never mutated, so a plain Set is right.
  // eslint-disable-next-line svelte/prefer-svelte-reactivity
  #importedIds = $state.raw<ReadonlySet<string>>(new Set());
  #restored = $state(false);
  /** Each import read into raw files, by id (`ReadImport`), while it is in the chain. */
  // A cache, not state: nothing reads it reactively.
  // eslint-disable-next-line svelte/prefer-svelte-reactivity
  readonly #readings = new Map<string, ReadImport>();
  readonly #links: ModelStoreLinks;

  constructor(links: ModelStoreLinks) {
    this.#links = links;
  }

  /** The model shown; undefined until the first one is. */
  get model(): DashboardModel | undefined {
    return this.#model;
  }
  /** The imports in the model, in the order they were made. */
  get imports(): readonly ImportedFile[] {
    return this.#chain.imports;
  }
  /** Ids of the incidents the imports brought. */
  get importedIds(): ReadonlySet<string> {
    return this.#importedIds;
  }
  /** Whether the files are loaded and the stored imports applied on top (imports can come). */
  get restored(): boolean {
    return this.#restored;
  }

  /** Show the shipped files while a dataset is still read (once, and only before the load). */
  preview(shipped: RawFiles): void {
    if (this.#model !== undefined) return;
    this.#preview = { files: shipped, model: buildModel(shipped) };
    this.#show(this.#preview.model);
  }

  /**
   * Build the model of the files (checked in slices): a dataset's sources and incidents are
   * checked on top of the shipped files' model, shown first, rather than with them again. Not
   * shown yet: `restore` shows it with the stored imports on top.
   */
  async load(files: RawFiles, onProgress?: (progress: BuildProgress) => void): Promise<void> {
    const shipped = shippedFiles(files);
    let model: DashboardModel;
    if (this.#preview?.files === files) model = this.#preview.model;
    else if (shipped !== files) {
      const shown = this.#preview?.model ?? buildModel(shipped);
      if (!this.#preview) {
        this.#preview = { files: shipped, model: shown };
        this.#show(shown);
      }
      // With issues in the shipped files, a dataset's source could mend one: check all again.
      model =
        shown.issues.length === 0
          ? await extendModelSliced(
              shown,
              {
                sources: files.sources.filter((f) => f.dataset),
                incidents: files.incidents.filter((f) => f.dataset),
                readIssues: files.readIssues,
              },
              { onProgress },
            )
          : await buildModelSliced(files, { onProgress });
    } else model = await buildModelSliced(files, { onProgress });
    this.#preview = undefined;
    // The files only while an import could need them again (`ImportBase.files`).
    this.#base = model.issues.length > 0 ? { files, model } : { model };
  }

  /**
   * Apply stored imports in order on top of the loaded files, then show the model: each that
   * adds a problem is skipped (and given back, with why). If applying fails as a whole, the
   * loaded files are shown and every stored import is given back as skipped, with the reason.
   */
  async restore(stored: readonly ImportedFile[]): Promise<readonly SkippedStored[]> {
    const base = this.#base;
    if (!base) throw new Error('restore before load');
    let skipped: readonly SkippedStored[];
    try {
      const restored = await restoreChain(base, stored, this.#options());
      await prepare(restored.model);
      this.#chain = restored.chain;
      this.#importedIds = restored.incidentIds;
      skipped = restored.skipped;
      this.#show(restored.model);
    } catch (error) {
      // A stored import must never stop the dashboard: show the loaded files.
      const reason = `could not be applied (${(error as Error).message})`;
      skipped = stored.map((item) => ({ item, issues: [{ file: item.file, reason }] }));
      await prepare(base.model);
      this.#show(base.model);
    }
    this.#forgetReadings();
    this.#restored = true;
    return skipped;
  }

  /**
   * Check the imports `next` on top of the loaded files, reusing what the imports shown already
   * checked (those `next` keeps in front) and every reading that still holds. Nothing changes
   * until `keep` is called.
   */
  async check(
    next: readonly ImportedFile[],
    options: Pick<ApplyOptions, 'signal' | 'onProgress'> = {},
  ): Promise<CheckedImports> {
    const base = this.#base;
    if (!base) throw new Error('check before load');
    const chain = this.#chain;
    const result = await applyOnChain(base, chain, next, { ...this.#options(), ...options });
    await prepare(result.applied.model);
    return {
      ...result.applied,
      keep: (model) => {
        if (this.#chain !== chain) throw new Error('the imports changed meanwhile');
        this.#chain = result.chain;
        this.#importedIds = result.applied.incidentIds;
        this.#forgetReadings();
        this.#show(model);
      },
    };
  }

  #options(): ApplyOptions {
    return { parseJson: this.#links.parseJson, readings: this.#readings };
  }

  /** Readings of imports no longer applied are let go. */
  #forgetReadings(): void {
    // eslint-disable-next-line svelte/prefer-svelte-reactivity -- a local, not state
    const ids = new Set(this.#chain.imports.map((i) => i.id));
    for (const id of this.#readings.keys()) if (!ids.has(id)) this.#readings.delete(id);
  }

  #show(model: DashboardModel): void {
    this.#model = model;
    this.#links.onShow(model);
  }
}

/** From this many incidents, a model's table is made in a task of its own before it is shown. */
const PREPARE_FROM = 10_000;

/**
 * Make a large model's incident table (its columns, in date order: 70–280 ms at 100,000
 * incidents here) in slices of its own, so that showing the model, when every view follows it
 * in one task, does not make it too. The table is kept with the model (`incidentTable`).
 */
async function prepare(model: DashboardModel): Promise<void> {
  if (model.incidents.length < PREPARE_FROM) return;
  // On top of a model whose table is made (an import), the table is the earlier one's with the
  // import's rows put in: a few ms, not worth two turns of the page's queue.
  if (incidentTableFromEarlier(model)) {
    incidentTable(model);
    return;
  }
  await runSliced(incidentTableSteps(model));
  await yieldToPage();
}

/** The files without a dataset's sources and incidents (the same object when there are none). */
function shippedFiles(files: RawFiles): RawFiles {
  const incidents = files.incidents.filter((f) => !f.dataset);
  if (incidents.length === files.incidents.length) return files;
  return { ...files, incidents, sources: files.sources.filter((f) => !f.dataset) };
}
