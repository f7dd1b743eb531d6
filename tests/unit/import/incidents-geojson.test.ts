import { describe, expect, it } from 'vitest';
import { incidentsGeojson } from '../../../src/lib/import/incidents-geojson';
import { parseFeatureCollection } from '../../../src/lib/model/parse-feature-collection';
import { incidentFeatureSchema } from '../../../src/lib/model/schema';
import { repoModel } from '../../support/geodata';

describe('incidentsGeojson', () => {
  it('writes a FeatureCollection that parses back to the same incidents', () => {
    const model = repoModel();
    const json: unknown = JSON.parse(incidentsGeojson(model.incidents));
    const back = parseFeatureCollection('export.geojson', json, incidentFeatureSchema);
    expect(back.issues).toEqual([]);
    expect(back.features).toStrictEqual(model.incidents);
  });
});
