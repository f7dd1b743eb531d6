import { describe, expect, it } from 'vitest';
import type { RawFiles } from '../../../src/lib/model/build-model';
import { Dashboard } from '../../../src/lib/state/dashboard.svelte';
import type { LoadProgress } from '../../../src/lib/state/data-loading.svelte';
import { createImportBase } from '../../support/import';
import { createDatasetFiles, datasetRawFiles } from '../../support/synthetic';

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

describe('DataLoading', () => {
  it('is loading until a model is shown, then ready', async () => {
    const dashboard = new Dashboard();
    expect(dashboard.loading.status).toBe('loading');
    await dashboard.loading.load(createImportBase());
    expect(dashboard.loading.status).toBe('ready');
    expect(dashboard.loading.progress).toBeUndefined();
    expect(dashboard.model.incidents.length).toBeGreaterThan(0);
  });

  it('shows the shipped data while a dataset is read, then checks and shows both', async () => {
    const { shipped, all } = withDataset(120);
    const dashboard = new Dashboard();
    dashboard.loading.preview(shipped);
    expect(dashboard.loading.status).toBe('ready');
    expect(dashboard.loading.progress).toEqual({ stage: 'reading' });
    const shippedCount = dashboard.model.incidents.length;
    const seen: (LoadProgress | undefined)[] = [];
    const loading = dashboard.loading.load(all);
    seen.push(dashboard.loading.progress);
    await loading;
    expect(seen[0]?.stage).toBe('checking');
    expect(dashboard.loading.progress).toBeUndefined();
    expect(dashboard.model.incidents.length).toBe(shippedCount + 120);
    // A preview after the load changes nothing.
    dashboard.loading.preview(shipped);
    expect(dashboard.model.incidents.length).toBe(shippedCount + 120);
  });

  it('keeps a linked dataset incident selected while the dataset is checked', async () => {
    const { shipped, all } = withDataset(50);
    const dashboard = new Dashboard();
    dashboard.selectIncident('syn-s2-000007', 'link');
    dashboard.loading.preview(shipped);
    expect(dashboard.list.selectedId).toBe('syn-s2-000007');
    await dashboard.loading.load(all);
    expect(dashboard.list.selected?.id).toBe('syn-s2-000007');
  });

  it('fails as a whole with the reason', () => {
    const dashboard = new Dashboard();
    dashboard.loading.fail('Loading the data failed: HTTP 500');
    expect(dashboard.loading.status).toBe('failed');
    expect(dashboard.loading.failure).toBe('Loading the data failed: HTTP 500');
  });
});
