/**
 * `npm run ingest` on a temporary copy of geodata/: the source is stored with its hash, the
 * drafts are written where the dashboard does not load them, and `verify` accepts the result.
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as v from 'valibot';
import { afterEach, describe, expect, it } from 'vitest';
import { ingest, ingestReport, sourceId } from '../../../scripts/commands/ingest';
import { readVerifyInput } from '../../../scripts/commands/verify';
import { verifyGeodata } from '../../../src/lib/ingest/verify-geodata';
import { formatIssue } from '../../../src/lib/model/data-issue';
import { incidentFeatureSchema, sourceMetaSchema } from '../../../src/lib/model/schema';
import { copyGeodata, DISPATCH_DIR, removeGeodataCopies } from '../../support/ingest';

const DISPATCH = `${DISPATCH_DIR}mnd-2023-04-15-median-line.txt`;

afterEach(removeGeodataCopies);

const options = (root: string) => ({
  root,
  textFile: DISPATCH,
  published: '2023-04-15',
  outlet: 'Taiwan MND',
  title: 'Chinese aircraft and warships detected around Taiwan',
});

describe('ingest', () => {
  it('stores the text with its metadata and hash, and writes valid drafts that verify accepts', async () => {
    const root = copyGeodata();
    const result = await ingest(options(root));
    const id = 'taiwan-mnd-2023-04-15';
    const text = readFileSync(DISPATCH, 'utf8');
    expect(readFileSync(join(root, `sources/${id}.txt`), 'utf8')).toBe(text);
    const meta = JSON.parse(readFileSync(join(root, `sources/${id}.json`), 'utf8'));
    expect(v.parse(sourceMetaSchema, meta)).toEqual({
      id,
      outlet: 'Taiwan MND',
      title: 'Chinese aircraft and warships detected around Taiwan',
      published: '2023-04-15',
      added: new Date().toISOString().slice(0, 10),
      language: 'en',
      sha256: createHash('sha256').update(text).digest('hex'),
    });
    const drafts = JSON.parse(readFileSync(join(root, `incidents/drafts/${id}.geojson`), 'utf8'));
    expect(drafts.type).toBe('FeatureCollection');
    expect(drafts.features).toHaveLength(1);
    for (const f of drafts.features)
      expect(v.safeParse(incidentFeatureSchema, f).success).toBe(true);
    expect(result.written).toHaveLength(3);

    const report = verifyGeodata(readVerifyInput(root));
    expect([...report.errors, ...report.draftErrors].map(formatIssue)).toEqual([]);
    expect(report.totals).toMatchObject({ sources: 2, drafts: 1, draftFiles: 1 });
  });

  it('keeps drafts out of the curated incidents the dashboard loads', async () => {
    const root = copyGeodata();
    await ingest(options(root));
    expect(existsSync(join(root, 'incidents/taiwan-mnd-2023-04-15.geojson'))).toBe(false);
    expect(verifyGeodata(readVerifyInput(root)).totals.incidents).toBe(27);
  });

  it('refuses to overwrite a source unless forced', async () => {
    const root = copyGeodata();
    await ingest(options(root));
    await expect(ingest(options(root))).rejects.toThrow(
      /already exist: pick another --id, or --force/,
    );
    await expect(ingest({ ...options(root), force: true })).resolves.toBeDefined();
  });

  it('refuses metadata the schema refuses, naming the field', async () => {
    const root = copyGeodata();
    await expect(ingest({ ...options(root), published: '2023-02-30' })).rejects.toThrow(
      'source metadata › taiwan-mnd-2023-02-30 › published: is not a real calendar date',
    );
  });

  it('refuses a text with a byte that is not UTF-8, with its offset, and writes nothing', async () => {
    const root = copyGeodata();
    const textFile = join(root, '..', 'latin1.txt');
    writeFileSync(textFile, Buffer.from('Taipei, 15 April: Caf\xe9 talks.\n', 'latin1'));
    await expect(ingest({ ...options(root), textFile })).rejects.toThrow(
      `${textFile}: invalid UTF-8 at byte 21 (0xE9, counting from 0)`,
    );
    expect(existsSync(join(root, 'sources/taiwan-mnd-2023-04-15.txt'))).toBe(false);
  });

  it('reports each draft in one line and the notes with their line numbers', async () => {
    const root = copyGeodata();
    const result = await ingest(options(root));
    const lines = ingestReport(result, readFileSync(DISPATCH, 'utf8'));
    expect(lines).toContainEqual(
      expect.stringMatching(
        /^ {2}taiwan-mnd-2023-04-15-draft-01 {2}0\.\d\d {2}2023-04-15 \(day, weekday\) {2}air-activity {2}adiz\/taiwan-adiz-southeast {2}\[13 aircraft aircraft-detected\/report, 3 ships navy-vessels\/report, 4 aircraft aircraft-median-or-adiz\/report of 13\]$/,
      ),
    );
    // "four of which crossed the median line" is a part of the 13 now, not a note.
    expect(lines.some((l) => l.includes('four of which'))).toBe(false);
  });

  it('works from the command line', () => {
    const root = copyGeodata();
    const out = execFileSync(
      'npx',
      [
        'tsx',
        'scripts/commands/ingest.ts',
        DISPATCH,
        '--published',
        '2023-04-15',
        '--outlet',
        'Taiwan MND',
        '--title',
        'Daily report',
        '--root',
        root,
      ],
      { encoding: 'utf8' },
    );
    expect(out).toMatch(/^Stored taiwan-mnd-2023-04-15 \(sha256 [0-9a-f]{12}…\):/);
    expect(existsSync(join(root, 'incidents/drafts/taiwan-mnd-2023-04-15.geojson'))).toBe(true);
  }, 60_000);
});

describe('sourceId', () => {
  it.each([
    ['Taiwan MND', '2023-04-15', 'taiwan-mnd-2023-04-15'],
    ['Daily Mail (MailOnline)', '2023-04-17', 'daily-mail-mailonline-2023-04-17'],
    ['Agence France-Presse — Paris', '2023-01-02', 'agence-france-presse-paris-2023-01-02'],
    ['Le Monde diplomatique', '2023-01-02', 'le-monde-diplomatique-2023-01-02'],
    ['中央社', '2023-01-02', 'source-2023-01-02'],
  ])('%s, %s → %s', (outlet, day, id) => {
    expect(sourceId(outlet, day)).toBe(id);
  });
});
