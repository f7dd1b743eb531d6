/**
 * A model made on top of another by an import keeps how it was made (`incidentsExtension`), so
 * what is derived from 100,000 incidents is derived from the earlier model's by adding only the
 * import: its ids (not copied), its columns (put in among the earlier ones) and its look-up by id.
 * Each gives what making it again from the whole list gives.
 */
import { describe, expect, it } from 'vitest';
import {
  buildModel,
  type DashboardModel,
  extendModel,
  type RawFiles,
} from '../../../src/lib/model/build-model';
import {
  incidentColumns,
  insertColumns,
  presentCategories,
} from '../../../src/lib/model/incident-columns';
import { incidentTable, incidentTableFromEarlier } from '../../../src/lib/model/incident-table';
import { idsOnTop, incidentsExtension } from '../../../src/lib/model/incidents-extension';
import { createDatasetFiles, datasetRawFiles } from '../../support/synthetic';

/**
 * A synthetic dataset's model without some of its incidents (every 40th, every 40th but one),
 * and models made on top of it with those added, as two imports would.
 */
function createExtendedModels() {
  const files = datasetRawFiles(createDatasetFiles(600, 3, 100));
  const every = (k: number) => (f: RawFiles['incidents'][number]) => ({
    file: `${f.file} (${k})`,
    json: { ...collection(f.json), features: features(f).filter((_, i) => i % 40 === k) },
  });
  const rest = files.incidents.map((f) => ({
    ...f,
    json: { ...collection(f.json), features: features(f).filter((_, i) => i % 40 > 1) },
  }));
  const base = buildModel({ ...files, incidents: rest });
  const once = extendModel(base, { sources: [], incidents: files.incidents.map(every(0)) });
  const twice = extendModel(once, { sources: [], incidents: files.incidents.map(every(1)) });
  return { files, base, once, twice };
}

const collection = (json: unknown) => json as { features: unknown[] };
const features = (f: RawFiles['incidents'][number]) => collection(f.json).features;

/** The same model with a fresh incident list: nothing is known of how it was made. */
const fresh = (model: DashboardModel) => ({ ...model, incidents: [...model.incidents] });

describe('a model made on top of another', () => {
  const { files, base, once, twice } = createExtendedModels();

  it('is the model made from all the files at once, and says what it added where', () => {
    expect(base.issues).toEqual([]);
    expect(twice.incidents).toEqual(buildModel(files).incidents);
    const extension = incidentsExtension(twice.incidents)!;
    expect(extension.base).toBe(once.incidents);
    const added = Array.from(extension.addedRows, (row) => twice.incidents[row]!.id);
    const before = new Set(once.incidents.map((i) => i.id));
    expect(added).toEqual(twice.incidents.map((i) => i.id).filter((id) => !before.has(id)));
    // The added incidents fall among the earlier ones, not only after them.
    expect(extension.addedRows[0]).toBeLessThan(once.incidents.length);
    expect(incidentsExtension(base.incidents)).toBeUndefined();
  });

  it('has the table made from its whole list: the same columns and rows by id', () => {
    incidentTable(base);
    incidentTable(once);
    const table = incidentTable(twice);
    const whole = incidentTable(fresh(twice));
    expect(table).not.toBe(whole);
    expect(table.columns).toEqual(whole.columns);
    expect(table.columns).toEqual(incidentColumns(twice.incidents, twice.draftIds));
    for (const incident of twice.incidents)
      expect(table.rowOf(incident.id)).toBe(whole.rowOf(incident.id));
    expect(table.rowOf('no-such-incident')).toBe(-1);
    expect(table.find(twice.incidents[7]!.id)?.entry).toBe(twice.incidents[7]);
    // Asked again for the same model, the table is the one made.
    expect(incidentTable(twice)).toBe(table);
  });

  it('is made from the earlier table only when that is made and larger than what is added', () => {
    const { files, base: fewer, once: more } = createExtendedModels();
    expect(incidentTableFromEarlier(more)).toBe(false);
    incidentTable(fewer);
    expect(incidentTableFromEarlier(more)).toBe(true);
    // A dataset on top of a few shipped incidents: made from its whole list, in steps.
    const few = buildModel({ ...files, incidents: [] });
    const dataset = extendModel(few, { sources: [], incidents: files.incidents });
    incidentTable(few);
    expect(incidentTableFromEarlier(dataset)).toBe(false);
    expect(incidentTable(dataset).columns).toEqual(incidentColumns(dataset.incidents));
  });

  it('marks drafts added on top, and only them', () => {
    const drafted = extendModel(once, {
      sources: [],
      incidents: files.incidents.map((f) => ({
        file: `${f.file} (drafts)`,
        json: { ...collection(f.json), features: features(f).filter((_, i) => i % 40 === 1) },
        draft: true,
      })),
    });
    incidentTable(once);
    expect(incidentTable(drafted).columns).toEqual(
      incidentColumns(drafted.incidents, drafted.draftIds),
    );
    expect(drafted.draftIds.size).toBeGreaterThan(0);
  });
});

describe('insertColumns', () => {
  it('puts rows in among others as making the columns of the whole list does', () => {
    const { once, twice } = createExtendedModels();
    const { addedRows } = incidentsExtension(twice.incidents)!;
    const added = Array.from(addedRows, (row) => twice.incidents[row]!);
    const columns = insertColumns(
      incidentColumns(once.incidents),
      addedRows,
      incidentColumns(added),
    );
    expect(columns).toEqual(incidentColumns(twice.incidents));
  });

  it('puts rows in before the first and after the last', () => {
    const { base } = createExtendedModels();
    const [first, ...rest] = base.incidents;
    const last = rest.pop()!;
    const columns = insertColumns(
      incidentColumns(rest),
      new Int32Array([0, rest.length + 1]),
      incidentColumns([first!, last]),
    );
    expect(columns).toEqual(incidentColumns(base.incidents));
  });
});

describe('idsOnTop', () => {
  it('holds the ids of the list it is on, and keeps what is added to itself', () => {
    const { base, once } = createExtendedModels();
    const ids = idsOnTop(once.incidents);
    expect(once.incidents.every((i) => ids.has(i.id))).toBe(true);
    expect(ids.has('an-import')).toBe(false);
    ids.add('an-import');
    expect(ids.has('an-import')).toBe(true);
    // The list's own ids are not changed by it.
    expect(idsOnTop(once.incidents).has('an-import')).toBe(false);
    expect(idsOnTop(base.incidents).has(once.incidents.at(-1)!.id)).toBe(
      base.incidents.some((i) => i.id === once.incidents.at(-1)!.id),
    );
  });

  it('is one set of its own for a list no build made', () => {
    const { once } = createExtendedModels();
    const list = [...once.incidents];
    expect(idsOnTop(list).depth).toBe(0);
    expect(list.every((i) => idsOnTop(list).has(i.id))).toBe(true);
    expect(idsOnTop(once.incidents).depth).toBeGreaterThan(0);
  });
});

describe('presentCategories', () => {
  it('gives the categories in the order their first incident comes, as the incidents do', () => {
    const { twice } = createExtendedModels();
    expect(presentCategories(incidentColumns(twice.incidents))).toEqual([
      ...new Set(twice.incidents.map((i) => i.properties.category)),
    ]);
  });
});
