import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDashboard, openSession, type Session, waitForMapIdle } from './support/browser';

/** Checkbox name → the style-layer id prefix it controls. */
const TOGGLES: [RegExp, string][] = [
  [/Taiwan Strait/, 'taiwan-strait-'],
  [/ADIZ/, 'adiz-'],
  [/Balikatan/, 'balikatan-2023-'],
  [/Karuizawa/, 'g7-japan-2023-'],
  [/Other reported places/, 'reported-places-'],
  [/^Incidents$/, 'incidents-'],
];

describe('layer toggles and map navigation', () => {
  let s: Session;
  beforeAll(async () => {
    s = await openSession();
    await openDashboard(s);
  });
  afterAll(() => s.close());

  const state = (prefix: string) =>
    s.page.evaluate((prefix) => {
      const map = window.__map!;
      const ids = map
        .getStyle()
        .layers.map((l) => l.id)
        .filter((id) => id.startsWith(prefix));
      return {
        ids,
        visibility: [
          ...new Set(ids.map((id) => map.getLayoutProperty(id, 'visibility') ?? 'visible')),
        ],
        rendered:
          map.queryRenderedFeatures({ layers: ids }).length +
          // The incident dots are a custom WebGL layer: the rows its last frame drew.
          (prefix === 'incidents-' ? window.__incidentPoints!.drawn.lastFrameRows : 0),
      };
    }, prefix);

  it.each(TOGGLES)('the %s checkbox hides and shows its layers', async (name, prefix) => {
    const box = s.page.getByRole('checkbox', { name });
    await expect.poll(() => box.isChecked()).toBe(true);
    const before = await state(prefix);
    expect(before.ids.length).toBeGreaterThan(0);
    expect(before.visibility).toEqual(['visible']);

    await box.uncheck();
    await waitForMapIdle(s.page);
    const hidden = await state(prefix);
    expect(hidden.visibility).toEqual(['none']);
    expect(hidden.rendered).toBe(0);
    expect(new URL(s.page.url()).searchParams.get('hidden')).toContain(prefix.replace(/-$/, ''));

    await box.check();
    await waitForMapIdle(s.page);
    const shown = await state(prefix);
    expect(shown.visibility).toEqual(['visible']);
    // Every layer has something in the start view except the far-away places.
    if (prefix !== 'reported-places-') expect(shown.rendered).toBeGreaterThan(0);
  });

  it('pans with the mouse', async () => {
    const before = await s.page.evaluate(() => window.__map!.getCenter().toArray());
    const box = (await s.page.locator('.maplibregl-canvas').boundingBox())!;
    const x = box.x + box.width / 2;
    const y = box.y + box.height / 2;
    await s.page.mouse.move(x, y);
    await s.page.mouse.down();
    await s.page.mouse.move(x - 150, y + 60, { steps: 8 });
    await s.page.mouse.up();
    await waitForMapIdle(s.page);
    const after = await s.page.evaluate(() => window.__map!.getCenter().toArray());
    expect(after[0]).toBeGreaterThan(before[0]! + 1);
    expect(after[1]).toBeGreaterThan(before[1]! + 0.5);
  });

  it('pans and zooms with the keyboard', async () => {
    const view = () =>
      s.page.evaluate(() => ({
        lon: window.__map!.getCenter().lng,
        zoom: window.__map!.getZoom(),
      }));
    await s.page.locator('.maplibregl-canvas').focus();
    const before = await view();
    // One key at a time: a second key would cut the first one's animation short.
    await s.page.keyboard.press('ArrowRight');
    await expect.poll(async () => (await view()).lon).toBeGreaterThan(before.lon);
    await waitForMapIdle(s.page);
    await s.page.keyboard.press('Equal');
    await expect.poll(async () => (await view()).zoom).toBeGreaterThan(before.zoom);
    await waitForMapIdle(s.page);
  });
});
