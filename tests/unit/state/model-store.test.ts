/**
 * The model store: the one place the model is built. A shipped source, a dataset and an import
 * each reach the model checked once; restoring stored imports reads and checks each once; a
 * change checks again only what it changes.
 */
import { describe, expect, it, vi } from 'vitest';
import type { ImportedFile } from '../../../src/lib/import/imported-file';
import type { RawFiles } from '../../../src/lib/model/build-model';
import { Dashboard } from '../../../src/lib/state/dashboard.svelte';
import { createImport, createImportBase, fixture } from '../../support/import';
import { createDatasetFiles, datasetRawFiles } from '../../support/synthetic';

/** Incidents handed to the evidence check, CSV files read into features, in order. */
const seen = vi.hoisted(() => ({ checked: [] as string[], read: [] as string[] }));

vi.mock('../../../src/lib/model/incident-issues', async (importOriginal) => {
  const original = await importOriginal<typeof import('../../../src/lib/model/incident-issues')>();
  return {
    ...original,
    incidentProblems: (...args: Parameters<typeof original.incidentProblems>) => {
      seen.checked.push(args[0].id);
      return original.incidentProblems(...args);
    },
  };
});

vi.mock('../../../src/lib/import/parse-incident-csv', async (importOriginal) => {
  const original =
    await importOriginal<typeof import('../../../src/lib/import/parse-incident-csv')>();
  return {
    ...original,
    readIncidentCsvSteps: (...args: Parameters<typeof original.readIncidentCsvSteps>) => {
      seen.read.push(args[0]);
      return original.readIncidentCsvSteps(...args);
    },
  };
});

const tally = (list: readonly string[]) => {
  const out: Record<string, number> = {};
  for (const x of list) out[x] = (out[x] ?? 0) + 1;
  return out;
};
const forget = () => {
  seen.checked.length = 0;
  seen.read.length = 0;
};

/** A CSV of one incident, `n`, quoting the shipped source. */
const csvNumber = (n: number): ImportedFile =>
  createImport(
    'csv',
    `ships-${n}.csv`,
    fixture('valid/minimal.csv').replace('ministry-detects-ships', `ships-${n}`),
  );

/** The import base with a generated dataset of `n` incidents, marked as the data layer marks it. */
function withDataset(n: number): { shipped: RawFiles; all: RawFiles } {
  const shipped = createImportBase();
  const dataset = datasetRawFiles(createDatasetFiles(n, 2));
  return {
    shipped,
    all: {
      ...shipped,
      sources: [...shipped.sources, ...dataset.sources.map((f) => ({ ...f, dataset: true }))],
      incidents: [...shipped.incidents, ...dataset.incidents.map((f) => ({ ...f, dataset: true }))],
    },
  };
}

describe('ModelStore', () => {
  it('checks a shipped incident, a dataset’s and an import’s once each, on the way to the map', async () => {
    forget();
    const { shipped, all } = withDataset(40);
    const dashboard = new Dashboard();
    dashboard.loading.preview(shipped);
    const stored = csvNumber(1);
    await dashboard.loading.load(all, { version: 1, imports: [stored] });
    expect(await dashboard.imports.importFile(csvNumber(2))).toBe(true);
    const ids = dashboard.model.incidents.map((i) => i.id);
    expect(ids).toHaveLength(1 + 40 + 2);
    expect(ids).toEqual(expect.arrayContaining(['test-incident', 'ships-1', 'ships-2']));
    // Every incident on the map was checked exactly once: none twice, none skipped.
    expect(tally(seen.checked)).toEqual(Object.fromEntries(ids.map((id) => [id, 1])));
    expect(tally(seen.read)).toEqual({ 'ships-1.csv': 1, 'ships-2.csv': 1 });
  });

  it('restores k = 5 stored imports reading and checking each once', async () => {
    forget();
    const stored = [1, 2, 3, 4, 5].map(csvNumber);
    const dashboard = new Dashboard();
    await dashboard.loading.load(createImportBase(), { version: 1, imports: stored });
    expect(dashboard.imports.imports).toEqual(stored);
    expect(tally(seen.read)).toEqual(Object.fromEntries(stored.map((item) => [item.file, 1])));
    const imported = stored.map((_, i) => `ships-${i + 1}`);
    expect(tally(seen.checked)).toEqual({
      'test-incident': 1,
      ...Object.fromEntries(imported.map((id) => [id, 1])),
    });
  });

  it('checks again only the imports after a removed one, and only a new one when added', async () => {
    const stored = [1, 2, 3, 4, 5].map(csvNumber);
    const dashboard = new Dashboard();
    await dashboard.loading.load(createImportBase(), { version: 1, imports: stored });
    forget();
    expect(await dashboard.imports.remove(stored[2]!.id)).toBe(true);
    // Nothing read again; the imports after the removed one checked on the model before it.
    expect(seen.read).toEqual([]);
    expect(tally(seen.checked)).toEqual({ 'ships-4': 1, 'ships-5': 1 });
    expect(dashboard.model.incidents.map((i) => i.id)).not.toContain('ships-3');
    forget();
    expect(await dashboard.imports.importFile(csvNumber(6))).toBe(true);
    expect(seen.read).toEqual(['ships-6.csv']);
    expect(seen.checked).toEqual(['ships-6']);
    expect(dashboard.imports.importedIncidents.map((i) => i.id).sort()).toEqual([
      'ships-1',
      'ships-2',
      'ships-4',
      'ships-5',
      'ships-6',
    ]);
  });
});
