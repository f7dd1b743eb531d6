/**
 * The ADIZ regions MND's reports named, on the map: one source of the regions' schematic shapes
 * (geodata/regions/, with `promoteId` on the region), one fill and one dashed outline, both
 * drawn only where a region's feature-state says how many reports named it. The shares go
 * through feature-state, so a new day or window never re-sets the source.
 */
import type { ExpressionSpecification, LayerSpecification, SourceSpecification } from 'maplibre-gl';
import type { AdizRegionShape } from '../model/record/mnd-record';

export const REGION_SOURCE = 'record-regions';
export const REGION_FILL_LAYER = 'record-regions-fill';
export const REGION_OUTLINE_LAYER = 'record-regions-outline';

/**
 * The sequential ramp, light to dark: a region's step is the share of the span's reports that
 * named it, in quarters (step 1: up to 25 %, … step 4: more than 75 %). Purples: apart from the
 * incidents' red, the ADIZ layer's brown and the strait's blue, and readable on the pale basemap.
 */
export const REGION_RAMP = ['#cbc9e2', '#9e9ac8', '#756bb1', '#54278f'] as const;

/**
 * The ramp step of a region named by `count` of `reports` reports: 0 (not drawn) for none.
 *
 * @example
 * regionStep(3, 10) // → 2 (30 %: the second quarter)
 */
export function regionStep(count: number, reports: number): number {
  return count <= 0 || reports <= 0 ? 0 : Math.min(4, Math.ceil((4 * count) / reports));
}

/** The source of the regions' shapes, each feature's id its region (feature-state is keyed on it). */
export function regionSource(shapes: readonly AdizRegionShape[]): SourceSpecification {
  return {
    type: 'geojson',
    data: {
      type: 'FeatureCollection',
      features: shapes.map((f) => ({ ...f, properties: { ...f.properties, region: f.id } })),
    },
    promoteId: 'region',
  };
}

const step: ExpressionSpecification = ['coalesce', ['feature-state', 'step'], 0];

/**
 * The fill (coloured by the step) and the dashed outline (the shapes are schematic) of the
 * regions; a region with step 0 is transparent.
 */
export function regionLayers(): LayerSpecification[] {
  return [
    {
      id: REGION_FILL_LAYER,
      type: 'fill',
      source: REGION_SOURCE,
      paint: {
        'fill-color': [
          'match',
          step,
          1,
          REGION_RAMP[0],
          2,
          REGION_RAMP[1],
          3,
          REGION_RAMP[2],
          REGION_RAMP[3],
        ],
        'fill-opacity': ['case', ['>', step, 0], 0.55, 0],
      },
    },
    {
      id: REGION_OUTLINE_LAYER,
      type: 'line',
      source: REGION_SOURCE,
      paint: {
        'line-color': REGION_RAMP[3],
        'line-width': 1,
        'line-dasharray': [2, 2],
        'line-opacity': ['case', ['>', step, 0], 0.7, 0],
      },
    },
  ];
}
