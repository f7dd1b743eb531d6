/**
 * The map's themes: every label on the map (the basemap's, the registry layers', the incident
 * titles) reads against its halo with WCAG AA contrast in the light theme and the dark one, the
 * dark theme changes the basemap's colours, and both themes set the same paint properties (a
 * switch back restores every one).
 */
import { describe, expect, it, vi } from 'vitest';
import { contrastRatio, mixWithWhite } from '../../../src/lib/model/contrast-ratio';
import { themedPaint } from '../../../src/lib/map/map-theme';
import { BASEMAP_COLORS, BASEMAP_COLORS_DARK } from '../../../src/lib/map/palette';

// The basemap's style puts its tiles on the page's origin: the page's base is all it reads of
// the document (no DOM is needed, and jsdom is no longer a dependency).
vi.stubGlobal('document', { baseURI: 'http://127.0.0.1/' });

describe('themedPaint', () => {
  it.each([false, true])('gives every label AA contrast against its halo (dark: %s)', (dark) => {
    const paint = themedPaint(dark);
    const of = (layer: string, property: string) =>
      paint.find((p) => p.layer === layer && p.property === property)?.value;
    const labels = [
      ...new Set(paint.filter((p) => p.property === 'text-color').map((p) => p.layer)),
    ];
    expect(labels.length).toBeGreaterThan(10);
    for (const layer of labels) {
      const ratio = contrastRatio(of(layer, 'text-color')!, of(layer, 'text-halo-color')!);
      expect(ratio, layer).toBeGreaterThanOrEqual(4.5);
    }
  });

  it('darkens the basemap, and both themes set the same properties', () => {
    const land = (dark: boolean) => themedPaint(dark).find((p) => p.layer === 'world-land')?.value;
    expect(land(false)).toBe(BASEMAP_COLORS.land);
    expect(land(true)).toBe(BASEMAP_COLORS_DARK.land);
    const keys = (dark: boolean) => themedPaint(dark).map((p) => `${p.layer} ${p.property}`);
    expect(keys(true)).toEqual(keys(false));
  });
});

describe('contrastRatio and mixWithWhite', () => {
  it('measures black on white as 21 and mixes half way to grey', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrastRatio('#777777', '#777777')).toBe(1);
    expect(mixWithWhite('#000000', 0.5)).toBe('#808080');
    expect(mixWithWhite('#1f6fb2', 0)).toBe('#1f6fb2');
  });
});
