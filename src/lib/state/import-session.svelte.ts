import { reuseUnchangedLayers } from '../import/apply-imports';
import { importKind } from '../import/import-kind';
import type { ImportedFile } from '../import/imported-file';
import { parseStoredImports } from '../import/parse-stored-imports';
import type { DashboardModel } from '../model/build-model';
import type { DataIssue } from '../model/data-issue';
import type { DecodedText } from '../model/decode-text';
import type { ReadPageFile } from '../data/read-page-file';
import { type JsonParser, sizeIssue } from '../model/parse-json-text';
import { yieldToPage } from '../model/run-sliced';
import type { Incident } from '../model/schema';
import { DraftReview, type DraftReviewLinks } from './draft-review.svelte';
import type { CheckedImports, ModelStore } from './model-store.svelte';

/** What the last import, removal or restore said. */
export interface ImportReport {
  /** One line: what happened. */
  readonly summary: string;
  /** True when something was refused or skipped (then `issues` says why). */
  readonly refused: boolean;
  /** Each names the file, the line or feature, and the reason. */
  readonly issues: readonly DataIssue[];
}

/** A stored import that no longer validates: not applied, listed with why, kept until removed. */
export interface SkippedImport {
  readonly item: ImportedFile;
  readonly issues: readonly DataIssue[];
}

/** The I/O an import session needs, handed in (from data/ and import/ by App.svelte): state does none. */
export interface ImportPorts {
  /**
   * Keeps the imports (in IndexedDB in the app); called after each change that was applied.
   * `fileOf` gives the file an import was read from, while the page has it (it can be stored
   * instead of the text: the same bytes, cheaper to keep).
   */
  readonly storeImports?: (
    imports: readonly ImportedFile[],
    fileOf: (item: ImportedFile) => Blob | undefined,
  ) => Promise<void>;
  /** A chosen file's text, decoded strictly, or why it cannot be (src/lib/data/read-file-text.ts). */
  readonly readFileText?: (file: File) => Promise<DecodedText>;
  /** A saved web page's article and metadata, or why not (src/lib/data/read-page-file.ts). */
  readonly readPageFile?: (file: File) => Promise<ReadPageFile>;
  /** Parses a GeoJSON import's text: in a worker in the app, in-thread by default. */
  readonly parseJson?: JsonParser;
  /** The gazetteer and the extractor a text's drafts are read with (see DraftReview). */
  readonly readGazetteer?: DraftReviewLinks['readGazetteer'];
  readonly loadTextImportDrafts?: DraftReviewLinks['loadTextImportDrafts'];
  /** A new import's id, unique among the imports; time and chance by default. */
  readonly newId?: () => string;
  /** When an import is made, as an ISO timestamp; the clock by default. */
  readonly now?: () => string;
}

/** What the session reads and changes of the dashboard: the model store, and the layer toggles. */
export interface ImportSessionLinks {
  readonly model: () => DashboardModel;
  /** Where the imports are applied, checked and restored, and the model shown. */
  readonly store: ModelStore;
  /** An imported layer was removed: a layer imported again later starts visible. */
  readonly onLayerRemoved: (layerId: string) => void;
}

/**
 * The imports of this browser as the user handles them: files taken in (kind, size, text, id),
 * handed to the model store to be applied on top of the shipped data, all or nothing, kept in
 * storage and restored on every start; a text's drafts under review (`review`); and what the
 * last change said. The Import panel hands it a file and a form; the store builds the model.
 */
export class ImportSession {
  #skipped = $state.raw<readonly SkippedImport[]>([]);
  #report = $state.raw<ImportReport>();
  #storageProblem = $state<string>();
  #checking = $state<string>();
  #busy = $state(false);
  /** How far the check of the file being imported is (features checked of all to check). */
  #progress = $state<{ readonly done: number; readonly total: number }>();
  /** Stops the import being checked (`cancel`). */
  #abort: AbortController | undefined;
  /** The file each import of this page was read from (`storeImports` may keep it). */
  readonly #files = new WeakMap<ImportedFile, Blob>();
  /** Imports run one after another: each is checked against the model the one before left. */
  #queue: Promise<unknown> = Promise.resolve();
  readonly #ports: ImportPorts;
  readonly #links: ImportSessionLinks;
  /** A text's drafts under review (a text taken waits there for its form). */
  readonly review: DraftReview;

  constructor(ports: ImportPorts, links: ImportSessionLinks) {
    this.#ports = ports;
    this.#links = links;
    this.review = new DraftReview({
      readGazetteer: ports.readGazetteer,
      loadTextImportDrafts: ports.loadTextImportDrafts,
      model: links.model,
      imports: () => this.imports,
      importFile: (item) => this.importFile(item),
      refuse: (file, issues) => this.#refuse(file, issues),
      newId: () => this.#newId(),
      now: () => this.#now(),
    });
  }

  /** The imports in the model, in the order they were made. */
  get imports(): readonly ImportedFile[] {
    return this.#links.store.imports;
  }
  get skipped(): readonly SkippedImport[] {
    return this.#skipped;
  }
  get report(): ImportReport | undefined {
    return this.#report;
  }
  /** Why the imports cannot be kept in (or read from) this browser, when they cannot. */
  get storageProblem(): string | undefined {
    return this.#storageProblem;
  }
  /** The file being checked against the model, while it is. */
  get checking(): string | undefined {
    return this.#checking;
  }
  /** How far the check of the file being imported is, while it is (done of total steps). */
  get progress(): { readonly done: number; readonly total: number } | undefined {
    return this.#progress;
  }
  /** Stop the import being checked: nothing changes, and the report says it was cancelled. */
  cancel(): void {
    this.#abort?.abort(new DOMException('the import was cancelled', 'AbortError'));
  }
  /** A file or a text is being taken in: the panel takes no other meanwhile. */
  get busy(): boolean {
    return this.#busy || this.review.reading;
  }
  /** Whether the stored imports are back (the first load is done). */
  get restored(): boolean {
    return this.#links.store.restored;
  }

  /** The incidents the imports brought, in date order. */
  readonly importedIncidents: readonly Incident[] = $derived.by(() => {
    const ids = this.#links.store.importedIds;
    return this.#links.model().incidents.filter((i) => ids.has(i.id));
  });

  /**
   * Re-apply the stored imports in order on top of the loaded files (`stored` as storage gave
   * it), through the model store, which shows the model: one that no longer validates is
   * skipped, listed with its problems and kept in storage until removed.
   */
  restore(stored: unknown): Promise<void> {
    return this.#serial(async () => {
      const parsed = parseStoredImports(stored);
      const skipped = await this.#links.store.restore(parsed.imports);
      this.#skipped = skipped;
      const issues = [...parsed.issues, ...skipped.flatMap((s) => s.issues)];
      if (issues.length > 0)
        this.#report = {
          summary: `${parsed.issues.length + skipped.length} stored import(s) could not be applied; the rest are shown`,
          refused: true,
          issues,
        };
    });
  }

  /**
   * Take a file the user chose: a CSV of incidents or a GeoJSON layer is imported at once; a
   * text waits for its outlet, title and day (`review.readDrafts`), and so does a saved web
   * page's article, with the metadata the page gives. A file of another kind, too large or
   * unreadable is refused with the reason, and nothing changes.
   */
  async take(file: File): Promise<void> {
    if (this.busy) return;
    this.#busy = true;
    try {
      const kind = importKind(file.name);
      if (!kind)
        return this.#refuse(file.name, [
          { file: file.name, reason: 'is not a .csv, .geojson, .json, .txt or .html file' },
        ]);
      const tooLarge = sizeIssue(file.name, file.size);
      if (tooLarge) return this.#refuse(file.name, [tooLarge]);
      if (kind === 'page') {
        if (!this.#ports.readPageFile) throw new Error('no page reader');
        const page = await this.#ports.readPageFile(file);
        if (!page.ok) return this.#refuse(file.name, [{ file: file.name, reason: page.reason }]);
        const { text, metadata, encoding, pageSha256 } = page;
        return this.review.wait(file.name, text, { metadata, encoding, pageSha256 });
      }
      if (!this.#ports.readFileText) throw new Error('no file reader');
      const decoded = await this.#ports.readFileText(file);
      if (!decoded.ok) return this.#refuse(file.name, [decoded.issue]);
      const text = decoded.text;
      if (kind === 'text') return this.review.wait(file.name, text);
      this.#checking = file.name;
      const item: ImportedFile = {
        kind,
        id: this.#newId(),
        file: file.name,
        text,
        importedAt: this.#now(),
      };
      this.#files.set(item, file);
      await this.importFile(item);
    } catch (error) {
      this.#refuse(file.name, [
        { file: file.name, reason: `could not be read (${(error as Error).message})` },
      ]);
    } finally {
      this.#busy = false;
      this.#checking = undefined;
    }
  }

  /**
   * Add an import, or replace the one with its id (a text import gains its accepted drafts this
   * way). The imports are checked on top of the shipped files; if that brings any problem that
   * was not there before, nothing changes and `report` lists the problems. Resolves to whether
   * the import was applied.
   */
  importFile(item: ImportedFile): Promise<boolean> {
    return this.#serial(async () => {
      const imports = this.imports;
      if (imports.some((i) => i.file === item.file && i.id !== item.id)) {
        const reason = 'is already imported: remove it first, or give the file another name';
        this.#refuse(item.file, [{ file: item.file, reason }]);
        return false;
      }
      const next = imports.some((i) => i.id === item.id)
        ? imports.map((i) => (i.id === item.id ? item : i))
        : [...imports, item];
      return this.#apply(next, item.file, (before, after) => {
        if (item.kind === 'geojson') {
          const added = [...after.userLayers.values()].find((l) => l.file === item.file);
          return `${item.file}: layer “${added?.name ?? item.file}” added (${added?.features.length ?? 0} features)`;
        }
        const n = after.incidents.length - before.incidents.length;
        return `${item.file}: ${n} incident${n === 1 ? '' : 's'} added`;
      });
    });
  }

  /** Remove an import (or a skipped one); refused, like an import, if that breaks another. */
  remove(id: string): Promise<boolean> {
    return this.#serial(async () => {
      const skipped = this.#skipped.find((s) => s.item.id === id);
      if (skipped) {
        this.#skipped = this.#skipped.filter((s) => s !== skipped);
        this.#report = { summary: `${skipped.item.file} removed`, refused: false, issues: [] };
        await this.#store();
        return true;
      }
      const item = this.imports.find((i) => i.id === id);
      if (!item) return false;
      const layer = [...this.#links.model().userLayers.values()].find((l) => l.file === item.file);
      const rest = this.imports.filter((i) => i !== item);
      const removed = await this.#apply(
        rest,
        item.file,
        () => `${item.file} removed`,
        'was not removed',
      );
      if (removed && layer) this.#links.onLayerRemoved(layer.id);
      return removed;
    });
  }

  /** Close the last report. */
  dismissReport(): void {
    this.#report = undefined;
  }

  /** Say why storage failed outside the session (reading the stored imports at start). */
  reportStorageProblem(problem: string): void {
    this.#storageProblem = problem;
  }

  #refuse(file: string, issues: readonly DataIssue[]): void {
    this.#report = { summary: `${file} was not imported: nothing changed`, refused: true, issues };
  }

  async #apply(
    next: readonly ImportedFile[],
    file: string,
    describe: (before: DashboardModel, after: DashboardModel) => string,
    refusal = 'was not imported',
  ): Promise<boolean> {
    if (!this.restored) {
      this.#refuse(file, [{ file, reason: 'cannot be imported before the data has loaded' }]);
      return false;
    }
    const before = this.#links.model();
    const abort = new AbortController();
    this.#abort = abort;
    let checked: CheckedImports;
    try {
      checked = await this.#links.store.check(next, {
        signal: abort.signal,
        onProgress: ({ done, total }) => (this.#progress = { done, total }),
      });
    } catch (error) {
      if (!abort.signal.aborted) throw error;
      this.#report = {
        summary: `${file} ${refusal}: cancelled, nothing changed`,
        refused: true,
        issues: [],
      };
      return false;
    } finally {
      this.#abort = undefined;
      this.#progress = undefined;
    }
    if (checked.newIssues.length > 0) {
      const summary = `${file} ${refusal}: nothing changed`;
      this.#report = { summary, refused: true, issues: checked.newIssues };
      return false;
    }
    // The panels and the map follow a new model in one update: in a task of its own, not on
    // the end of the check's last slice (50,000 incidents: ≈ 140 ms, and ≈ 40 ms before it).
    await yieldToPage();
    // Imports that stayed keep their layer objects, so the map does not draw them anew.
    // eslint-disable-next-line svelte/prefer-svelte-reactivity -- a local, not state
    const stayed = new Set(this.imports.filter((i) => next.includes(i)).map((i) => i.file));
    checked.keep(reuseUnchangedLayers(checked.model, before, stayed));
    this.#report = { summary: describe(before, this.#links.model()), refused: false, issues: [] };
    await this.#store();
    return true;
  }

  async #store(): Promise<void> {
    const store = this.#ports.storeImports;
    if (!store) return;
    try {
      await store([...this.imports, ...this.#skipped.map((s) => s.item)], (item) =>
        this.#files.get(item),
      );
      this.#storageProblem = undefined;
    } catch (error) {
      this.#storageProblem = `Imports could not be kept in this browser (${(error as Error).message}): they last until the page is closed.`;
    }
  }

  #serial<T>(task: () => Promise<T>): Promise<T> {
    const run = this.#queue.then(task, task);
    this.#queue = run.catch(() => undefined);
    return run;
  }

  #newId(): string {
    return (
      this.#ports.newId?.() ??
      `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`
    );
  }

  #now(): string {
    // A timestamp for the record, not reactive state.
    // eslint-disable-next-line svelte/prefer-svelte-reactivity
    return this.#ports.now?.() ?? new Date().toISOString();
  }
}
