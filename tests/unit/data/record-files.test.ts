/**
 * The record's files: byte for byte what their SHA256SUMS manifest says (a changed figure is
 * caught), each licence beside its tabulation, and read the same way on disk and over fetch.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readRecord } from '../../../src/lib/data/read-record';
import { readRecordFiles } from '../../../src/lib/data/read-record-files';
import { formatIssue } from '../../../src/lib/model/data-issue';
import { buildRecord } from '../../../src/lib/model/record/build-record';
import { TABULATIONS } from '../../../src/lib/model/record/record-tabulations';
import { GEODATA_DIR } from '../../support/geodata';

const DIR = join(GEODATA_DIR, 'record');

describe('geodata/record/', () => {
  const sums = readFileSync(join(DIR, 'SHA256SUMS'), 'utf8')
    .trim()
    .split('\n')
    .map((line) => /^([0-9a-f]{64}) {2}(\S+)$/.exec(line)!)
    .map((m) => [m[2]!, m[1]!] as const);

  it('holds exactly the files of its manifest, each with the SHA-256 it gives', () => {
    expect(
      readdirSync(DIR)
        .filter((f) => f !== 'SHA256SUMS')
        .sort(),
    ).toEqual(sums.map(([f]) => f).sort());
    for (const [file, sha256] of sums)
      expect(
        createHash('sha256')
          .update(readFileSync(join(DIR, file)))
          .digest('hex'),
        file,
      ).toBe(sha256);
  });

  it('ships every tabulation with its licence', () => {
    for (const t of TABULATIONS) {
      const names = sums.map(([f]) => `geodata/record/${f}`);
      expect(names).toContain(t.file);
      expect(names).toContain(t.licenceFile);
      expect(readFileSync(join(GEODATA_DIR, '..', t.licenceFile), 'utf8')).toMatch(/^MIT License/);
    }
  });
});

describe('readRecord', () => {
  const onDisk = readRecordFiles(GEODATA_DIR);
  const urlsOf = (files: readonly { file: string }[]) =>
    Object.fromEntries(files.map((f) => [`/${f.file}`, `/assets/${f.file}`]));
  const urls = urlsOf(onDisk.files);
  const side = { provenance: urlsOf([onDisk.provenance!]), regions: urlsOf([onDisk.regions!]) };
  const everyFile = [...onDisk.files, onDisk.provenance!, onDisk.regions!];

  it('fetches the CSVs, the provenance and the regions from the app’s origin and gives the files readRecordFiles reads', async () => {
    const fetched: string[] = [];
    const fetchText = (async (url: string) => {
      fetched.push(url);
      const file = everyFile.find((f) => url === `/assets/${f.file}`)!;
      return new Response(file.text);
    }) as typeof fetch;
    const files = await readRecord(fetchText, urls, side);
    expect(fetched.sort()).toEqual(
      [
        ...Object.values(urls),
        ...Object.values(side.provenance),
        ...Object.values(side.regions),
      ].sort(),
    );
    expect(onDisk.provenance!.file).toBe('geodata/record/provenance.json');
    expect(onDisk.regions!.file).toBe('geodata/regions/adiz-regions.geojson');
    expect(files).toEqual(onDisk);
  });

  it('names a file that cannot be read, and the other still loads', async () => {
    const fetchText = (async (url: string) =>
      url.includes('madeye')
        ? new Response('gone', { status: 404 })
        : new Response(everyFile.find((f) => url.endsWith(f.file))!.text)) as typeof fetch;
    const { record, issues } = buildRecord(await readRecord(fetchText, urls, side));
    expect(issues.map(formatIssue)).toEqual([
      'geodata/record/madeye-taiwan-strait-monitor.csv: could not be read (HTTP 404)',
    ]);
    expect(record.tabulations.map((t) => t.id)).toEqual(['eskim19']);
    expect(record.days).toHaveLength(1327);
  });
});
