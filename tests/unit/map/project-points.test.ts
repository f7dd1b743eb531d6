import { describe, expect, it } from 'vitest';
import { projectPoints } from '../../../src/lib/map/project-points';

describe('projectPoints', () => {
  it('puts the map centre at (0.5, 0.5) and the corners of the Web Mercator square at 0 and 1', () => {
    const { x, y } = projectPoints([0, -180, 180, 0], [0, 85.0511287798066, -85.0511287798066, 0]);
    expect(x[0]).toBe(0.5);
    expect(y[0]).toBeCloseTo(0.5, 12);
    expect(x[1]).toBe(0);
    expect(y[1]).toBeCloseTo(0, 9);
    expect(x[2]).toBe(1);
    expect(y[2]).toBeCloseTo(1, 9);
  });

  it('matches the spherical Mercator formula at Taipei (y grows southwards)', () => {
    const lat = 25.033;
    const { x, y } = projectPoints([121.565], [lat]);
    const R = 6378137;
    const metresY = R * Math.log(Math.tan(Math.PI / 4 + (lat * Math.PI) / 360));
    expect(x[0]).toBeCloseTo((121.565 + 180) / 360, 12);
    expect(y[0]).toBeCloseTo(0.5 - metresY / (2 * Math.PI * R), 12);
    expect(y[0]).toBeLessThan(0.5);
  });
});
