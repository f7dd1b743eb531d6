/**
 * readGeodataFiles (the Node reader of geodata/ for the tests and commands) decodes every file
 * strictly, as the browser's reader does: invalid UTF-8 is a read issue naming the file and the
 * byte, and the other files still load.
 */
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readGeodataFiles } from '../../../src/lib/data/read-geodata-files';
import { formatIssue } from '../../../src/lib/model/data-issue';
import { GEODATA_DIR } from '../../support/geodata';

const ROOT = mkdtempSync(join(tmpdir(), 'straitwatch-geodata-'));
afterAll(() => rmSync(ROOT, { recursive: true, force: true }));

describe('readGeodataFiles', () => {
  it('refuses a file with an invalid UTF-8 byte by name and offset, and reads the rest', () => {
    const root = join(ROOT, 'geodata');
    cpSync(GEODATA_DIR, root, { recursive: true });
    const text = Buffer.from(
      '{"type":"FeatureCollection","name":"Caf\xe9","features":[]}',
      'latin1',
    );
    writeFileSync(join(root, 'g7-japan-2023.geojson'), text);
    const files = readGeodataFiles(root);
    expect(files.readIssues?.map(formatIssue)).toEqual([
      'geodata/g7-japan-2023.geojson: invalid UTF-8 at byte 39 (0xE9, counting from 0): save the file as UTF-8, or as UTF-16 with a byte-order mark',
    ]);
    expect(files.layers.map((l) => l.layerId)).not.toContain('g7-japan-2023');
    expect(files.layers.length).toBeGreaterThan(0);
    expect(files.sources).toHaveLength(1);
  });
});
