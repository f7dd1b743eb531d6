/**
 * paintWhenLoaded: a new map paints nothing until its style and tiles in view have loaded, then
 * paints every frame as before; a map whose sources never load paints what it has after a wait.
 */
import type { Map as MaplibreMap } from 'maplibre-gl';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { PAINT_ANYWAY_MS, paintWhenLoaded } from '../../../src/lib/map/paint-when-loaded';

/** The part of a MapLibre map the hold touches: its painter, `loaded()`, `triggerRepaint()`. */
function fakeMap() {
  const painted: unknown[][] = [];
  const state = { loaded: false };
  const painter = {
    render(...args: unknown[]) {
      painted.push(args);
    },
  };
  const map = { painter, loaded: () => state.loaded, triggerRepaint: vi.fn() };
  const frame = (n: number) => map.painter.render(`style ${n}`, 'transform', {});
  return { map: map as unknown as MaplibreMap, painted, state, frame };
}

afterEach(() => {
  vi.useRealTimers();
});

describe('paintWhenLoaded', () => {
  it('paints no frame before the map has loaded, then every frame, with its arguments', () => {
    const { map, painted, state, frame } = fakeMap();
    paintWhenLoaded(map);
    frame(1);
    frame(2);
    expect(painted).toEqual([]);
    state.loaded = true;
    frame(3);
    expect(painted).toEqual([['style 3', 'transform', {}]]);
    // From then on the painter is MapLibre's own again: frames paint even while tiles load.
    state.loaded = false;
    frame(4);
    expect(painted).toHaveLength(2);
  });

  it('paints what it has after the wait when the sources never load', () => {
    vi.useFakeTimers();
    const { map, painted, frame } = fakeMap();
    paintWhenLoaded(map);
    frame(1);
    vi.advanceTimersByTime(PAINT_ANYWAY_MS - 1);
    expect(map.triggerRepaint).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(map.triggerRepaint).toHaveBeenCalledOnce();
    frame(2);
    expect(painted).toEqual([['style 2', 'transform', {}]]);
  });

  it('lets painting go at once when asked, and no repaint comes later', () => {
    vi.useFakeTimers();
    const { map, painted, frame } = fakeMap();
    paintWhenLoaded(map)();
    frame(1);
    expect(painted).toHaveLength(1);
    vi.advanceTimersByTime(PAINT_ANYWAY_MS);
    expect(map.triggerRepaint).not.toHaveBeenCalled();
  });
});
