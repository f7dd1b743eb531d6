import { addProtocol, type RequestTransformFunction } from 'maplibre-gl';

/**
 * MapLibre fires no error event for a glyph range that fails to load: it falls back to drawing
 * each character locally and warns in the console for every one of them (dozens of lines). To
 * name the failure once on the map instead, glyph requests go through a custom protocol
 * (MapLibre's `addProtocol`) that fetches the same URL, returns the same bytes, and on failure
 * tells the listener and answers with an empty range: those names are not drawn, quietly.
 */
const SCHEME = 'straitwatch-glyphs';
let listener: (() => void) | undefined;
let registered = false;

/**
 * The map's `transformRequest`: glyph URLs through the watching protocol, the rest as they are.
 * `onFailure` is called for each glyph range that fails to load (not for an aborted request).
 *
 * @example
 * new Map({ …, transformRequest: watchGlyphs(() => report('glyphs')) })
 */
export function watchGlyphs(onFailure: () => void): RequestTransformFunction {
  listener = onFailure;
  if (!registered) {
    registered = true;
    addProtocol(SCHEME, async (params, abort) => {
      const url = params.url.slice(`${SCHEME}://`.length);
      try {
        const response = await fetch(url, { signal: abort.signal });
        if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
        return { data: await response.arrayBuffer() };
      } catch (error) {
        if (abort.signal.aborted) throw error;
        listener?.();
        return { data: new ArrayBuffer(0) };
      }
    });
  }
  return (url, type) => (type === 'Glyphs' ? { url: `${SCHEME}://${url}` } : { url });
}
