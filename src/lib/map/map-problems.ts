/**
 * What the map could not do, in words for a reader: no WebGL at all, a lost context, and
 * basemap tiles or label glyphs that did not load. Each is reported once, in a quiet line on
 * the map, instead of MapLibre's console errors per tile (see MapView.svelte).
 */

/** A part of the basemap that failed to load. */
export type BasemapPart = 'tiles' | 'glyphs';

/** What still works without the map: everything but the map itself. */
export const WITHOUT_THE_MAP =
  'Everything else works: the incident list, the evidence and its quotes, the full source text, the timeline, the counts and the record, imports and exports.';

/**
 * The message for a map that cannot be drawn, from the error MapLibre threw when it could not
 * create a WebGL2 context (`GPUInitializationError`, with the browser's status message when
 * it gave one), or anything else its constructor threw.
 *
 * @example
 * mapFailure(Object.assign(new Error('…'), { name: 'GPUInitializationError', statusMessage: null }))
 * // → 'The map cannot be drawn: this browser gives it no WebGL2 (hardware acceleration may be off). Everything else works: …'
 */
export function mapFailure(error: unknown): string {
  const e = error as { name?: string; message?: string; statusMessage?: string | null };
  const why =
    e?.name === 'GPUInitializationError'
      ? `this browser gives it no WebGL2 (${e.statusMessage || 'hardware acceleration or WebGL may be turned off'})`
      : `it failed to start (${e?.message ?? String(error)})`;
  return `The map cannot be drawn: ${why}. ${WITHOUT_THE_MAP}`;
}

/** The message for a WebGL context the browser took away while the map was running. */
export const CONTEXT_LOST = `The map lost its WebGL context (the browser reclaimed the graphics memory); it is redrawn if the browser gives it back. ${WITHOUT_THE_MAP}`;

/**
 * Which part of the basemap an error of MapLibre's `error` event is about, from the URL of the
 * request that failed (an `AJAXError`) or the source it names; undefined for anything else (a
 * data layer's problems are reported by the data, and anything unexpected stays in the console).
 *
 * @example
 * basemapPartOf({ sourceId: 'world', error: { url: '/basemap-tiles/world/4/1/6.pbf' } }) // → 'tiles'
 * basemapPartOf({ error: { url: '/glyphs/Noto%20Sans%20Regular/0-255.pbf' } })           // → 'glyphs'
 */
export function basemapPartOf(
  event: { readonly sourceId?: string; readonly error?: unknown },
  basemapSources: readonly string[] = ['world', 'detail'],
): BasemapPart | undefined {
  const url = (event.error as { url?: unknown } | undefined)?.url;
  const path = typeof url === 'string' ? url : '';
  if (/\/glyphs\//.test(path) || /glyph/i.test(String((event.error as Error)?.message ?? '')))
    return 'glyphs';
  if (/\/basemap-tiles\//.test(path)) return 'tiles';
  if (event.sourceId !== undefined && basemapSources.includes(event.sourceId)) return 'tiles';
  return undefined;
}

/**
 * The quiet status line for the basemap parts that failed, or undefined when none did.
 *
 * @example
 * basemapStatus(new Set(['tiles'])) // → 'Some basemap tiles did not load: the map has gaps there. The data layers are unaffected.'
 */
export function basemapStatus(parts: ReadonlySet<BasemapPart>): string | undefined {
  const words = [
    ...(parts.has('tiles') ? ['Some basemap tiles did not load: the map has gaps there.'] : []),
    ...(parts.has('glyphs') ? ['Some label glyphs did not load: some names are not drawn.'] : []),
  ];
  return words.length === 0 ? undefined : `${words.join(' ')} The data layers are unaffected.`;
}
