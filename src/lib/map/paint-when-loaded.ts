import type { Map as MaplibreMap } from 'maplibre-gl';

/** How long a map waits for its sources before it paints what it has (a tile that hangs). */
export const PAINT_ANYWAY_MS = 4000;

/**
 * Hold a new map's painting until its style and the tiles in view have loaded (`map.loaded()`),
 * then paint as MapLibre always does, from that frame on. Until then each frame MapLibre makes
 * (the style parsed, each source's metadata, the first tiles) would paint an empty or half-drawn
 * map: in software WebGL each such frame costs the whole canvas drawn and read back, and delays
 * the tiles being parsed beside it (≈ 200 ms of the first idle at 1440 × 900 here). Frames still
 * run meanwhile (tiles are requested, events fire); only the painting waits. After `waitMs`
 * the map paints whatever it has. Returns a function that lets painting go at once.
 *
 * @example
 * const map = new Map({ container, style });
 * paintWhenLoaded(map);
 */
export function paintWhenLoaded(map: MaplibreMap, waitMs = PAINT_ANYWAY_MS): () => void {
  const painter = map.painter;
  const paint = painter.render;
  const held: typeof paint = function (this: typeof painter, ...args) {
    if (!map.loaded()) return;
    letGo();
    paint.apply(this, args);
  };
  const letGo = () => {
    clearTimeout(timer);
    if (painter.render === held) painter.render = paint;
  };
  const timer = setTimeout(() => {
    letGo();
    map.triggerRepaint();
  }, waitMs);
  painter.render = held;
  return letGo;
}
