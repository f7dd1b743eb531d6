/**
 * build-glyphs.ts — pre-render the map's label glyphs as SDF glyph protobufs.
 *
 * Run:  npx tsx scripts/build/build-glyphs.ts
 *
 * Why: with the style's `font-faces`, MapLibre rasterises every glyph with TinySDF on the main
 * thread when the map starts. Shipping the classic `{fontstack}/{range}.pbf` files instead leaves
 * the browser only a protobuf to decode.
 *
 * How: Debian's headless Chromium (playwright-core) loads the bundled @fontsource/noto-sans
 * latin woff2 files with the FontFace API in an about:blank page (no network), and runs the very
 * @mapbox/tiny-sdf that MapLibre draws with, with the server-glyph parameters (24 px, buffer 3,
 * radius 8, cutoff 0.25). Only codepoints the font's own cmap maps are drawn, so the browser's
 * fallback fonts never leak into the output.
 *
 * Metrics (see GlyphManager._createGlyph and getGlyphQuads in maplibre-gl):
 *   width = glyphWidth, height = glyphHeight, left = glyphLeft, top = glyphTop - 27,
 *   advance = round(glyphAdvance)
 * MapLibre draws local glyphs at 2× and stores left = glyphLeft/2 + 0.5 and
 * top = glyphTop/2 - 27.5, but places the quad `GLYPH_PBF_BORDER + 1` = 4 px before `left`
 * while a 2× bitmap's border and atlas padding are only (6 + 1) / 2 = 3.5 px: the two half
 * pixels cancel, and a locally drawn glyph's ink lands at (x, y + 27) for pen-relative (x, y).
 * A 1× PBF glyph's border and padding are the full 4 px, so the same ink position needs exactly
 * left = glyphLeft and top = glyphTop - 27, both integers, as the format requires.
 *
 * Outputs, in geodata/glyphs/ (deterministic: the same fonts, tiny-sdf and Chromium give the same
 * bytes):
 *   Noto Sans Regular/<start>-<end>.pbf     weight 400
 *   Noto Sans SemiBold/<start>-<end>.pbf    weight 600
 *   OFL.txt                                 the fonts' licence
 *   README.md                               provenance, sizes, how to regenerate
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliDecompressSync, gzipSync } from 'node:zlib';
import { PbfWriter } from 'pbf';
import { chromium } from 'playwright-core';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const OUT = join(ROOT, 'geodata/glyphs');
const FONTSOURCE = join(ROOT, 'node_modules/@fontsource/noto-sans');
const TINY_SDF = join(ROOT, 'node_modules/@mapbox/tiny-sdf');

/** The `text-font` names the style uses (src/lib/map/palette.ts), and the files behind them. */
const FONTS = [
  { name: 'Noto Sans Regular', weight: 400, file: 'files/noto-sans-latin-400-normal.woff2' },
  { name: 'Noto Sans SemiBold', weight: 600, file: 'files/noto-sans-latin-600-normal.woff2' },
] as const;

/** 256-codepoint ranges to build: Latin-1, Latin Extended-A, General Punctuation. */
const RANGES = [0, 256, 8192] as const;

/** MapLibre's server-glyph parameters (GlyphManager._createTinySDF at textureScale 1). */
const SDF = { fontSize: 24, buffer: 3, radius: 8, cutoff: 0.25 } as const;
/** TinySDF's top is above the baseline; the PBF convention measures from 27 px above it. */
const BASELINE_OFFSET = 27;

const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--no-first-run',
];

interface Glyph {
  id: number;
  bitmap: Uint8Array;
  width: number;
  height: number;
  left: number;
  top: number;
  advance: number;
}

// ---------------------------------------------------------------------------------------------
// The font's cmap, read straight out of the woff2, so that only glyphs the font has are drawn.

function uintBase128(buf: Buffer, pos: { at: number }): number {
  let value = 0;
  for (let i = 0; i < 5; i++) {
    const byte = buf[pos.at++]!;
    value = value * 128 + (byte & 0x7f);
    if (!(byte & 0x80)) return value;
  }
  throw new Error('woff2: UIntBase128 longer than 5 bytes');
}

/** The raw `cmap` table of a (non-collection) WOFF2 font. */
function woff2Cmap(woff2: Buffer): Buffer {
  if (woff2.toString('latin1', 0, 4) !== 'wOF2') throw new Error('not a woff2 file');
  if (woff2.toString('latin1', 4, 8) === 'ttcf') throw new Error('woff2 collections unsupported');
  const numTables = woff2.readUInt16BE(12);
  const compressedSize = woff2.readUInt32BE(20);
  const pos = { at: 48 };
  let offset = 0;
  let cmap: { offset: number; length: number } | undefined;
  for (let i = 0; i < numTables; i++) {
    const flags = woff2[pos.at++]!;
    const tagIndex = flags & 0x3f;
    const transform = flags >> 6;
    if (tagIndex === 63) pos.at += 4; // explicit tag
    const origLength = uintBase128(woff2, pos);
    // glyf (10) and loca (11) are transformed at version 0; other tables at any other version.
    const transformed = tagIndex === 10 || tagIndex === 11 ? transform !== 3 : transform !== 0;
    const length = transformed ? uintBase128(woff2, pos) : origLength;
    if (tagIndex === 0) cmap = { offset, length }; // 0 is 'cmap' in the known-tag table
    offset += length;
  }
  if (!cmap) throw new Error('woff2: no cmap table');
  const tables = brotliDecompressSync(woff2.subarray(pos.at, pos.at + compressedSize));
  return tables.subarray(cmap.offset, cmap.offset + cmap.length);
}

/** Every codepoint the cmap maps to a real glyph (not .notdef), from its best Unicode subtable. */
function cmapCodepoints(cmap: Buffer): Set<number> {
  const subtables = new Map<string, number>();
  for (let i = 0; i < cmap.readUInt16BE(2); i++) {
    const at = 4 + i * 8;
    const key = `${cmap.readUInt16BE(at)}/${cmap.readUInt16BE(at + 2)}`;
    subtables.set(key, cmap.readUInt32BE(at + 4));
  }
  const codepoints = new Set<number>();
  for (const key of ['3/10', '0/4', '3/1', '0/3']) {
    const at = subtables.get(key);
    if (at === undefined) continue;
    const format = cmap.readUInt16BE(at);
    if (format === 12) {
      const groups = cmap.readUInt32BE(at + 12);
      for (let g = 0; g < groups; g++) {
        const p = at + 16 + g * 12;
        const start = cmap.readUInt32BE(p);
        const end = cmap.readUInt32BE(p + 4);
        const startGlyph = cmap.readUInt32BE(p + 8);
        for (let c = start; c <= end; c++) if (startGlyph + (c - start) !== 0) codepoints.add(c);
      }
      return codepoints;
    }
    if (format === 4) {
      const segCount = cmap.readUInt16BE(at + 6) / 2;
      const ends = at + 14;
      const starts = ends + segCount * 2 + 2;
      const deltas = starts + segCount * 2;
      const rangeOffsets = deltas + segCount * 2;
      for (let s = 0; s < segCount; s++) {
        const end = cmap.readUInt16BE(ends + s * 2);
        const start = cmap.readUInt16BE(starts + s * 2);
        const delta = cmap.readInt16BE(deltas + s * 2);
        const rangeOffset = cmap.readUInt16BE(rangeOffsets + s * 2);
        for (let c = start; c <= end && c !== 0xffff; c++) {
          let glyph: number;
          if (rangeOffset === 0) glyph = (c + delta) & 0xffff;
          else {
            const p = rangeOffsets + s * 2 + rangeOffset + (c - start) * 2;
            glyph = cmap.readUInt16BE(p);
            if (glyph !== 0) glyph = (glyph + delta) & 0xffff;
          }
          if (glyph !== 0) codepoints.add(c);
        }
      }
      return codepoints;
    }
  }
  throw new Error('cmap: no Unicode subtable of format 4 or 12');
}

// ---------------------------------------------------------------------------------------------
// Drawing, in the page.

/**
 * Runs in about:blank as a classic script (a string, so that the TypeScript loader's helpers never
 * reach the page). Registers the font, then returns TinySDF's output for each codepoint.
 */
const PAGE_DRAW = `async function drawGlyphs({ family, weight, fontBase64, sdf, codepoints }) {
  const bytes = Uint8Array.from(atob(fontBase64), (c) => c.charCodeAt(0));
  const face = new FontFace(family, bytes.buffer, { weight: String(weight), style: 'normal' });
  await face.load();
  document.fonts.add(face);
  await document.fonts.load(weight + ' ' + sdf.fontSize + 'px "' + family + '"');
  const tinySDF = new TinySDF({ ...sdf, fontFamily: '"' + family + '"', fontWeight: String(weight) });
  return codepoints.map((id) => {
    const g = tinySDF.draw(String.fromCodePoint(id));
    let bitmap = '';
    for (let i = 0; i < g.data.length; i += 0x8000) {
      bitmap += String.fromCharCode(...g.data.subarray(i, i + 0x8000));
    }
    return {
      id, bitmap: btoa(bitmap), width: g.width, height: g.height,
      glyphWidth: g.glyphWidth, glyphHeight: g.glyphHeight, glyphLeft: g.glyphLeft,
      glyphTop: g.glyphTop, glyphAdvance: g.glyphAdvance,
    };
  });
}`;

interface Drawn {
  id: number;
  bitmap: string;
  width: number;
  height: number;
  glyphWidth: number;
  glyphHeight: number;
  glyphLeft: number;
  glyphTop: number;
  glyphAdvance: number;
}

/** MapLibre lays out format characters (gc=Cf) with zero advance; they have no ink to show. */
const isFormatChar = (id: number) => /^\p{gc=Cf}$/u.test(String.fromCodePoint(id));

function toGlyph(d: Drawn): Glyph | null {
  const bitmap = Buffer.from(d.bitmap, 'base64');
  const advance = Math.round(d.glyphAdvance);
  const inked = d.glyphWidth > 0 && d.glyphHeight > 0;
  if (isFormatChar(d.id) || (!inked && advance === 0)) return null;
  if (d.width !== d.glyphWidth + 2 * SDF.buffer || d.height !== d.glyphHeight + 2 * SDF.buffer) {
    throw new Error(`U+${d.id.toString(16)}: TinySDF bitmap is not glyph size + 2 × buffer`);
  }
  if (bitmap.length !== d.width * d.height) throw new Error(`U+${d.id.toString(16)}: bitmap size`);
  return {
    id: d.id,
    bitmap,
    width: d.glyphWidth,
    height: d.glyphHeight,
    left: d.glyphLeft, // an integer already (floor of the bounding box)
    top: d.glyphTop - BASELINE_OFFSET, // glyphTop is an integer already (ceil)
    advance,
  };
}

// ---------------------------------------------------------------------------------------------
// Encoding: the glyphs.proto that MapLibre's parse_glyph_pbf.ts reads.

function encodeRange(fontstack: string, range: string, glyphs: Glyph[]): Uint8Array {
  const pbf = new PbfWriter();
  pbf.writeMessage(
    1,
    (stack: { glyphs: Glyph[] }, w: PbfWriter) => {
      w.writeStringField(1, fontstack);
      w.writeStringField(2, range);
      for (const glyph of stack.glyphs) {
        w.writeMessage(
          3,
          (g: Glyph, gw: PbfWriter) => {
            gw.writeVarintField(1, g.id);
            gw.writeBytesField(2, g.bitmap);
            gw.writeVarintField(3, g.width);
            gw.writeVarintField(4, g.height);
            gw.writeSVarintField(5, g.left);
            gw.writeSVarintField(6, g.top);
            gw.writeVarintField(7, g.advance);
          },
          glyph,
        );
      }
    },
    { glyphs },
  );
  return pbf.finish();
}

// ---------------------------------------------------------------------------------------------

const sha256 = (b: Uint8Array) => createHash('sha256').update(b).digest('hex');
const kb = (n: number) => `${(n / 1024).toFixed(1)} KiB`;
const hex = (n: number) => `U+${n.toString(16).toUpperCase().padStart(4, '0')}`;

async function main() {
  const tinySdfVersion = JSON.parse(readFileSync(join(TINY_SDF, 'package.json'), 'utf8')).version;
  const fontsourceVersion = JSON.parse(
    readFileSync(join(FONTSOURCE, 'package.json'), 'utf8'),
  ).version;
  const tinySdfSource = readFileSync(join(TINY_SDF, 'index.js'), 'utf8');
  const classicSource = tinySdfSource.replace(/^export default class TinySDF\b/m, 'class TinySDF');
  if (classicSource === tinySdfSource) throw new Error('tiny-sdf: unexpected module shape');

  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: CHROMIUM_ARGS,
  });
  const chromiumVersion = browser.version();
  const written: { path: string; bytes: number; gzipped: number; glyphs: number }[] = [];
  const fontInfo: { name: string; file: string; sha: string; covered: number[] }[] = [];
  try {
    rmSync(OUT, { recursive: true, force: true });
    for (const font of FONTS) {
      const woff2 = readFileSync(join(FONTSOURCE, font.file));
      const cmap = cmapCodepoints(woff2Cmap(woff2));
      fontInfo.push({
        name: font.name,
        file: font.file,
        sha: sha256(woff2),
        covered: [...cmap].sort((a, b) => a - b),
      });

      // A fresh page per font, so each registers and draws with its own face only.
      const page = await browser.newPage();
      await page.goto('about:blank');
      await page.addScriptTag({ content: `${classicSource}\n${PAGE_DRAW}` });
      for (const start of RANGES) {
        const codepoints: number[] = [];
        for (let id = start; id < start + 256; id++) if (cmap.has(id)) codepoints.push(id);
        const args = {
          family: `straitwatch-glyphs-${font.weight}`,
          weight: font.weight,
          fontBase64: woff2.toString('base64'),
          sdf: SDF,
          codepoints,
        };
        const drawn = (await page.evaluate(`drawGlyphs(${JSON.stringify(args)})`)) as Drawn[];
        const glyphs = drawn.map(toGlyph).filter((g): g is Glyph => g !== null);
        const range = `${start}-${start + 255}`;
        const bytes = encodeRange(font.name, range, glyphs);
        const path = join(OUT, font.name, `${range}.pbf`);
        mkdirSync(dirname(path), { recursive: true });
        writeFileSync(path, bytes);
        written.push({
          path: `${font.name}/${range}.pbf`,
          bytes: bytes.length,
          gzipped: gzipSync(bytes, { level: 9 }).length,
          glyphs: glyphs.length,
        });
      }
      await page.close();
    }
  } finally {
    await browser.close();
  }

  const licence = join(FONTSOURCE, 'LICENSE');
  writeFileSync(join(OUT, 'OFL.txt'), readFileSync(licence));

  const outside = (fontInfo[0]?.covered ?? []).filter(
    (c) => !RANGES.some((start) => c >= start && c < start + 256),
  );
  const total = written.reduce((sum, w) => sum + w.bytes, 0);
  const totalGzipped = written.reduce((sum, w) => sum + w.gzipped, 0);
  const rangeChars = (start: number) =>
    (fontInfo[0]?.covered ?? [])
      .filter((c) => c >= start && c < start + 256)
      .map((c) => `${String.fromCodePoint(c)} (${hex(c)})`)
      .join(', ');
  const readme = `# Label glyphs

Pre-rendered signed-distance-field glyphs for the map's labels, in the classic MapLibre / Mapbox
\`glyphs\` format (\`{fontstack}/{range}.pbf\`, one protobuf per 256 codepoints). With these,
MapLibre decodes glyphs instead of rasterising each one with TinySDF on the main thread.

Generated by \`scripts/build/build-glyphs.ts\`; do not edit by hand.

## Source

| Font stack (\`text-font\`) | Weight | File | SHA-256 |
| --- | --- | --- | --- |
${fontInfo
  .map(
    (f, i) =>
      `| ${f.name} | ${FONTS[i]!.weight} | @fontsource/noto-sans@${fontsourceVersion} \`${f.file}\` | \`${f.sha.slice(0, 16)}…\` |`,
  )
  .join('\n')}

Noto Sans is © The Noto Project Authors, licensed under the SIL Open Font License 1.1: see
[OFL.txt](OFL.txt) (copied from the @fontsource/noto-sans package). These files are a derived
rendering of the font and are distributed under the same licence.

Rendered with @mapbox/tiny-sdf@${tinySdfVersion} (the copy MapLibre draws with) in headless
Chromium ${chromiumVersion}: font size ${SDF.fontSize} px, buffer ${SDF.buffer}, radius ${SDF.radius},
cutoff ${SDF.cutoff}. Metrics: \`width\`/\`height\` = TinySDF's glyph box, \`left\` = \`glyphLeft\`,
\`top\` = \`glyphTop - ${BASELINE_OFFSET}\`, \`advance\` = \`round(glyphAdvance)\`: this puts the ink
where MapLibre places the glyphs it draws itself (see the header of the script).

Only codepoints the font's cmap maps are included, so no browser fallback font leaks in.
Whitespace keeps its advance with an empty bitmap; format characters (Unicode category Cf, such
as U+00AD and U+200B) and empty zero-width glyphs are left out. The @fontsource \`latin\` subset
has almost nothing of Latin Extended-A: 256-511 holds only ${rangeChars(256)}.

Codepoints the font has outside these ranges, so not in these files (MapLibre requests the
missing range file, warns, and draws them locally): ${outside.map(hex).join(', ') || 'none'}.

## Files (${kb(total)} in all, ${kb(totalGzipped)} gzipped)

| File | Glyphs | Bytes | Gzipped |
| --- | ---: | ---: | ---: |
${written.map((w) => `| ${w.path} | ${w.glyphs} | ${w.bytes} | ${w.gzipped} |`).join('\n')}

## Regenerate

\`\`\`sh
npx tsx scripts/build/build-glyphs.ts
\`\`\`

Needs Chromium at \`/usr/bin/chromium\` (or \`CHROMIUM_PATH\`). The output is deterministic for the
same font files, tiny-sdf and Chromium build; another Chromium may rasterise a few pixels
differently.
`;
  writeFileSync(join(OUT, 'README.md'), readme);

  for (const w of written) {
    console.log(
      `${w.path.padEnd(34)} ${String(w.glyphs).padStart(4)} glyphs ${kb(w.bytes).padStart(10)} (${kb(w.gzipped)} gzipped)`,
    );
  }
  console.log(
    `total ${kb(total)} (${kb(totalGzipped)} gzipped) in ${written.length} files → ${OUT}`,
  );
  if (outside.length) console.log(`not in RANGES: ${outside.map(hex).join(' ')}`);
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
