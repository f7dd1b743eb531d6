/**
 * An imported CSV's incidents are checked once: its rows are read into features, and the model's
 * one check (schema, then evidence) runs on them, naming lines; nothing checks them again.
 */
import { describe, expect, it, vi } from 'vitest';
import { applyImports } from '../../../src/lib/import/apply-imports';
import { parseIncidentCsv } from '../../../src/lib/import/parse-incident-csv';
import { buildModel } from '../../../src/lib/model/build-model';
import { formatIssue } from '../../../src/lib/model/data-issue';
import { createImport, createImportBase, fixture, importSources } from '../../support/import';

/** The incidents handed to the evidence check and to the incident schema, by id, in order. */
const seen = vi.hoisted(() => ({ evidence: [] as string[], schema: [] as string[] }));

vi.mock('../../../src/lib/model/incident-issues', async (importOriginal) => {
  const original = await importOriginal<typeof import('../../../src/lib/model/incident-issues')>();
  return {
    ...original,
    incidentProblems: (...args: Parameters<typeof original.incidentProblems>) => {
      seen.evidence.push(args[0].id);
      return original.incidentProblems(...args);
    },
  };
});

vi.mock('valibot', async (importOriginal) => {
  const original = await importOriginal<typeof import('valibot')>();
  return {
    ...original,
    // A whole incident feature (type Feature, properties with an id) parsed by a schema.
    safeParse: (...args: Parameters<typeof original.safeParse>) => {
      const input = args[1] as { type?: unknown; properties?: { id?: unknown } } | null;
      if (input?.type === 'Feature' && typeof input.properties?.id === 'string')
        seen.schema.push(input.properties.id);
      return original.safeParse(...args);
    },
  };
});

const counts = (ids: readonly string[]) =>
  Object.fromEntries([...new Set(ids)].map((id) => [id, ids.filter((i) => i === id).length]));

describe('a CSV import is checked once', () => {
  const base = createImportBase();
  const baseModel = buildModel(base);
  const csv = createImport('csv', 'corroborated.csv', fixture('valid/corroborated.csv'));

  it.each([
    ['on top of the base model', baseModel],
    ['rebuilding everything', undefined],
  ])('each incident goes through the schema and the evidence check once, %s', async (_, on) => {
    seen.evidence.length = 0;
    seen.schema.length = 0;
    const next = await applyImports(base, [csv], baseModel.issues, on);
    expect(next.newIssues).toEqual([]);
    const once = { 'aircraft-near-taiwan': 1, 'destroyer-transit': 1 };
    expect(counts(seen.schema)).toMatchObject(once);
    expect(counts(seen.evidence)).toMatchObject(once);
    // Rebuilding checks the base's incident as well, once too.
    if (!on) expect(counts(seen.evidence)).toEqual({ ...once, 'test-incident': 1 });
    else expect(counts(seen.evidence)).toEqual(once);
  });

  it('names the line and column of a problem the model finds, from where it found it', async () => {
    // The quote's offsets are one off: only the model's check of the quote can tell.
    const shifted = fixture('valid/corroborated.csv').replace(
      /,(\d+),(\d+),/,
      (_, s, e) => `,${Number(s) + 1},${Number(e) + 1},`,
    );
    seen.evidence.length = 0;
    const broken = createImport('csv', 'shifted.csv', shifted);
    const next = await applyImports(base, [broken], baseModel.issues, baseModel);
    expect(next.newIssues.map(formatIssue)).toEqual([
      'shifted.csv › line 5 › quote: end (171) is past the end of the source text (170 characters)',
    ]);
    // The same as the CSV alone says, through the same check.
    expect(next.newIssues.map(formatIssue)).toEqual(
      parseIncidentCsv('shifted.csv', shifted, importSources()).issues.map(formatIssue),
    );
    expect(
      next.newIssues.every((i) => i.line !== undefined && i.feature === `line ${i.line}`),
    ).toBe(true);
  });
});
