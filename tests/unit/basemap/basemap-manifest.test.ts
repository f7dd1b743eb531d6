/**
 * The committed basemap is exactly what its generator wrote. geodata/basemap/manifest.json
 * lists each file's size and SHA-256 and the versions of the packages that made it; the files
 * must match it byte for byte (a hand edit, a reformat or a partial regeneration is caught) and
 * the versions must be the ones pinned in tools/basemap/package-lock.json. This runs without the
 * basemap tools installed; `npm run basemap -- --check` is the full rebuild-and-compare.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { GEODATA_DIR } from '../../support/geodata';

interface BasemapManifest {
  generator: string;
  versions: Record<string, string>;
  files: { file: string; bytes: number; sha256: string }[];
}

const dir = `${GEODATA_DIR}/basemap`;
const manifest = JSON.parse(readFileSync(`${dir}/manifest.json`, 'utf8')) as BasemapManifest;
const toolsLock = JSON.parse(readFileSync('tools/basemap/package-lock.json', 'utf8')) as {
  packages: Record<string, { version?: string }>;
};

describe('the committed basemap matches its manifest', () => {
  it.each(manifest.files.map((f) => [f.file, f] as const))('%s', (_, entry) => {
    const bytes = readFileSync(`${dir}/${entry.file}`);
    expect(bytes.length).toBe(entry.bytes);
    expect(createHash('sha256').update(bytes).digest('hex')).toBe(entry.sha256);
  });

  it('lists every GeoJSON file in the folder', () => {
    const onDisk = readdirSync(dir).filter((f) => f.endsWith('.geojson'));
    expect(manifest.files.map((f) => f.file).sort()).toEqual(onDisk.sort());
  });

  it('was made by the generator in tools/basemap with the versions its lock pins', () => {
    expect(existsSync(manifest.generator)).toBe(true);
    expect(Object.keys(manifest.versions).length).toBeGreaterThanOrEqual(4);
    for (const [name, version] of Object.entries(manifest.versions))
      expect(toolsLock.packages[`node_modules/${name}`]?.version, name).toBe(version);
  });
});
