import { describe, expect, it } from 'vitest';
import { applyImports as apply } from '../../../src/lib/import/apply-imports';
import type { ImportedFile } from '../../../src/lib/import/imported-file';
import { restoreImports } from '../../../src/lib/import/restore-imports';
import { buildModel } from '../../../src/lib/model/build-model';
import { formatIssue } from '../../../src/lib/model/data-issue';
import { createImport, createImportBase, fixture } from '../../support/import';

const base = createImportBase();
const baseModel = buildModel(base);
const csv = createImport('csv', 'corroborated.csv', fixture('valid/corroborated.csv'));
const layer = createImport('geojson', 'bases.geojson', fixture('valid/bases.geojson'));
const messages = (issues: readonly Parameters<typeof formatIssue>[0][]) => issues.map(formatIssue);

// Every case runs twice: rebuilding the whole model, and checking the imports on top of the
// base model (extendModel); both must give the same answers.
describe.each([
  ['rebuilding everything', undefined],
  ['on top of the base model', baseModel],
])('applyImports, %s', (_, on) => {
  const applyImports: typeof apply = (files, imports, accepted) =>
    apply(files, imports, accepted, on);

  it('adds the incidents of a CSV and says which are imported', async () => {
    const next = await applyImports(base, [csv], baseModel.issues);
    expect(messages(next.newIssues)).toEqual([]);
    expect(next.model.incidents.map((i) => i.id).sort()).toEqual(
      ['aircraft-near-taiwan', 'destroyer-transit', 'test-incident'].sort(),
    );
    expect([...next.incidentIds].sort()).toEqual(['aircraft-near-taiwan', 'destroyer-transit']);
  });

  it('adds a GeoJSON file as a user layer named by its collection, with an id from the file', async () => {
    const next = await applyImports(base, [layer], baseModel.issues);
    expect(messages(next.newIssues)).toEqual([]);
    const added = next.model.userLayers.get('user-bases');
    expect(added?.name).toBe('Test bases');
    expect(added?.features).toHaveLength(3);
  });

  it('gives two layers from files of the same stem different ids', async () => {
    const other = createImport('geojson', 'bases.json', fixture('valid/bases.geojson'));
    const next = await applyImports(base, [layer, other], baseModel.issues);
    expect([...next.model.userLayers.keys()]).toEqual(['user-bases', 'user-bases-2']);
  });

  it('reports a CSV incident whose id is already taken, naming its line', async () => {
    const clash = createImport(
      'csv',
      'clash.csv',
      fixture('valid/minimal.csv').replace('ministry-detects-ships', 'test-incident'),
    );
    const next = await applyImports(base, [clash], baseModel.issues);
    expect(messages(next.newIssues)).toEqual([
      'clash.csv › line 2 (test-incident) › id: duplicate incident id across files (the first one is kept)',
    ]);
  });

  it('reports every problem of a broken CSV and of a broken layer', async () => {
    const broken = createImport('csv', 'bad-rows.csv', fixture('invalid/bad-rows.csv'));
    const json = createImport('geojson', 'broken.geojson', '{ "type": "FeatureCollection", ');
    const next = await applyImports(base, [broken, json], baseModel.issues);
    expect(next.newIssues.map((i) => i.file)).toContain('bad-rows.csv');
    expect(messages(next.newIssues)).toContainEqual(
      expect.stringMatching(/^broken\.geojson: is not valid JSON: /),
    );
  });

  it('does not count problems the shipped data already had', async () => {
    const broken = buildModel({ ...base, readIssues: [{ file: 'x.geojson', reason: 'gone' }] });
    // Its base model has issues, so the imports are checked with everything again.
    const next = await apply(
      { ...base, readIssues: [{ file: 'x.geojson', reason: 'gone' }] },
      [csv],
      broken.issues,
      on && broken,
    );
    expect(next.newIssues).toEqual([]);
    expect(messages(next.model.issues)).toEqual(['x.geojson: gone']);
  });

  it('adds a text import: its source and its accepted incidents, checked against the text', async () => {
    const text = 'On Friday the coast guard saw 3 ships.';
    const meta = {
      id: 'coast-guard-2023-04-17',
      outlet: 'Coast Guard',
      title: 'Ships',
      published: '2023-04-17',
      language: 'en',
      sha256: 'c2c0ef8ce8b6f2e3c1bf7e2d6d7ab3e19dd3ef9c2c3d7ccef1d9dd1cd68aa8e0',
    };
    const item: ImportedFile = {
      kind: 'text',
      id: 't',
      file: 'coast.txt',
      text,
      meta,
      incidents: [],
      importedAt: '',
    };
    const next = await applyImports(base, [item], baseModel.issues);
    expect(messages(next.newIssues)).toEqual([
      expect.stringMatching(
        /^coast\.txt › coast-guard-2023-04-17 › sha256: the text's SHA-256 is /,
      ),
    ]);
  });
});

describe('applyImports on top of the base model', () => {
  const clash = createImport(
    'csv',
    'clash.csv',
    fixture('valid/minimal.csv').replace('ministry-detects-ships', 'test-incident'),
  );
  const other = createImport('geojson', 'bases.json', fixture('valid/bases.geojson'));
  const broken = createImport('csv', 'bad-rows.csv', fixture('invalid/bad-rows.csv'));
  it.each([
    ['a CSV', [csv]],
    ['a layer', [layer]],
    ['a CSV and two layers', [csv, layer, other]],
    ['a CSV whose id is taken', [clash]],
    ['a broken CSV and a good one', [broken, csv]],
  ])('gives the same model as rebuilding everything: %s', async (_, imports) => {
    const whole = await apply(base, imports, baseModel.issues);
    const onTop = await apply(base, imports, baseModel.issues, baseModel);
    expect(onTop.model).toEqual(whole.model);
    expect(onTop.model.incidents.map((i) => i.id)).toEqual(whole.model.incidents.map((i) => i.id));
    expect(messages(onTop.newIssues)).toEqual(messages(whole.newIssues));
    expect(onTop.incidentIds).toEqual(whole.incidentIds);
  });

  it('leaves the base model as it was', async () => {
    const before = baseModel.incidents.length;
    await apply(base, [csv, layer], baseModel.issues, baseModel);
    expect(baseModel.incidents).toHaveLength(before);
    expect(baseModel.userLayers.size).toBe(0);
  });
});

describe('restoreImports', () => {
  it('applies stored imports in order and skips one that no longer validates', async () => {
    const stale = createImport(
      'csv',
      'stale.csv',
      fixture('valid/minimal.csv').replace('test-source', 'gone-source'),
    );
    const restored = await restoreImports(base, [csv, stale, layer]);
    expect(restored.imports).toEqual([csv, layer]);
    expect(restored.skipped.map((s) => s.item)).toEqual([stale]);
    expect(messages(restored.skipped[0]!.issues)).toEqual([
      'stale.csv › line 2 › source: no source "gone-source" is loaded: use the id of a loaded source, or import its text first',
    ]);
    expect(restored.model.userLayers.size).toBe(1);
    expect(restored.incidentIds.has('aircraft-near-taiwan')).toBe(true);
  });
});
