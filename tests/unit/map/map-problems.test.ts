/** The map's own problems in words: no WebGL, a lost context, basemap tiles and glyphs. */
import { describe, expect, it } from 'vitest';
import {
  basemapPartOf,
  basemapStatus,
  CONTEXT_LOST,
  mapFailure,
  WITHOUT_THE_MAP,
} from '../../../src/lib/map/map-problems';

describe('mapFailure', () => {
  it('says the browser gives the map no WebGL2, with its status message, and what still works', () => {
    const error = Object.assign(new Error('WebGL2 is required…'), {
      name: 'GPUInitializationError',
      statusMessage: 'Web page caused context loss and was blocked',
    });
    expect(mapFailure(error)).toBe(
      `The map cannot be drawn: this browser gives it no WebGL2 (Web page caused context loss and was blocked). ${WITHOUT_THE_MAP}`,
    );
    expect(mapFailure(Object.assign(new Error('x'), { name: 'GPUInitializationError' }))).toContain(
      'hardware acceleration or WebGL may be turned off',
    );
  });

  it('names any other failure by its message', () => {
    expect(mapFailure(new Error('container not found'))).toMatch(
      /^The map cannot be drawn: it failed to start \(container not found\)\. Everything else works/,
    );
    expect(CONTEXT_LOST).toContain('lost its WebGL context');
  });
});

describe('basemapPartOf and basemapStatus', () => {
  it('tells tiles from glyphs by the failed URL or the source, and leaves the rest alone', () => {
    expect(
      basemapPartOf({
        sourceId: 'world',
        error: { url: 'http://x/basemap-tiles/world/4/1/6.pbf' },
      }),
    ).toBe('tiles');
    expect(basemapPartOf({ sourceId: 'detail', error: new Error('net::ERR_FAILED') })).toBe(
      'tiles',
    );
    expect(
      basemapPartOf({ error: { url: 'http://x/glyphs/Noto%20Sans%20Regular/0-255.pbf' } }),
    ).toBe('glyphs');
    expect(basemapPartOf({ sourceId: 'adiz', error: new Error('bad') })).toBeUndefined();
    expect(basemapPartOf({ error: new Error('something else') })).toBeUndefined();
  });

  it('words each failed part once, and nothing when none failed', () => {
    expect(basemapStatus(new Set())).toBeUndefined();
    expect(basemapStatus(new Set(['tiles']))).toBe(
      'Some basemap tiles did not load: the map has gaps there. The data layers are unaffected.',
    );
    expect(basemapStatus(new Set(['glyphs', 'tiles']))).toBe(
      'Some basemap tiles did not load: the map has gaps there. Some label glyphs did not load: some names are not drawn. The data layers are unaffected.',
    );
  });
});
