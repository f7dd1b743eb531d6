import { describe, expect, it } from 'vitest';
import { buildModel } from '../../../src/lib/model/build-model';
import { formatIssue } from '../../../src/lib/model/data-issue';
import { createRawFiles } from '../../support/create';
import { fixture } from '../../support/import';

const bases = JSON.parse(fixture('valid/bases.geojson')) as unknown;

describe('buildModel with user layers', () => {
  it('has no user layers when none are given (shipped data)', () => {
    expect(buildModel(createRawFiles()).userLayers.size).toBe(0);
  });

  it('keeps each user layer by id with its name, file and valid features', () => {
    const model = buildModel({
      ...createRawFiles(),
      userLayers: [{ file: 'bases.geojson', id: 'user-bases', name: 'Bases', json: bases }],
    });
    expect(model.issues).toEqual([]);
    expect(model.userLayers.get('user-bases')).toMatchObject({
      name: 'Bases',
      file: 'bases.geojson',
    });
    expect(model.userLayers.get('user-bases')?.features).toHaveLength(3);
  });

  it('refuses an id taken by a registry layer or another user layer', () => {
    const model = buildModel({
      ...createRawFiles(),
      userLayers: [
        { file: 'a.geojson', id: 'adiz', name: 'A', json: bases },
        { file: 'b.geojson', id: 'user-b', name: 'B', json: bases },
        { file: 'c.geojson', id: 'user-b', name: 'C', json: bases },
      ],
    });
    expect(model.issues.map(formatIssue)).toEqual([
      'a.geojson: the layer id "adiz" is already taken',
      'c.geojson: the layer id "user-b" is already taken',
    ]);
    expect([...model.userLayers.keys()]).toEqual(['user-b']);
  });
});
