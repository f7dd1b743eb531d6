/**
 * "Save map as PNG": the 1× picture is the map's size on screen plus the title and credit
 * bands, the 2× one twice that, both real PNGs drawn from the map's canvas (not blank).
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDashboard, openSession, type Session } from './support/browser';

/** Width and height from a PNG's IHDR chunk. */
function pngSize(bytes: Buffer): { width: number; height: number } {
  expect(bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

describe('the map as a picture', () => {
  let s: Session;
  beforeAll(async () => {
    s = await openSession({ width: 1280, height: 800 });
    await openDashboard(s);
  });
  afterAll(() => s.close());

  it('saves the map at the screen’s size and at 2×, with its bands drawn in', async () => {
    const map = await s.page.evaluate(() => {
      const box = window.__map!.getContainer();
      return { width: box.clientWidth, height: box.clientHeight };
    });
    const group = s.page.getByRole('group', { name: 'Save map as PNG' });
    for (const scale of [1, 2] as const) {
      const [download] = await Promise.all([
        s.page.waitForEvent('download'),
        group.getByRole('button', { name: `Save map as PNG, ${scale}×` }).click(),
      ]);
      expect(download.suggestedFilename()).toBe(`straitwatch-map${scale === 2 ? '@2x' : ''}.png`);
      const bytes = readFileSync((await download.path())!);
      expect(pngSize(bytes)).toEqual({
        width: map.width * scale,
        height: (map.height + 34 + 44) * scale,
      });
      // A drawn map and its type compress to tens of kilobytes; a blank one to almost nothing.
      expect(bytes.length).toBeGreaterThan(20_000 * scale);
      await expect.poll(() => group.getByRole('status').textContent()).toMatch(/^Saved/);
    }
    // The map is back at the screen's pixel ratio.
    expect(await s.page.evaluate(() => window.__map!.getPixelRatio())).toBe(1);
    expect(s.errors).toEqual([]);
  });
});
