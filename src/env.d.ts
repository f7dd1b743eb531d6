/// <reference types="svelte" />
/// <reference types="vite/client" />

interface Window {
  /** The dashboard's MapLibre map, set once loaded, for browser tests and debugging. */
  __map?: import('maplibre-gl').Map;
  /** The incident dots layer (what it draws: `drawn`), for browser tests and the benchmark. */
  /** The dashboard's one state, for browser tests and the benchmark. */
  __dashboard?: import('./lib/state/dashboard.svelte').Dashboard;
  __incidentPoints?: import('./lib/map/incident-points-layer').IncidentPointsLayer;
}

declare module 'virtual:basemap-tiles' {
  /** Where the build put the basemap's vector tiles (scripts/build/vite-plugin-basemap-tiles.ts). */
  const tiles: {
    readonly path: string;
    /** Where the SDF label glyphs are, when geodata/glyphs/ has them (npm run glyphs). */
    readonly glyphsPath: string | undefined;
    readonly worldMaxZoom: number;
    readonly detailMaxZoom: number;
    readonly eastAsiaBox: readonly [number, number, number, number];
  };
  export default tiles;
}
