import type { ImportedFile } from '../import/imported-file';
import type { TextImportForm, textImportDrafts } from '../import/text-import-drafts';
import type { Draft } from '../ingest/extract-incidents';
import type { ExtractionNote } from '../ingest/extraction-note';
import type { Gazetteer } from '../ingest/gazetteer-schema';
import type { DashboardModel } from '../model/build-model';
import type { DataIssue } from '../model/data-issue';
import type { SourceMeta } from '../model/schema';
import type { PageMetadata } from '../page/page-metadata';

/** A text read into draft incidents, waiting for the user to accept or reject each. */
export interface TextDrafts {
  /** The import the accepted drafts go into (made with the first one accepted). */
  readonly importId: string;
  readonly file: string;
  readonly text: string;
  readonly meta: SourceMeta;
  /** Drafts not yet accepted or rejected. */
  readonly drafts: readonly Draft[];
  /** What the extractor saw and did not use. */
  readonly notes: readonly ExtractionNote[];
}

/** What a saved web page gave besides its article's text. */
export interface PageFound {
  /** Each field the page gives, with where it came from; the form starts from these. */
  readonly metadata: PageMetadata;
  /** The encoding its bytes were decoded in. */
  readonly encoding: string;
  /** Hex SHA-256 of the page's bytes, kept in the source's metadata. */
  readonly pageSha256?: string;
}

/** A text the user chose, waiting for its outlet, title and day; `title` is a suggestion. */
export interface PendingText {
  readonly file: string;
  readonly text: string;
  readonly title: string;
  /** When the text is a saved page's article: what the page gave. */
  readonly page?: PageFound;
}

/** What a review needs: the extractor's I/O, and the import session it adds incidents through. */
export interface DraftReviewLinks {
  /** The gazetteer a text's places are read with (src/lib/data/read-gazetteer.ts). */
  readonly readGazetteer?: () => Promise<Gazetteer>;
  /** The extractor, loaded when a text is first read into drafts (src/lib/import/text-import-drafts.ts). */
  readonly loadTextImportDrafts?: () => Promise<typeof textImportDrafts>;
  readonly model: () => DashboardModel;
  readonly imports: () => readonly ImportedFile[];
  readonly importFile: (item: ImportedFile) => Promise<boolean>;
  readonly refuse: (file: string, issues: readonly DataIssue[]) => void;
  readonly newId: () => string;
  readonly now: () => string;
}

/**
 * The review of a source text's draft incidents: the text waits for its outlet, title and
 * publication day, the extractor reads it into drafts, and each draft is accepted (an incident
 * of the text's import) or rejected.
 */
export class DraftReview {
  #text = $state.raw<PendingText>();
  #drafts = $state.raw<TextDrafts>();
  #reading = $state(false);
  readonly #links: DraftReviewLinks;

  constructor(links: DraftReviewLinks) {
    this.#links = links;
  }

  /** The text waiting for its form; undefined when none. */
  get text(): PendingText | undefined {
    return this.#text;
  }
  /** The drafts under review; undefined when none. */
  get drafts(): TextDrafts | undefined {
    return this.#drafts;
  }
  /** Whether the text is being read into drafts. */
  get reading(): boolean {
    return this.#reading;
  }

  /**
   * A text to read: it waits for its form, its first line suggested as its title (a page's
   * own title when it gives one).
   */
  wait(file: string, text: string, page?: PageFound): void {
    const firstLine = text.split('\n').find((l) => l.trim() !== '') ?? '';
    const title = page?.metadata.title?.value ?? firstLine.trim().slice(0, 120);
    this.#text = { file, text, title, ...(page ? { page } : {}) };
  }

  /** Forget the waiting text. */
  cancelText(): void {
    this.#text = undefined;
  }

  /** Read the waiting text into draft incidents with the form's outlet, title and day. */
  async readDrafts(form: TextImportForm): Promise<void> {
    const pending = this.#text;
    if (!pending || this.#reading) return;
    this.#reading = true;
    try {
      const { loadTextImportDrafts, readGazetteer } = this.#links;
      if (!loadTextImportDrafts || !readGazetteer) throw new Error('no extractor');
      // The extractor (and its language libraries) loads only when a text is imported.
      const [textImportDrafts, gazetteer] = await Promise.all([
        loadTextImportDrafts(),
        readGazetteer(),
      ]);
      const model = this.#links.model();
      const result = await textImportDrafts({
        file: pending.file,
        text: pending.text,
        form: pending.page?.pageSha256 ? { ...form, pageSha256: pending.page.pageSha256 } : form,
        // The day it entered the project, on the import's clock (UTC).
        added: this.#links.now().slice(0, 10),
        gazetteer,
        layers: model.layers,
        // A look-up handed to a function, not reactive state.
        // eslint-disable-next-line svelte/prefer-svelte-reactivity
        takenSourceIds: new Set(model.sources.keys()),
      });
      if (!result.ok) return this.#links.refuse(pending.file, result.issues);
      const { meta, drafts, notes } = result;
      const importId = this.#links.newId();
      this.#drafts = { importId, file: pending.file, text: pending.text, meta, drafts, notes };
      this.#text = undefined;
    } catch (error) {
      const reason = `could not be read into drafts (${(error as Error).message})`;
      this.#links.refuse(pending.file, [{ file: pending.file, reason }]);
    } finally {
      this.#reading = false;
    }
  }

  /** Accept a draft: it becomes an incident of the text's imported source, or is refused. */
  async accept(draftId: string): Promise<boolean> {
    const review = this.#drafts;
    const draft = review?.drafts.find((d) => d.incident.id === draftId);
    if (!review || !draft) return false;
    const earlier = this.#links.imports().find((i) => i.id === review.importId);
    const ok = await this.#links.importFile({
      kind: 'text',
      id: review.importId,
      file: review.file,
      text: review.text,
      meta: review.meta,
      incidents: [...(earlier?.kind === 'text' ? earlier.incidents : []), draft.incident],
      importedAt: earlier?.importedAt ?? this.#links.now(),
    });
    if (ok) this.reject(draftId);
    return ok;
  }

  /** Drop a draft from the review. */
  reject(draftId: string): void {
    const review = this.#drafts;
    if (!review) return;
    this.#drafts = { ...review, drafts: review.drafts.filter((d) => d.incident.id !== draftId) };
  }

  /** End the review. */
  close(): void {
    this.#drafts = undefined;
  }
}
