import { describe, expect, it } from 'vitest';
import type { ImportedFile } from '../../../src/lib/import/imported-file';
import type { Gazetteer } from '../../../src/lib/ingest/gazetteer-schema';
import { type DataIssue, formatIssue } from '../../../src/lib/model/data-issue';
import type { Incident, SourceMeta } from '../../../src/lib/model/schema';
import { DraftReview, type DraftReviewLinks } from '../../../src/lib/state/draft-review.svelte';
import { repoModel } from '../../support/geodata';

const model = repoModel();
const META = { id: 'reuters-2023-04-16', outlet: 'Reuters' } as SourceMeta;
const draftOf = (id: string) => ({ incident: { id } as Incident, confidence: 0.5 });

/** A review with a stand-in extractor (the real one is tested in ingest/ and import/). */
function createReview(overrides: Partial<DraftReviewLinks> = {}) {
  const refused: { file: string; issues: readonly DataIssue[] }[] = [];
  const imported: ImportedFile[] = [];
  const forms: unknown[] = [];
  const added: (string | undefined)[] = [];
  const review = new DraftReview({
    readGazetteer: async () => [] as unknown as Gazetteer,
    loadTextImportDrafts: async () => async (input) => {
      forms.push(input.form);
      added.push(input.added);
      return { ok: true, meta: META, drafts: [draftOf('d-1'), draftOf('d-2')], notes: [] };
    },
    model: () => model,
    imports: () => imported,
    importFile: async (item) => {
      imported.splice(0, imported.length, item);
      return true;
    },
    refuse: (file, issues) => refused.push({ file, issues }),
    newId: () => 'text-1',
    now: () => '2024-01-01T00:00:00.000Z',
    ...overrides,
  });
  return { review, refused, imported, forms, added };
}

const FORM = { outlet: 'Reuters', title: 'Jets', published: '2023-04-16' };

describe('DraftReview', () => {
  it('reads a waiting text into drafts with the form, then waits for no text', async () => {
    const { review, forms, added } = createReview();
    review.wait('mnd.txt', 'Jets near Taiwan\nThe ministry said…');
    await review.readDrafts(FORM);
    expect(forms).toEqual([FORM]);
    // The source is added on the import's day.
    expect(added).toEqual(['2024-01-01']);
    expect(review.text).toBeUndefined();
    expect(review.drafts?.importId).toBe('text-1');
    expect(review.drafts?.drafts.map((d) => d.incident.id)).toEqual(['d-1', 'd-2']);
    expect(review.reading).toBe(false);
  });

  it('suggests a page’s own title and hands its checksum to the extractor with the form', async () => {
    const { review, forms } = createReview();
    const metadata = { title: { value: 'Jets near Taiwan', from: 'og:title' } };
    review.wait('page.html', 'The ministry said…\n', {
      metadata,
      encoding: 'UTF-8',
      pageSha256: 'a'.repeat(64),
    });
    expect(review.text).toMatchObject({ title: 'Jets near Taiwan', page: { metadata } });
    await review.readDrafts(FORM);
    expect(forms).toEqual([{ ...FORM, pageSha256: 'a'.repeat(64) }]);
  });

  it('accepts a draft into the text’s import, one after another, and rejects another', async () => {
    const { review, imported } = createReview();
    review.wait('mnd.txt', 'text');
    await review.readDrafts(FORM);
    expect(await review.accept('d-1')).toBe(true);
    expect(imported).toMatchObject([
      { kind: 'text', id: 'text-1', file: 'mnd.txt', incidents: [{ id: 'd-1' }] },
    ]);
    review.reject('d-2');
    expect(review.drafts?.drafts).toEqual([]);
    expect(await review.accept('d-2')).toBe(false);
    review.close();
    expect(review.drafts).toBeUndefined();
  });

  it('keeps a draft an import refused, and the text a form refused', async () => {
    const refusal = createReview({
      loadTextImportDrafts: async () => async () => ({
        ok: false,
        issues: [{ file: 'mnd.txt', reason: 'is empty' }],
      }),
    });
    refusal.review.wait('mnd.txt', '');
    await refusal.review.readDrafts(FORM);
    expect(refusal.refused.flatMap((r) => r.issues.map(formatIssue))).toEqual([
      'mnd.txt: is empty',
    ]);
    expect(refusal.review.text?.file).toBe('mnd.txt');

    const { review } = createReview({ importFile: async () => false });
    review.wait('mnd.txt', 'text');
    await review.readDrafts(FORM);
    expect(await review.accept('d-1')).toBe(false);
    expect(review.drafts?.drafts.map((d) => d.incident.id)).toEqual(['d-1', 'd-2']);
  });

  it('names the text when the extractor cannot be loaded', async () => {
    const { review, refused } = createReview({
      readGazetteer: () =>
        Promise.reject(new Error('geodata/gazetteer.json could not be read (HTTP 404)')),
    });
    review.wait('mnd.txt', 'text');
    await review.readDrafts(FORM);
    expect(refused.flatMap((r) => r.issues.map(formatIssue))).toEqual([
      'mnd.txt: could not be read into drafts (geodata/gazetteer.json could not be read (HTTP 404))',
    ]);
    expect(review.reading).toBe(false);
  });
});
