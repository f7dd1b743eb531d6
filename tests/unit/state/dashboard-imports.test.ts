import { describe, expect, it } from 'vitest';
import type { ImportedFile } from '../../../src/lib/import/imported-file';
import { formatIssue } from '../../../src/lib/model/data-issue';
import { Dashboard } from '../../../src/lib/state/dashboard.svelte';
import { createImport, createImportBase, fixture } from '../../support/import';

async function loaded(stored?: unknown) {
  const saved: (readonly ImportedFile[])[] = [];
  const dashboard = new Dashboard({
    storeImports: async (imports) => {
      saved.push(imports);
    },
  });
  await dashboard.loading.load(createImportBase(), stored);
  return { dashboard, saved };
}

describe('Dashboard imports', () => {
  it('applies a valid CSV, lists its incidents as imported and stores it', async () => {
    const { dashboard, saved } = await loaded();
    const csv = createImport('csv', 'corroborated.csv', fixture('valid/corroborated.csv'));
    expect(await dashboard.imports.importFile(csv)).toBe(true);
    expect(dashboard.imports.importedIncidents.map((i) => i.id).sort()).toEqual([
      'aircraft-near-taiwan',
      'destroyer-transit',
    ]);
    expect(dashboard.imports.report).toMatchObject({
      refused: false,
      summary: 'corroborated.csv: 2 incidents added',
    });
    expect(saved).toEqual([[csv]]);
  });

  it('refuses a CSV with one bad row whole: the model, the imports and storage are unchanged', async () => {
    const { dashboard, saved } = await loaded();
    const model = dashboard.model;
    const ok = await dashboard.imports.importFile(
      createImport('csv', 'bad-rows.csv', fixture('invalid/bad-rows.csv')),
    );
    expect(ok).toBe(false);
    expect(dashboard.model).toBe(model);
    expect(dashboard.imports.imports).toEqual([]);
    expect(saved).toEqual([]);
    expect(dashboard.imports.report?.summary).toBe(
      'bad-rows.csv was not imported: nothing changed',
    );
    expect(dashboard.imports.report?.issues.map(formatIssue)).toContain(
      'bad-rows.csv › line 3 › lat: must be a latitude in decimal degrees, between -90 and 90',
    );
  });

  it('refuses a second file of the same name', async () => {
    const { dashboard } = await loaded();
    const text = fixture('valid/bases.geojson');
    await dashboard.imports.importFile(createImport('geojson', 'bases.geojson', text));
    expect(await dashboard.imports.importFile(createImport('geojson', 'bases.geojson', text))).toBe(
      false,
    );
    expect(dashboard.model.userLayers.size).toBe(1);
  });

  it('links a hidden imported layer only while it exists; a removed one comes back visible', async () => {
    const { dashboard } = await loaded();
    const layer = createImport('geojson', 'bases.geojson', fixture('valid/bases.geojson'));
    await dashboard.imports.importFile(layer);
    const id = [...dashboard.model.userLayers.keys()][0]!;
    dashboard.setUserLayerVisible(id, false);
    expect(dashboard.urlState.hiddenUserLayers).toEqual([id]);
    expect(await dashboard.imports.remove(layer.id)).toBe(true);
    expect(dashboard.urlState.hiddenUserLayers).toBeUndefined();
    await dashboard.imports.importFile(layer);
    expect(dashboard.hiddenUserLayers).toEqual([]);
  });

  it('keeps a linked hidden layer until the stored imports are back', async () => {
    const dashboard = new Dashboard();
    dashboard.applyUrlState({ hidden: [], hiddenUserLayers: ['user-bases'], categories: [] });
    expect(dashboard.urlState.hiddenUserLayers).toEqual(['user-bases']);
    await dashboard.loading.load(createImportBase());
    expect(dashboard.urlState.hiddenUserLayers).toBeUndefined();
  });

  it('restores stored imports, skips a stale one and keeps it stored until removed', async () => {
    const csv = createImport('csv', 'corroborated.csv', fixture('valid/corroborated.csv'));
    const stale = createImport(
      'csv',
      'stale.csv',
      fixture('valid/minimal.csv').replace('test-source', 'gone'),
    );
    const { dashboard, saved } = await loaded({ version: 1, imports: [stale, csv] });
    expect(dashboard.imports.imports).toEqual([csv]);
    expect(dashboard.imports.skipped.map((s) => s.item)).toEqual([stale]);
    expect(dashboard.imports.report?.refused).toBe(true);
    expect(await dashboard.imports.remove(stale.id)).toBe(true);
    expect(saved.at(-1)).toEqual([csv]);
  });

  it('refuses to remove a text import whose source a later CSV quotes', async () => {
    const { dashboard } = await loaded();
    const text = 'The navy said 3 ships sailed on Friday.';
    const { createHash } = await import('node:crypto');
    const meta = {
      id: 'navy-2023-04-17',
      outlet: 'Navy',
      title: 'Ships',
      published: '2023-04-17',
      language: 'en',
      sha256: createHash('sha256').update(text).digest('hex'),
    };
    const source: ImportedFile = {
      kind: 'text',
      id: 'navy',
      file: 'navy.txt',
      text,
      meta,
      incidents: [],
      importedAt: '',
    };
    expect(await dashboard.imports.importFile(source)).toBe(true);
    const csv = createImport(
      'csv',
      'navy.csv',
      `id,title,category,date,date_basis,lat,lon,place,source,quote\nnavy-ships,Ships,naval-transit,2023-04-14,on Friday,24,119,Strait,navy-2023-04-17,${text}\n`,
    );
    expect(await dashboard.imports.importFile(csv)).toBe(true);
    expect(await dashboard.imports.remove('navy')).toBe(false);
    expect(dashboard.imports.report?.summary).toBe('navy.txt was not removed: nothing changed');
    expect(dashboard.model.incidents.some((i) => i.id === 'navy-ships')).toBe(true);
  });
});
