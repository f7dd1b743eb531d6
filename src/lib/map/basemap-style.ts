import type { StyleSpecification } from 'maplibre-gl';
import tiles from 'virtual:basemap-tiles';
import notoRegular from '@fontsource/noto-sans/files/noto-sans-latin-400-normal.woff2?url';
import notoSemiBold from '@fontsource/noto-sans/files/noto-sans-latin-600-normal.woff2?url';
import { BASEMAP_COLORS, type BasemapColors, FONT_REGULAR, FONT_SEMIBOLD } from './palette';

const absolute = (url: string) => new URL(url, document.baseURI).href;
/** A tile URL template on our own origin (`new URL` would escape the braces). */
const tileUrl = (set: string) => `${absolute(tiles.path)}/${set}/{z}/{x}/{y}.pbf`;
const ATTRIBUTION = 'Made with <a href="https://www.naturalearthdata.com/">Natural Earth</a>';
/** The detail tiles' land inside the Taiwan Strait box is OpenStreetMap's (ODbL). */
const OSM_ATTRIBUTION =
  'Land in the Taiwan Strait © <a href="https://www.openstreetmap.org/copyright">OpenStreetMap</a> contributors';

/**
 * The offline basemap: Natural Earth land, borders and labels as vector tiles cut at build time
 * from geodata/basemap/ (scripts/build/basemap-tiles.ts), and Noto Sans label glyphs shipped with the
 * app, so the map looks the same everywhere and asks no other host for anything.
 *
 * Up to zoom 4 the `world` tiles draw everything; above it, East Asia's coarse shapes
 * (`detail: true`) give way to the 10 m `detail` tiles, which exist only inside their box.
 * `C` is the theme's colours (`basemapColors(dark)`).
 */
export function basemapStyle(C: BasemapColors = BASEMAP_COLORS): StyleSpecification {
  const coarse = tiles.worldMaxZoom + 1;
  return {
    version: 8,
    name: 'Straitwatch offline',
    // No paint transitions: under software WebGL every extra frame costs ~100 ms.
    transition: { duration: 0, delay: 0 },
    // Labels: ready-made SDF glyphs shipped with the app (scripts/build/build-glyphs.ts), so the
    // browser only decodes them; without them, MapLibre rasterises the bundled font itself.
    ...(tiles.glyphsPath
      ? { glyphs: `${absolute(tiles.glyphsPath)}/{fontstack}/{range}.pbf` }
      : {
          'font-faces': {
            [FONT_REGULAR]: [{ url: absolute(notoRegular) }],
            [FONT_SEMIBOLD]: [{ url: absolute(notoSemiBold) }],
          },
        }),
    sources: {
      world: {
        type: 'vector',
        tiles: [tileUrl('world')],
        minzoom: 0,
        maxzoom: tiles.worldMaxZoom,
        attribution: ATTRIBUTION,
      },
      detail: {
        type: 'vector',
        tiles: [tileUrl('detail')],
        minzoom: coarse,
        maxzoom: tiles.detailMaxZoom,
        bounds: [...tiles.eastAsiaBox],
        attribution: OSM_ATTRIBUTION,
      },
    },
    layers: [
      // No background layer: the map's container shows the water colour through the cleared
      // canvas (MapView). A background layer is a full-screen draw in every frame, ≈ 20 ms each
      // in software WebGL; a clear is nearly free (an interleaved A/B: ≈ 80–100 ms less to idle).
      // No coastline strokes: land outlines include straight cuts at tile and box edges and at
      // ±180°, which would read as false coasts; the coast reads from land against water.
      {
        id: 'world-land',
        type: 'fill',
        source: 'world',
        'source-layer': 'land',
        maxzoom: coarse,
        paint: { 'fill-color': C.land },
      },
      {
        id: 'world-land-outside-detail',
        type: 'fill',
        source: 'world',
        'source-layer': 'land',
        minzoom: coarse,
        filter: ['!', ['has', 'detail']],
        paint: { 'fill-color': C.land },
      },
      {
        id: 'east-asia-land',
        type: 'fill',
        source: 'detail',
        'source-layer': 'land',
        minzoom: coarse,
        paint: { 'fill-color': C.land },
      },
      {
        id: 'world-borders',
        type: 'line',
        source: 'world',
        'source-layer': 'borders',
        maxzoom: coarse,
        paint: { 'line-color': C.border, 'line-width': 0.7, 'line-dasharray': [3, 2] },
      },
      {
        id: 'world-borders-outside-detail',
        type: 'line',
        source: 'world',
        'source-layer': 'borders',
        minzoom: coarse,
        filter: ['!', ['has', 'detail']],
        paint: { 'line-color': C.border, 'line-width': 0.9, 'line-dasharray': [3, 2] },
      },
      {
        id: 'east-asia-borders',
        type: 'line',
        source: 'detail',
        'source-layer': 'borders',
        minzoom: coarse,
        paint: {
          'line-color': C.border,
          'line-width': ['interpolate', ['linear'], ['zoom'], 5, 0.9, 8, 1.2],
          'line-dasharray': [3, 2],
        },
      },
      {
        id: 'sea-labels',
        type: 'symbol',
        source: 'world',
        'source-layer': 'sea-labels',
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
        source: 'world',
        'source-layer': 'country-labels',
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
