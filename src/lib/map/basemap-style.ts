import type { StyleSpecification } from 'maplibre-gl';
import worldLand from '../../../geodata/basemap/world-land.geojson?url';
import worldBorders from '../../../geodata/basemap/world-borders.geojson?url';
import eastAsiaLand from '../../../geodata/basemap/east-asia-land.geojson?url';
import eastAsiaBorders from '../../../geodata/basemap/east-asia-borders.geojson?url';
import countryLabels from '../../../geodata/basemap/country-labels.geojson?url';
import seaLabels from '../../../geodata/basemap/sea-labels.geojson?url';
import notoRegular from '@fontsource/noto-sans/files/noto-sans-latin-400-normal.woff2?url';
import notoSemiBold from '@fontsource/noto-sans/files/noto-sans-latin-600-normal.woff2?url';
import { BASEMAP_COLORS as C, FONT_REGULAR, FONT_SEMIBOLD } from './palette';

const absolute = (url: string) => new URL(url, document.baseURI).href;

/**
 * The offline basemap: Natural Earth land, borders and labels from files shipped with the app,
 * and a bundled Noto Sans for labels, so the map looks the same everywhere and asks no other
 * host for anything. No `glyphs` URL: MapLibre draws text with the `font-faces` files.
 */
export function basemapStyle(): StyleSpecification {
  return {
    version: 8,
    name: 'Straitwatch offline',
    // No paint transitions: under software WebGL every extra frame costs ~100 ms.
    transition: { duration: 0, delay: 0 },
    'font-faces': {
      [FONT_REGULAR]: [{ url: absolute(notoRegular) }],
      [FONT_SEMIBOLD]: [{ url: absolute(notoSemiBold) }],
    },
    sources: {
      'world-land': {
        type: 'geojson',
        data: absolute(worldLand),
        maxzoom: 6,
        attribution: 'Made with <a href="https://www.naturalearthdata.com/">Natural Earth</a>',
      },
      'world-borders': { type: 'geojson', data: absolute(worldBorders), maxzoom: 7 },
      'east-asia-land': {
        type: 'geojson',
        data: absolute(eastAsiaLand),
        maxzoom: 10,
        tolerance: 0.3,
      },
      'east-asia-borders': { type: 'geojson', data: absolute(eastAsiaBorders), maxzoom: 10 },
      'country-labels': { type: 'geojson', data: absolute(countryLabels) },
      'sea-labels': { type: 'geojson', data: absolute(seaLabels) },
    },
    layers: [
      { id: 'background', type: 'background', paint: { 'background-color': C.water } },
      // The world files leave out the East Asia box that the 10 m files fill, so both draw at
      // every zoom with one fill. No coastline strokes: land outlines include the straight cuts
      // at the box edges and at ±180°, which would read as false coasts (geodata/basemap/README.md).
      {
        id: 'world-land',
        type: 'fill',
        source: 'world-land',
        paint: { 'fill-color': C.land, 'fill-antialias': true },
      },
      {
        id: 'east-asia-land',
        type: 'fill',
        source: 'east-asia-land',
        paint: { 'fill-color': C.land, 'fill-antialias': true },
      },
      {
        id: 'world-borders',
        type: 'line',
        source: 'world-borders',
        paint: { 'line-color': C.border, 'line-width': 0.7, 'line-dasharray': [3, 2] },
      },
      {
        id: 'east-asia-borders',
        type: 'line',
        source: 'east-asia-borders',
        paint: {
          'line-color': C.border,
          'line-width': ['interpolate', ['linear'], ['zoom'], 3, 0.7, 8, 1.2],
          'line-dasharray': [3, 2],
        },
      },
      {
        id: 'sea-labels',
        type: 'symbol',
        source: 'sea-labels',
        layout: {
          'text-field': ['get', 'name'],
          'text-font': [FONT_REGULAR],
          'text-size': 12,
          'text-letter-spacing': 0.15,
          'text-max-width': 6,
        },
        paint: { 'text-color': C.seaLabel, 'text-halo-color': C.water, 'text-halo-width': 1 },
      },
      {
        id: 'country-labels',
        type: 'symbol',
        source: 'country-labels',
        filter: [
          '<=',
          ['get', 'rank'],
          ['interpolate', ['linear'], ['zoom'], 1, 20, 3, 80, 5, 400],
        ],
        layout: {
          'text-field': ['get', 'name'],
          'text-font': [FONT_SEMIBOLD],
          'text-size': ['interpolate', ['linear'], ['zoom'], 2, 10, 6, 13],
          'text-transform': 'uppercase',
          'text-letter-spacing': 0.08,
          'text-max-width': 7,
        },
        paint: { 'text-color': C.label, 'text-halo-color': C.halo, 'text-halo-width': 1.2 },
      },
    ],
  };
}
