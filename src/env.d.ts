/// <reference types="svelte" />
/// <reference types="vite/client" />

interface Window {
  /** The dashboard's MapLibre map, set once loaded, for browser tests and debugging. */
  __map?: import('maplibre-gl').Map;
}
