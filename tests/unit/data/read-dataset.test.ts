import { rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { readDataset } from '../../../src/lib/data/read-dataset';
import { readGeodata, readGeodataInStages } from '../../../src/lib/data/read-geodata';
import { buildModel } from '../../../src/lib/model/build-model';
import { formatIssue } from '../../../src/lib/model/data-issue';
import { createDatasetFiles, directoryFetch, writeDataset } from '../../support/synthetic';

const NAME = 'synthetic-600-s5';
const FILES = createDatasetFiles(600, 5, 200);
const ROOT = writeDataset(NAME, FILES);
const REPO = fileURLToPath(new URL('../../../', import.meta.url));
const url = (path: string) => `/datasets/${NAME}/${path}`;
afterAll(() => rmSync(ROOT, { recursive: true, force: true }));

describe('readDataset', () => {
  it('reads every source and incident file of the manifest, with no issue', async () => {
    const files = await readDataset(NAME, directoryFetch(ROOT));
    expect(files.readIssues).toEqual([]);
    expect(files.incidents.map((f) => f.file)).toEqual([
      `datasets/${NAME}/incidents/part-000.geojson`,
      `datasets/${NAME}/incidents/part-001.geojson`,
      `datasets/${NAME}/incidents/part-002.geojson`,
    ]);
    const model = buildModel({ layers: [], ...files });
    expect(model.issues).toEqual([]);
    expect(model.incidents).toHaveLength(600);
  });

  it('reads a dataset with a FlatGeobuf file by box when asked (or too large), fetching no incident file', async () => {
    const manifest = JSON.parse(FILES.find((f) => f.path === 'manifest.json')!.text) as object;
    const requested: string[] = [];
    const fetchFiles = directoryFetch(ROOT, {
      [url('manifest.json')]: JSON.stringify({ ...manifest, flatgeobuf: 'incidents.fgb' }),
    });
    const counting: typeof fetch = (input, init) => {
      requested.push(String(input));
      return fetchFiles(input, init);
    };
    const whole = await readDataset(NAME, counting);
    expect(whole.boxRead).toBeUndefined();
    expect(whole.incidents).toHaveLength(3);
    requested.length = 0;
    const boxRead = await readDataset(NAME, counting, { forceBoxRead: true });
    expect(boxRead.boxRead).toEqual({
      url: url('incidents.fgb'),
      file: `datasets/${NAME}/incidents.fgb`,
      incidents: 600,
    });
    expect([boxRead.incidents, boxRead.sources, boxRead.readIssues]).toEqual([[], [], []]);
    expect(requested).toEqual([url('manifest.json')]);
  });

  it('names a file the manifest lists but the server lacks, and loads the rest', async () => {
    const files = await readDataset(
      NAME,
      directoryFetch(ROOT, { [url('incidents/part-001.geojson')]: null }),
    );
    expect(files.readIssues.map(formatIssue)).toEqual([
      `datasets/${NAME}/incidents/part-001.geojson: could not be read (HTTP 404)`,
    ]);
    expect(buildModel({ layers: [], ...files }).incidents).toHaveLength(400);
  });

  it('names a file that is not JSON, and a source whose text changed', async () => {
    const bundle = FILES.find((f) => f.path.startsWith('sources/bundle-'))!;
    const edited = JSON.parse(bundle.text) as { sources: { meta: { id: string }; text: string }[] };
    edited.sources[0]!.text += ' (edited)';
    const files = await readDataset(
      NAME,
      directoryFetch(ROOT, {
        [url('incidents/part-002.geojson')]: '{"type": "FeatureCollection",',
        [url(bundle.path)]: JSON.stringify(edited),
      }),
    );
    expect(files.readIssues.map(formatIssue)).toEqual([
      expect.stringMatching(
        new RegExp(`^datasets/${NAME}/incidents/part-002\\.geojson: is not valid JSON`),
      ),
    ]);
    const issues = buildModel({ layers: [], ...files }).issues.map(formatIssue);
    expect(issues.find((issue) => issue.includes('sha256'))).toMatch(
      new RegExp(
        `^datasets/${NAME}/${bundle.path} › ${edited.sources[0]!.meta.id} › sha256: the text's SHA-256`,
      ),
    );
  });

  it('reports a missing manifest and loads nothing from the dataset', async () => {
    const files = await readDataset('no-such-set', directoryFetch(ROOT));
    expect(files.readIssues.map(formatIssue)).toEqual([
      'datasets/no-such-set/manifest.json: could not be read (HTTP 404)',
    ]);
    expect(files.sources).toEqual([]);
    expect(files.incidents).toEqual([]);
  });

  it('reports a manifest path that leaves the dataset, with its JSON path', async () => {
    const manifest = JSON.parse(FILES.at(-1)!.text) as { incidentFiles: string[] };
    manifest.incidentFiles.push('../../package.json');
    const files = await readDataset(
      NAME,
      directoryFetch(ROOT, { [url('manifest.json')]: JSON.stringify(manifest) }),
    );
    expect(files.readIssues.map(formatIssue)).toEqual([
      `datasets/${NAME}/manifest.json › incidentFiles[3]: must be a path like incidents/<kebab-case name>.geojson`,
    ]);
    expect(files.incidents).toEqual([]);
  });

  it('reports a manifest whose count the incident files do not hold', async () => {
    const manifest = { ...JSON.parse(FILES.at(-1)!.text), incidents: 601 };
    const files = await readDataset(
      NAME,
      directoryFetch(ROOT, { [url('manifest.json')]: JSON.stringify(manifest) }),
    );
    expect(files.readIssues.map(formatIssue)).toEqual([
      `datasets/${NAME}/manifest.json › incidents: says 601 incidents, but its incident files hold 600`,
    ]);
    expect(files.incidents).toHaveLength(3);
  });

  it.each(['Synthetic', '../geodata', 'a/b', ''])(
    'refuses the name %j without fetching anything',
    async (name) => {
      const requested: string[] = [];
      const files = await readDataset(name, async (input) => {
        requested.push(String(input));
        return new Response('', { status: 404 });
      });
      expect(requested).toEqual([]);
      expect(files.readIssues).toHaveLength(1);
      expect(formatIssue(files.readIssues[0]!)).toContain('is not a dataset name');
    },
  );
});

describe('readGeodata with a dataset', () => {
  const fromDataset = directoryFetch(ROOT);
  const fromRepo = directoryFetch(REPO);
  const fetchBoth: typeof fetch = (input, init) =>
    String(input).startsWith('/datasets/') ? fromDataset(input, init) : fromRepo(input, init);

  it('appends the dataset to the shipped data, which loads whatever the dataset does', async () => {
    const shipped = buildModel(await readGeodata(fromRepo));
    expect(shipped.incidents.length).toBeGreaterThan(0);
    const withDataset = buildModel(await readGeodata(fetchBoth, NAME));
    expect(withDataset.issues).toEqual(shipped.issues);
    expect(withDataset.incidents).toHaveLength(shipped.incidents.length + 600);
    expect(withDataset.layers.size).toBe(shipped.layers.size);

    const broken = buildModel(await readGeodata(fetchBoth, 'missing-set'));
    expect(broken.incidents).toHaveLength(shipped.incidents.length);
    expect(broken.issues.map(formatIssue)).toContain(
      'datasets/missing-set/manifest.json: could not be read (HTTP 404)',
    );
  });

  it('hands the files over once, so nothing keeps a dataset’s parsed files after its model', async () => {
    const stages = readGeodataInStages(fetchBoth, NAME);
    expect(stages.withDataset).toBe(true);
    const all = await stages.takeAll();
    expect(all.incidents.filter((f) => f.dataset).length).toBeGreaterThan(0);
    expect(() => stages.takeAll()).toThrow('the geodata files were handed over already');
    expect(readGeodataInStages(fromRepo).withDataset).toBe(false);
  });
});
