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

/** The 10 m East Asia detail takes over from the 50 m world at this zoom. */
const DETAIL_ZOOM = 4;

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
      'world-borders': { type: 'geojson', data: absolute(worldBorders), maxzoom: 6 },
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
      { id: 'world-land', type: 'fill', source: 'world-land', paint: { 'fill-color': C.land } },
      {
        id: 'world-coast',
        type: 'line',
        source: 'world-land',
        maxzoom: DETAIL_ZOOM + 1,
        paint: { 'line-color': C.coast, 'line-width': 0.6 },
      },
      {
        id: 'east-asia-land',
        type: 'fill',
        source: 'east-asia-land',
        minzoom: DETAIL_ZOOM,
        paint: { 'fill-color': C.landDetail },
      },
      {
        id: 'east-asia-coast',
        type: 'line',
        source: 'east-asia-land',
        minzoom: DETAIL_ZOOM,
        paint: {
          'line-color': C.coast,
          'line-width': ['interpolate', ['linear'], ['zoom'], 4, 0.6, 9, 1.2],
        },
      },
      {
        id: 'world-borders',
        type: 'line',
        source: 'world-borders',
        maxzoom: DETAIL_ZOOM + 1,
        paint: { 'line-color': C.border, 'line-width': 0.7, 'line-dasharray': [3, 2] },
      },
      {
        id: 'east-asia-borders',
        type: 'line',
        source: 'east-asia-borders',
        minzoom: DETAIL_ZOOM,
        paint: { 'line-color': C.border, 'line-width': 0.9, 'line-dasharray': [3, 2] },
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
