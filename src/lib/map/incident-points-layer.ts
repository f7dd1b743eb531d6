import KDBush from 'kdbush';
import {
  type CustomLayerInterface,
  type CustomRenderMethodInput,
  type Map as MaplibreMap,
  MercatorCoordinate,
} from 'maplibre-gl';
import {
  FLAG_APPROXIMATE_PLACE,
  FLAG_DRAFT,
  type IncidentColumns,
} from '../model/incident-columns';
import { INCIDENT_COLORS } from './palette';
import {
  binRows,
  CELL_PX,
  GRID_FRAGMENT_SHADER,
  GRID_ROWS,
  GRID_VERTEX_SHADER,
  intensities,
} from './density-grid';
import { FLOATS_PER_POINT, type PointChange, PointBuffer } from './point-buffer';

/** Above this many incidents the dots get small (and the place rings go): density reads first. */
export const DETAIL_LIMIT = 2_000;

const VERTEX_SHADER = `#version 300 es
uniform mat4 u_matrix;
uniform int u_mask;
uniform float u_radius;
uniform float u_ring;
uniform float u_pixel_ratio;
uniform float u_margin;
uniform int u_mode;
in vec2 a_pos;
in float a_category;
in float a_flags;
out float v_draft;
out float v_radius;
out float v_ring;
void main() {
  int category = int(a_category);
  if (u_mode == 0 && ((u_mask >> category) & 1) == 0) {
    gl_Position = vec4(2.0, 2.0, 2.0, 1.0);
    gl_PointSize = 0.0;
    return;
  }
  int flags = int(a_flags);
  v_draft = float(flags & ${FLAG_DRAFT});
  v_radius = u_radius + (u_mode == 2 ? 3.0 : u_mode == 1 ? 2.0 : 0.0);
  v_ring = (flags & ${FLAG_APPROXIMATE_PLACE}) != 0 ? u_ring : 0.0;
  gl_Position = u_matrix * vec4(a_pos, 0.0, 1.0);
  gl_PointSize = 2.0 * (max(v_radius, v_ring) + u_margin) * u_pixel_ratio;
}`;

const FRAGMENT_SHADER = `#version 300 es
precision highp float;
precision highp int;
uniform vec3 u_fill;
uniform vec3 u_draft;
uniform vec3 u_selected;
uniform float u_stroke;
uniform float u_pixel_ratio;
uniform float u_margin;
uniform int u_mode;
in float v_draft;
in float v_radius;
in float v_ring;
out vec4 color;
void main() {
  float size = 2.0 * (max(v_radius, v_ring) + u_margin);
  float d = length(gl_PointCoord - 0.5) * size;
  vec3 fill = u_mode == 2 ? u_selected : (v_draft > 0.5 ? u_draft : u_fill);
  float stroke = u_mode == 2 ? 3.0 : u_mode == 1 ? 2.5 : u_stroke;
  float inside = 1.0 - smoothstep(v_radius - 0.5, v_radius + 0.5, d);
  float ring = v_ring > 0.0 ? (1.0 - smoothstep(0.0, 1.0, abs(d - v_ring))) * 0.6 : 0.0;
  if (inside <= 0.0 && ring <= 0.0) discard;
  vec3 rgb = d > v_radius - stroke ? vec3(1.0) : fill;
  vec4 dot = vec4(rgb, 1.0) * inside;
  vec4 ringColor = vec4(u_fill, 1.0) * ring;
  color = dot + ringColor * (1.0 - dot.a);
}`;

/**
 * Every incident as a dot, drawn by one WebGL program inside MapLibre's render loop (a custom
 * layer). The points are uploaded once per model in date order, so a time window is a row
 * range: a window change is a uniform and a draw range, never a re-tiling of the data; the
 * category filter is a bit mask the vertex shader reads. A model made by an import on top of
 * another uploads only the rows from the first one it put in (`PointBuffer`). Selection and
 * hover are a second draw of one point each. Picking uses a k-d tree (kdbush) over the same
 * points.
 *
 * Measured, with the alternatives, in README.md ("Performance").
 */
export class IncidentPointsLayer implements CustomLayerInterface {
  readonly id = 'incident-points';
  readonly type = 'custom' as const;
  readonly renderingMode = '2d' as const;

  #map: MaplibreMap | undefined;
  #gl: WebGL2RenderingContext | undefined;
  #program: WebGLProgram | undefined;
  #vao: WebGLVertexArrayObject | undefined;
  #buffer: WebGLBuffer | undefined;
  #uniforms = new Map<string, WebGLUniformLocation | null>();
  /** The density grid (above GRID_ROWS dots): its program, quad, texture and last key. */
  #grid:
    | {
        program: WebGLProgram;
        vao: WebGLVertexArrayObject;
        buffer: WebGLBuffer;
        texture: WebGLTexture;
        counts: Uint32Array;
        bytes: Uint8Array;
        key: string;
      }
    | undefined;
  #columns: IncidentColumns | undefined;
  /** The points' projection and vertex data, following the columns. */
  #points = new PointBuffer();
  /** What the GPU buffer lacks of the points' vertex data; undefined when it holds them all. */
  #pending: PointChange | undefined;
  /** Rows the GPU buffer was made with. */
  #gpuCapacity = 0;
  #rows: readonly [number, number] = [0, 0];
  #mask = 0;
  #selected = -1;
  #hovered = -1;
  #visible = true;
  /** The selected dot's colour: dark on the light map, light on the dark one. */
  #selectedColor: string = INCIDENT_COLORS.selected;
  #tree: KDBush | undefined;
  /** Rows handed to the GPU in the last frame drawn, and how many frames were drawn. */
  #lastFrameRows = 0;
  /** How many incidents the layer held when it last drew (what an import is drawn by). */
  #lastFrameSize = 0;
  #frames = 0;

  /** The incidents to draw (replaced whole with each model). */
  setColumns(columns: IncidentColumns): void {
    if (columns === this.#columns) return;
    this.#columns = columns;
    this.#tree = undefined;
    if (this.#grid) this.#grid.key = '';
    this.#selected = -1;
    this.#hovered = -1;
    this.#rows = [0, columns.size];
    this.#repaint();
  }

  /** The rows of the time window, `[start, end)`. */
  setRows(rows: readonly [number, number]): void {
    if (rows[0] === this.#rows[0] && rows[1] === this.#rows[1]) return;
    this.#rows = rows;
    this.#repaint();
  }

  /** Categories shown, as a bit mask (see `categoryMask`). */
  setCategoryMask(mask: number): void {
    if (mask === this.#mask) return;
    this.#mask = mask;
    this.#repaint();
  }

  setSelected(row: number): void {
    if (row === this.#selected) return;
    this.#selected = row;
    this.#repaint();
  }

  setHovered(row: number): void {
    if (row === this.#hovered) return;
    this.#hovered = row;
    this.#repaint();
  }

  /** Draw the selected dot for the dark map (light) or the light one (dark). */
  setDark(dark: boolean): void {
    const color = dark ? INCIDENT_COLORS.selectedOnDark : INCIDENT_COLORS.selected;
    if (color === this.#selectedColor) return;
    this.#selectedColor = color;
    this.#repaint();
  }

  setVisible(visible: boolean): void {
    if (visible === this.#visible) return;
    this.#visible = visible;
    this.#repaint();
  }

  /**
   * What is drawn, for tests and the benchmark: the row range, the mask, the highlighted
   * incidents, the rows the last frame actually drew and how many the layer held then.
   */
  get drawn() {
    const ids = this.#columns?.ids ?? [];
    return {
      rows: this.#rows,
      mask: this.#mask,
      selectedId: ids[this.#selected],
      hoveredId: ids[this.#hovered],
      visible: this.#visible,
      lastFrameRows: this.#lastFrameRows,
      lastFrameSize: this.#lastFrameSize,
      frames: this.#frames,
    };
  }

  /**
   * Hand the GPU every point again at the next frame (tests: a frame drawn from the rows an
   * import uploaded against one drawn from all of them).
   */
  uploadAll(): void {
    this.#pending = { kind: 'whole' };
    this.#repaint();
  }

  /** Ids of the incidents the window and the categories let through, in date order (tests). */
  idsDrawn(): string[] {
    const columns = this.#columns;
    if (!columns || !this.#visible) return [];
    const ids: string[] = [];
    for (let row = this.#rows[0]; row < this.#rows[1]; row++)
      if ((this.#mask >> columns.category[row]!) & 1) ids.push(columns.ids[row]!);
    return ids;
  }

  /**
   * The rows drawn within `radius` CSS pixels of a point on the map, nearest first (ties: the
   * one drawn on top first).
   */
  pick(point: { x: number; y: number }, radius = 8): number[] {
    const map = this.#map;
    const columns = this.#columns;
    if (!map || !columns || !this.#visible || columns.size === 0) return [];
    const tree = this.#ensureTree(columns);
    const at = MercatorCoordinate.fromLngLat(map.unproject([point.x, point.y]));
    const worldPixels = 512 * 2 ** map.getZoom();
    const r = (radius + this.#radius(map)) / worldPixels;
    const [start, end] = this.#rows;
    const hits = tree
      .within(at.x, at.y, r)
      .filter((row) => row >= start && row < end && (this.#mask >> columns.category[row]!) & 1);
    const { x, y } = this.#points;
    const dist = (row: number) => (x[row]! - at.x) ** 2 + (y[row]! - at.y) ** 2;
    return hits.sort((a, b) => dist(a) - dist(b) || b - a);
  }

  onAdd(map: MaplibreMap, gl: WebGLRenderingContext | WebGL2RenderingContext): void {
    this.#map = map;
    this.#gl = gl as WebGL2RenderingContext;
    this.#program = link(this.#gl, VERTEX_SHADER, FRAGMENT_SHADER);
    for (const name of [
      'u_matrix',
      'u_mask',
      'u_radius',
      'u_ring',
      'u_pixel_ratio',
      'u_mode',
      'u_fill',
      'u_draft',
      'u_selected',
      'u_stroke',
      'u_margin',
    ])
      this.#uniforms.set(name, this.#gl.getUniformLocation(this.#program, name));
  }

  onRemove(_map: MaplibreMap, gl: WebGLRenderingContext | WebGL2RenderingContext): void {
    const g = gl as WebGL2RenderingContext;
    if (this.#buffer) g.deleteBuffer(this.#buffer);
    if (this.#vao) g.deleteVertexArray(this.#vao);
    if (this.#program) g.deleteProgram(this.#program);
    if (this.#grid) {
      g.deleteProgram(this.#grid.program);
      g.deleteVertexArray(this.#grid.vao);
      g.deleteBuffer(this.#grid.buffer);
      g.deleteTexture(this.#grid.texture);
      this.#grid = undefined;
    }
    this.#buffer = this.#vao = this.#program = undefined;
    this.#gpuCapacity = 0;
    this.#map = undefined;
  }

  render(gl: WebGLRenderingContext | WebGL2RenderingContext, options: CustomRenderMethodInput) {
    const g = gl as WebGL2RenderingContext;
    const map = this.#map;
    const columns = this.#columns;
    this.#frames += 1;
    this.#lastFrameRows = 0;
    this.#lastFrameSize = columns?.size ?? 0;
    if (!map || !columns || !this.#program || !this.#visible || columns.size === 0) return;
    this.#follow(columns);
    if (this.#pending || !this.#buffer) this.#upload(g);
    const [start, end] = this.#rows;
    const u = (name: string) => this.#uniforms.get(name) ?? null;
    g.useProgram(this.#program);
    g.uniformMatrix4fv(u('u_matrix'), false, options.defaultProjectionData.mainMatrix);
    g.uniform1i(u('u_mask'), this.#mask);
    const small = columns.size <= DETAIL_LIMIT;
    g.uniform1f(u('u_radius'), this.#radius(map));
    g.uniform1f(u('u_ring'), small ? 13 : 0);
    // Thousands of dots: small, no white rim, a tight point square.
    g.uniform1f(u('u_stroke'), small ? 1.5 : 0);
    g.uniform1f(u('u_margin'), small ? 1.5 : 0.5);
    g.uniform1f(u('u_pixel_ratio'), map.getPixelRatio());
    g.uniform3fv(u('u_fill'), rgb(INCIDENT_COLORS.fill));
    g.uniform3fv(u('u_draft'), rgb(INCIDENT_COLORS.draft));
    g.uniform3fv(u('u_selected'), rgb(this.#selectedColor));
    g.bindVertexArray(this.#vao!);
    g.enable(g.BLEND);
    g.blendFunc(g.ONE, g.ONE_MINUS_SRC_ALPHA);
    g.uniform1i(u('u_mode'), 0);
    if (end - start > GRID_ROWS) {
      this.#drawGrid(g, options.defaultProjectionData.mainMatrix, columns);
      g.useProgram(this.#program);
      g.bindVertexArray(this.#vao!);
    } else if (end > start) g.drawArrays(g.POINTS, start, end - start);
    this.#lastFrameRows = end - start;
    for (const [row, mode] of [
      [this.#hovered, 1],
      [this.#selected, 2],
    ] as const) {
      if (row < start || row >= end || !((this.#mask >> columns.category[row]!) & 1)) continue;
      g.uniform1i(u('u_mode'), mode);
      g.drawArrays(g.POINTS, row, 1);
    }
    g.bindVertexArray(null);
  }

  /** Whether the last frame drew the density grid rather than points (tests, benchmark). */
  get gridDrawn(): boolean {
    return this.#rows[1] - this.#rows[0] > GRID_ROWS;
  }

  /**
   * The window's incidents binned into CELL_PX cells over the viewport on the CPU, drawn as one
   * textured quad. Binned again only when the camera, the rows or the mask change.
   */
  #drawGrid(g: WebGL2RenderingContext, matrix: ArrayLike<number>, columns: IncidentColumns): void {
    const map = this.#map!;
    const canvas = map.getCanvas();
    const ratio = map.getPixelRatio();
    const width = Math.max(1, Math.ceil(canvas.width / ratio / CELL_PX));
    const height = Math.max(1, Math.ceil(canvas.height / ratio / CELL_PX));
    const grid = this.#ensureGrid(g, width * height);
    const key = `${Array.from(matrix).join()}|${this.#rows.join()}|${this.#mask}|${width}x${height}`;
    g.activeTexture(g.TEXTURE0);
    g.bindTexture(g.TEXTURE_2D, grid.texture);
    if (grid.key !== key) {
      const counts = grid.counts.subarray(0, width * height);
      const [start, end] = this.#rows;
      binRows(
        this.#points.x,
        this.#points.y,
        columns.category,
        this.#mask,
        start,
        end,
        matrix,
        width,
        height,
        counts,
      );
      const bytes = intensities(counts, grid.bytes.subarray(0, width * height));
      g.pixelStorei(g.UNPACK_ALIGNMENT, 1);
      g.texImage2D(g.TEXTURE_2D, 0, g.R8, width, height, 0, g.RED, g.UNSIGNED_BYTE, bytes);
      grid.key = key;
    }
    g.useProgram(grid.program);
    g.uniform1i(g.getUniformLocation(grid.program, 'u_grid'), 0);
    g.uniform2f(g.getUniformLocation(grid.program, 'u_cells'), width, height);
    g.uniform3fv(g.getUniformLocation(grid.program, 'u_fill'), rgb(INCIDENT_COLORS.fill));
    g.uniform3fv(g.getUniformLocation(grid.program, 'u_dense'), rgb(INCIDENT_COLORS.dense));
    g.bindVertexArray(grid.vao);
    g.drawArrays(g.TRIANGLE_STRIP, 0, 4);
  }

  #ensureGrid(g: WebGL2RenderingContext, cells: number) {
    if (!this.#grid) {
      const program = link(g, GRID_VERTEX_SHADER, GRID_FRAGMENT_SHADER);
      const vao = g.createVertexArray();
      const buffer = g.createBuffer();
      g.bindVertexArray(vao);
      g.bindBuffer(g.ARRAY_BUFFER, buffer);
      g.bufferData(g.ARRAY_BUFFER, new Float32Array([-1, -1, 1, -1, -1, 1, 1, 1]), g.STATIC_DRAW);
      const at = g.getAttribLocation(program, 'a_corner');
      g.enableVertexAttribArray(at);
      g.vertexAttribPointer(at, 2, g.FLOAT, false, 0, 0);
      g.bindVertexArray(null);
      g.bindBuffer(g.ARRAY_BUFFER, null);
      const texture = g.createTexture();
      g.bindTexture(g.TEXTURE_2D, texture);
      for (const [p, v] of [
        [g.TEXTURE_MIN_FILTER, g.NEAREST],
        [g.TEXTURE_MAG_FILTER, g.NEAREST],
        [g.TEXTURE_WRAP_S, g.CLAMP_TO_EDGE],
        [g.TEXTURE_WRAP_T, g.CLAMP_TO_EDGE],
      ] as const)
        g.texParameteri(g.TEXTURE_2D, p, v);
      this.#grid = {
        program,
        vao,
        buffer,
        texture,
        counts: new Uint32Array(cells),
        bytes: new Uint8Array(cells),
        key: '',
      };
    }
    if (this.#grid.counts.length < cells) {
      this.#grid.counts = new Uint32Array(cells);
      this.#grid.bytes = new Uint8Array(cells);
    }
    return this.#grid;
  }

  /** Dot radius in CSS pixels: large for a curated set, small and zoom-scaled for thousands. */
  #radius(map: MaplibreMap): number {
    if ((this.#columns?.size ?? 0) <= DETAIL_LIMIT) return 7;
    return Math.min(5, Math.max(1.2, map.getZoom() * 0.45));
  }

  /** Follow the columns with the points, and note what the GPU buffer now lacks. */
  #follow(columns: IncidentColumns): void {
    const change = this.#points.follow(columns);
    if (!change) return;
    const pending = this.#pending;
    // Two changes not yet uploaded: the rows from the first of them, or whole if either is.
    if (!pending) this.#pending = change;
    else if (pending.kind === 'rows' && change.kind === 'rows')
      this.#pending = { kind: 'rows', from: Math.min(pending.from, change.from) };
    else this.#pending = { kind: 'whole' };
  }

  /** Hand the GPU what it lacks: the whole buffer, or the rows from the first one put in. */
  #upload(g: WebGL2RenderingContext): void {
    const points = this.#points;
    const pending = this.#pending;
    this.#pending = undefined;
    if (
      this.#buffer &&
      this.#vao &&
      pending?.kind === 'rows' &&
      this.#gpuCapacity === points.capacity
    ) {
      const size = points.columns!.size;
      g.bindBuffer(g.ARRAY_BUFFER, this.#buffer);
      g.bufferSubData(
        g.ARRAY_BUFFER,
        pending.from * FLOATS_PER_POINT * 4,
        points.data,
        pending.from * FLOATS_PER_POINT,
        (size - pending.from) * FLOATS_PER_POINT,
      );
      g.bindBuffer(g.ARRAY_BUFFER, null);
      return;
    }
    if (!this.#buffer) this.#buffer = g.createBuffer();
    if (!this.#vao) this.#vao = g.createVertexArray();
    g.bindVertexArray(this.#vao);
    g.bindBuffer(g.ARRAY_BUFFER, this.#buffer);
    g.bufferData(g.ARRAY_BUFFER, points.data, g.STATIC_DRAW);
    const stride = FLOATS_PER_POINT * 4;
    const attribute = (name: string, size: number, offset: number) => {
      const at = g.getAttribLocation(this.#program!, name);
      g.enableVertexAttribArray(at);
      g.vertexAttribPointer(at, size, g.FLOAT, false, stride, offset * 4);
    };
    attribute('a_pos', 2, 0);
    attribute('a_category', 1, 2);
    attribute('a_flags', 1, 3);
    g.bindVertexArray(null);
    g.bindBuffer(g.ARRAY_BUFFER, null);
    this.#gpuCapacity = points.capacity;
  }

  #ensureTree(columns: IncidentColumns): KDBush {
    if (this.#tree) return this.#tree;
    this.#follow(columns);
    const { x, y } = this.#points;
    const tree = new KDBush(columns.size, 64, Float64Array);
    for (let i = 0; i < columns.size; i++) tree.add(x[i]!, y[i]!);
    tree.finish();
    this.#tree = tree;
    return tree;
  }

  #repaint(): void {
    this.#map?.triggerRepaint();
  }
}

function link(gl: WebGL2RenderingContext, vertex: string, fragment: string): WebGLProgram {
  const compile = (type: number, source: string) => {
    const shader = gl.createShader(type)!;
    gl.shaderSource(shader, source);
    gl.compileShader(shader);
    if (!gl.getShaderParameter(shader, gl.COMPILE_STATUS))
      throw new Error(
        `incident points shader: ${gl.getShaderInfoLog(shader) ?? 'did not compile'}`,
      );
    return shader;
  };
  const program = gl.createProgram();
  gl.attachShader(program, compile(gl.VERTEX_SHADER, vertex));
  gl.attachShader(program, compile(gl.FRAGMENT_SHADER, fragment));
  gl.linkProgram(program);
  if (!gl.getProgramParameter(program, gl.LINK_STATUS))
    throw new Error(`incident points program: ${gl.getProgramInfoLog(program) ?? 'did not link'}`);
  return program;
}

function rgb(hex: string): [number, number, number] {
  const n = Number.parseInt(hex.slice(1), 16);
  return [(n >> 16) / 255, ((n >> 8) & 255) / 255, (n & 255) / 255];
}
