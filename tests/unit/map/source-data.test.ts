/**
 * A new model (an import) gives the map's GeoJSON sources new data only when what they draw
 * changes: a setData makes MapLibre tile the source again and place its labels again.
 */
import { describe, expect, it } from 'vitest';
import { overlayCollection, sameOverlay } from '../../../src/lib/map/dashboard-style';
import {
  incidentMapFeatures,
  sameIncidentFeatures,
} from '../../../src/lib/map/incident-map-features';
import { DETAIL_LIMIT } from '../../../src/lib/map/incident-points-layer';
import { applyImports } from '../../../src/lib/import/apply-imports';
import { buildModel } from '../../../src/lib/model/build-model';
import type { Incident } from '../../../src/lib/model/schema';
import { createImport, createImportBase, fixture } from '../../support/import';
import { repoModel } from '../../support/geodata';

describe('sameOverlay', () => {
  const model = repoModel();

  it('holds for a model made on top of another, whose overlay is the same', async () => {
    const base = createImportBase();
    const before = buildModel(base);
    const csv = createImport('csv', 'corroborated.csv', fixture('valid/corroborated.csv'));
    const { model: next } = await applyImports(base, [csv], before.issues, before);
    expect(next.incidents.length).toBeGreaterThan(before.incidents.length);
    expect(sameOverlay(before.layers, next.layers)).toBe(true);
    expect(overlayCollection(next)).toEqual(overlayCollection(before));
  });

  it('fails when a layer is missing, another list, or in another order', () => {
    const [first, ...rest] = [...model.layers];
    expect(sameOverlay(model.layers, new Map(rest))).toBe(false);
    expect(sameOverlay(model.layers, new Map([[first![0], [...first![1]]], ...rest]))).toBe(false);
    expect(sameOverlay(model.layers, new Map([...rest, first!]))).toBe(false);
  });
});

describe('sameIncidentFeatures', () => {
  const model = repoModel();
  const many = (n: number) => Array.from({ length: n }, () => model.incidents[0]!) as Incident[];

  it('holds for the same list, and for two lists over DETAIL_LIMIT, which give no features', () => {
    expect(sameIncidentFeatures(model.incidents, model.incidents)).toBe(true);
    const [a, b] = [many(DETAIL_LIMIT + 1), many(DETAIL_LIMIT + 2)];
    expect(sameIncidentFeatures(a, b)).toBe(true);
    expect(incidentMapFeatures(a)).toEqual(incidentMapFeatures(b));
  });

  it('fails for another list at or under DETAIL_LIMIT', () => {
    expect(sameIncidentFeatures(model.incidents, [...model.incidents])).toBe(false);
    expect(sameIncidentFeatures(many(DETAIL_LIMIT), many(DETAIL_LIMIT + 1))).toBe(false);
  });
});
