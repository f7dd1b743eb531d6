import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_PART_SIZE,
  SOURCES_PER_BUNDLE,
  SYNTHETIC_OUTLET,
} from '../../../src/lib/gen/synthetic-dataset';
import { syntheticColumns } from '../../../src/lib/gen/synthetic-columns';
import { buildModel } from '../../../src/lib/model/build-model';
import { formatIssue } from '../../../src/lib/model/data-issue';
import { datasetManifestSchema } from '../../../src/lib/model/dataset-manifest';
import { dayNumber } from '../../../src/lib/model/day-number';
import { MAX_FILE_BYTES } from '../../../src/lib/model/parse-json-text';
import type { Incident } from '../../../src/lib/model/schema';
import { INCIDENT_CATEGORIES } from '../../../src/lib/model/vocabulary';
import { createDatasetFiles, datasetRawFiles } from '../../support/synthetic';

const N = 2000;
const files = createDatasetFiles(N, 1);
const incidentsOf = (dataset: typeof files): Incident[] =>
  dataset
    .filter((f) => f.path.startsWith('incidents/'))
    .flatMap((f) => (JSON.parse(f.text) as { features: Incident[] }).features);

describe('syntheticDataset', () => {
  it('gives the same files, byte for byte, for the same n and seed', () => {
    expect(createDatasetFiles(N, 1)).toEqual(files);
  });

  it('gives other incidents for another seed', () => {
    const other = incidentsOf(createDatasetFiles(N, 2));
    const mine = incidentsOf(files);
    expect(other.map((i) => i.geometry.coordinates)).not.toEqual(
      mine.map((i) => i.geometry.coordinates),
    );
    expect(other[0]!.id).toBe('syn-s2-000001');
  });

  it('writes incidents that all pass buildModel with no issue', () => {
    const model = buildModel(datasetRawFiles(files));
    expect(model.issues.map(formatIssue)).toEqual([]);
    expect(model.incidents).toHaveLength(N);
    expect(new Set(model.incidents.map((i) => i.id)).size).toBe(N);
  });

  it('gives the points, days and categories of syntheticColumns, in the same order', () => {
    const columns = syntheticColumns(N, 1);
    const incidents = incidentsOf(files);
    expect(incidents.map((i) => i.geometry.coordinates)).toEqual(
      incidents.map((_, k) => [columns.lon[k], columns.lat[k]]),
    );
    expect(incidents.map((i) => dayNumber(i.properties.date.value))).toEqual([...columns.day]);
    expect(incidents.map((i) => i.properties.category)).toEqual(
      [...columns.category].map((c) => INCIDENT_CATEGORIES[c]),
    );
    // The model's order (date, then id) is the columns' order too.
    expect(buildModel(datasetRawFiles(files)).incidents.map((i) => i.id)).toEqual(
      incidents.map((i) => i.id),
    );
  });

  it('keeps to the region, marks places approximate and uses every category', () => {
    const incidents = incidentsOf(files);
    for (const { geometry, properties } of incidents) {
      const [lon, lat] = geometry.coordinates as [number, number];
      expect(lon).toBeGreaterThanOrEqual(105);
      expect(lon).toBeLessThanOrEqual(145);
      expect(lat).toBeGreaterThanOrEqual(0);
      expect(lat).toBeLessThanOrEqual(45);
      expect(properties.place.precision).toBe('approximate');
      expect(properties.place.note).toMatch(/^Synthetic point/);
    }
    const categories = new Set(incidents.map((i) => i.properties.category));
    expect([...categories].sort()).toEqual([...INCIDENT_CATEGORIES].sort());
    const air = incidents.filter((i) => i.properties.category === 'air-activity').length;
    expect(air / N).toBeGreaterThan(0.3); // the most common category, as in daily reporting
  });

  it('writes a valid manifest listing every source and incident file, all marked synthetic', () => {
    const manifest = v.parse(
      datasetManifestSchema,
      JSON.parse(files.find((f) => f.path === 'manifest.json')!.text),
    );
    expect(manifest).toMatchObject({ name: 'synthetic-2000-s1', synthetic: true, incidents: N });
    const texts = new Map(files.map((f) => [f.path, f.text]));
    for (const path of [...manifest.sourceBundles, ...manifest.incidentFiles])
      expect(texts.has(path)).toBe(true);
    expect(manifest.sources).toEqual([]);
    let dispatches = 0;
    for (const path of manifest.sourceBundles) {
      const bundle = JSON.parse(texts.get(path)!) as {
        sources: { meta: { outlet: string }; text: string }[];
      };
      expect(bundle.sources.length).toBeLessThanOrEqual(SOURCES_PER_BUNDLE);
      for (const source of bundle.sources) expect(source.meta.outlet).toBe(SYNTHETIC_OUTLET);
      dispatches += bundle.sources.length;
    }
    // Hundreds of daily dispatches in a few files, not one request each.
    expect(dispatches).toBeGreaterThan(500);
    expect(manifest.sourceBundles.length).toBe(Math.ceil(dispatches / SOURCES_PER_BUNDLE));
    expect(files).toHaveLength(manifest.sourceBundles.length + manifest.incidentFiles.length + 1);
    expect(files.at(-1)!.path).toBe('manifest.json');
  });

  it('splits incidents into parts of at most partSize, each far under the reader limit', () => {
    const parts = createDatasetFiles(N, 1, 700).filter((f) => f.path.startsWith('incidents/'));
    expect(parts.map((f) => f.path)).toEqual([
      'incidents/part-000.geojson',
      'incidents/part-001.geojson',
      'incidents/part-002.geojson',
    ]);
    const counts = parts.map(
      (f) => (JSON.parse(f.text) as { features: unknown[] }).features.length,
    );
    expect(counts).toEqual([700, 700, 600]);
    // At the default part size, a part stays small: a few MB, far under the 64 MiB limit.
    const perIncident = Math.max(...parts.map((f, i) => f.text.length / counts[i]!));
    expect(perIncident * DEFAULT_PART_SIZE).toBeLessThan(4 * 1048576);
    expect(perIncident * DEFAULT_PART_SIZE).toBeLessThan(MAX_FILE_BYTES / 16);
  });
});
