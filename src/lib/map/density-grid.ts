/**
 * Above GRID_ROWS dots, the incident layer draws a density grid instead of one point each:
 * software WebGL pays about a microsecond per point drawn (measured: a million 1-px points took
 * as long as a million 4-px points, ~1.1 s a frame), while binning a million points on the CPU
 * takes milliseconds. Each cell of CELL_PX screen pixels holds how many shown incidents fall in
 * it; the shader draws a dot per non-empty cell, darker where there are more.
 */
export const GRID_ROWS = 60_000;
/** Cell size in CSS pixels. */
export const CELL_PX = 4;

/**
 * Count rows `[start, end)` whose category is in `mask` into a `width` × `height` grid over the
 * viewport, given their Web Mercator x/y and MapLibre's projection matrix (mercator → clip
 * space, as `defaultProjectionData.mainMatrix`). Cell (0, 0) is the top-left. Returns how many
 * rows landed in the viewport.
 *
 * @example
 * binRows(x, y, category, 0b1, 0, n, matrix, 320, 200, counts)
 */
export function binRows(
  x: Float64Array,
  y: Float64Array,
  category: Uint8Array,
  mask: number,
  start: number,
  end: number,
  m: ArrayLike<number>,
  width: number,
  height: number,
  counts: Uint32Array,
): number {
  counts.fill(0);
  const [m0, m1, , m3, m4, m5, , m7, , , , , m12, m13, , m15] = Array.from(
    { length: 16 },
    (_, i) => m[i]!,
  );
  let inView = 0;
  for (let i = start; i < end; i++) {
    if (!((mask >> category[i]!) & 1)) continue;
    const px = x[i]!;
    const py = y[i]!;
    const w = m3! * px + m7! * py + m15!;
    const cx = ((m0! * px + m4! * py + m12!) / w + 1) * 0.5 * width;
    const cy = (1 - (m1! * px + m5! * py + m13!) / w) * 0.5 * height;
    if (cx < 0 || cy < 0 || cx >= width || cy >= height) continue;
    counts[(cy | 0) * width + (cx | 0)]! += 1;
    inView += 1;
  }
  return inView;
}

/**
 * Counts as 8-bit intensities for the texture: 0 stays 0 (nothing drawn), 1 incident is
 * `floor`, and every doubling adds a step up to 255.
 *
 * @example
 * intensities(new Uint32Array([0, 1, 2, 1000]), new Uint8Array(4)) // → [0, 96, 116, 255]
 */
export function intensities(counts: Uint32Array, out: Uint8Array, floor = 96): Uint8Array {
  const step = 20;
  for (let i = 0; i < counts.length; i++) {
    const c = counts[i]!;
    out[i] = c === 0 ? 0 : Math.min(255, floor + Math.round(Math.log2(c) * step));
  }
  return out;
}

export const GRID_VERTEX_SHADER = `#version 300 es
in vec2 a_corner;
out vec2 v_uv;
void main() {
  v_uv = vec2((a_corner.x + 1.0) * 0.5, (1.0 - a_corner.y) * 0.5);
  gl_Position = vec4(a_corner, 0.0, 1.0);
}`;

export const GRID_FRAGMENT_SHADER = `#version 300 es
precision highp float;
uniform sampler2D u_grid;
uniform vec2 u_cells;
uniform vec3 u_fill;
uniform vec3 u_dense;
in vec2 v_uv;
out vec4 color;
void main() {
  float v = texture(u_grid, v_uv).r;
  if (v <= 0.0) discard;
  // A round dot in each cell, so the grid reads as the points it stands for.
  vec2 inCell = fract(v_uv * u_cells) - 0.5;
  float d = length(inCell);
  float a = 1.0 - smoothstep(0.36, 0.5, d);
  if (a <= 0.0) discard;
  float t = clamp((v - 0.376) / 0.624, 0.0, 1.0);
  color = vec4(mix(u_fill, u_dense, t), 1.0) * a * mix(0.75, 1.0, t);
}`;
