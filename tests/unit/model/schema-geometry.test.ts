/**
 * The geometry part of src/lib/model/schema.ts: every position of one geometry has the same
 * dimension (geojsonhint's `different-first-size`), and a ring closes on identical values. The
 * shipped layers (buildModel) and imported layers (parseUserLayer) both go through it.
 */
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { buildModel } from '../../../src/lib/model/build-model';
import { formatIssue, issuesFromValibot } from '../../../src/lib/model/data-issue';
import { geometrySchema } from '../../../src/lib/model/schema';
import { deepFreeze } from '../../../src/lib/model/parse-feature-collection';
import { collection, createLayerFeatureJson, createRawFiles } from '../../support/create';

/** The issues of one geometry as `path: reason` lines. */
function geometryIssues(geometry: unknown): string[] {
  const result = v.safeParse(geometrySchema, deepFreeze(geometry));
  return result.success
    ? []
    : issuesFromValibot('x.geojson', undefined, result.issues, 'geometry').map(
        (issue) => `${issue.path}: ${issue.reason}`,
      );
}

const square2d = [
  [120, 21],
  [122, 21],
  [122, 23],
  [120, 23],
  [120, 21],
];
const square3d = square2d.map(([lon, lat]) => [lon!, lat!, 50]);
const SAME_DIMENSION = 'all positions of one geometry must have the same dimension';

describe('geometrySchema: one dimension a geometry', () => {
  it.each([
    ['Point', [121, 23]],
    ['Point', [121, 23, 10]],
    ['MultiPoint', square3d],
    ['LineString', square2d],
    ['MultiLineString', [square3d, square3d]],
    ['Polygon', [square2d, square2d]],
    ['MultiPolygon', [[square3d], [square3d]]],
  ])('takes a %s whose positions all have the same size', (type, coordinates) => {
    expect(geometryIssues({ type, coordinates })).toEqual([]);
  });

  it('refuses a ring that closes only in 2D: the last position has an altitude the first lacks', () => {
    const ring = [...square2d.slice(0, 4), [120, 21, 0]];
    expect(geometryIssues({ type: 'Polygon', coordinates: [ring] })).toEqual([
      `geometry.coordinates[0][4]: has 3 values ([longitude, latitude, altitude]) but the geometry's first position has 2 values ([longitude, latitude]): ${SAME_DIMENSION}`,
    ]);
  });

  it('refuses a line whose positions mix 3D and 2D, naming the first that differs', () => {
    const line = [
      [120, 21, 5],
      [121, 22, 5],
      [122, 23],
      [123, 24],
    ];
    expect(geometryIssues({ type: 'LineString', coordinates: line })).toEqual([
      `geometry.coordinates[2]: has 2 values ([longitude, latitude]) but the geometry's first position has 3 values ([longitude, latitude, altitude]): ${SAME_DIMENSION}`,
    ]);
  });

  it('refuses parts of different dimensions in one multi-geometry', () => {
    expect(geometryIssues({ type: 'MultiPolygon', coordinates: [[square2d], [square3d]] })).toEqual(
      [
        `geometry.coordinates[1][0][0]: has 3 values ([longitude, latitude, altitude]) but the geometry's first position has 2 values ([longitude, latitude]): ${SAME_DIMENSION}`,
      ],
    );
    expect(
      geometryIssues({
        type: 'MultiPoint',
        coordinates: [
          [121, 23],
          [122, 24, 1],
        ],
      }),
    ).toEqual([expect.stringMatching(/^geometry\.coordinates\[1\]: has 3 values/)]);
  });

  it('refuses a 3D ring whose last altitude is not its first', () => {
    const ring = [...square3d.slice(0, 4), [120, 21, 60]];
    expect(geometryIssues({ type: 'Polygon', coordinates: [ring] })).toEqual([
      'geometry.coordinates[0]: a linear ring must be closed (first position equals last)',
    ]);
  });

  it('names the file, the feature and the path when a shipped layer mixes dimensions', () => {
    const ring = [...square2d.slice(0, 4), [120, 21, 0]];
    const layer = collection(
      createLayerFeatureJson({ geometry: { type: 'Polygon', coordinates: [ring] } }),
    );
    const model = buildModel(createRawFiles({ layer }));
    expect(model.issues.map(formatIssue)).toContain(
      `geodata/adiz.geojson › test-zone › geometry.coordinates[0][4]: has 3 values ([longitude, latitude, altitude]) but the geometry's first position has 2 values ([longitude, latitude]): ${SAME_DIMENSION}`,
    );
    expect(model.layers.get('adiz')).toEqual([]);
  });
});
