import { readFileSync } from 'node:fs';
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { textImportDrafts } from '../../../src/lib/import/text-import-drafts';
import { gazetteerSchema } from '../../../src/lib/ingest/gazetteer-schema';
import { formatIssue } from '../../../src/lib/model/data-issue';
import { repoModel } from '../../support/geodata';

const gazetteer = v.parse(
  gazetteerSchema,
  JSON.parse(readFileSync(new URL('../../../geodata/gazetteer.json', import.meta.url), 'utf8')),
);
const TEXT =
  "Taiwan's defence ministry said on Saturday it had detected 13 Chinese aircraft and three warships around the island by 6 a.m., four of which crossed the median line into its southeast ADIZ.\n";
const input = (form: Partial<{ outlet: string; title: string; published: string }> = {}) => ({
  file: 'mnd.txt',
  text: TEXT,
  form: {
    outlet: 'Reuters',
    title: 'Chinese aircraft near Taiwan',
    published: '2023-04-16',
    ...form,
  },
  gazetteer,
  layers: repoModel().layers,
  takenSourceIds: new Set(['reuters-2023-04-16']),
});

describe('textImportDrafts', () => {
  it('makes the source metadata from the form, with a unique id and the text’s SHA-256', async () => {
    const result = await textImportDrafts(input());
    if (!result.ok) throw new Error(result.issues.map(formatIssue).join('\n'));
    expect(result.meta).toMatchObject({
      id: 'reuters-2023-04-16-2',
      outlet: 'Reuters',
      published: '2023-04-16',
      language: 'en',
    });
    expect(result.meta.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(result.meta.added).toBeUndefined();
  });

  it('keeps the day the text was imported as the source’s `added`', async () => {
    const result = await textImportDrafts({ ...input(), added: '2026-12-03' });
    if (!result.ok) throw new Error(result.issues.map(formatIssue).join('\n'));
    expect(result.meta.added).toBe('2026-12-03');
  });

  it('keeps what a saved page gave beside the form: URL, author, language, date-time, page checksum', async () => {
    const page = {
      url: 'https://news.example.org/a',
      author: ' Lin Mei ',
      language: 'en-GB',
      publishedAt: '2023-04-16T09:30:00+08:00',
      pageSha256: 'b'.repeat(64),
    };
    const result = await textImportDrafts({ ...input(), form: { ...input().form, ...page } });
    if (!result.ok) throw new Error(result.issues.map(formatIssue).join('\n'));
    expect(result.meta).toMatchObject({ ...page, author: 'Lin Mei' });
    const blank = await textImportDrafts({ ...input(), form: { ...input().form, url: ' ' } });
    expect(blank.ok && 'url' in blank.meta).toBe(false);
  });

  it('drafts the dispatch’s incident, dated from the publication day, quoting the text', async () => {
    const result = await textImportDrafts(input());
    if (!result.ok) throw new Error('no drafts');
    expect(result.drafts).toHaveLength(1);
    const p = result.drafts[0]!.incident.properties;
    expect(p.date.value).toBe('2023-04-15');
    // "four of which crossed the median line …" is a part of the 13.
    expect(p.counts?.map((c) => [c.unit, c.value, c.measure?.kind, c.measure?.of])).toEqual([
      ['aircraft', 13, 'aircraft-detected', undefined],
      ['ships', 3, 'navy-vessels', undefined],
      ['aircraft', 4, 'aircraft-median-or-adiz', 0],
    ]);
    expect(TEXT.slice(p.quotes[0]!.start, p.quotes[0]!.end)).toBe(p.quotes[0]!.text);
  });

  it('names the form field that is wrong', async () => {
    const result = await textImportDrafts(input({ outlet: ' ', published: '2023-02-30' }));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues.map(formatIssue)).toEqual([
      'mnd.txt › outlet: must not be empty',
      'mnd.txt › published: is not a real calendar date',
    ]);
  });

  it('refuses an empty text', async () => {
    const result = await textImportDrafts({ ...input(), text: ' \n' });
    expect(result.ok ? [] : result.issues.map(formatIssue)).toEqual(['mnd.txt: is empty']);
  });
});
