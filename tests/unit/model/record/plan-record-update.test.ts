/**
 * planRecordUpdate without git: the 90 % guard at its edge, a refusal that plans no write at
 * all, and SHA256SUMS kept in step (other lines and their order kept).
 */
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { planRecordUpdate } from '../../../../src/lib/model/record/plan-record-update';
import type { RecordCsvRow } from '../../../../src/lib/model/record/record-csv-text';
import { recordCsvText } from '../../../../src/lib/model/record/record-csv-text';
import { replaceSha256Sums } from '../../../../src/lib/model/record/replace-sha256-sums';
import type { UpstreamSnapshot } from '../../../../src/lib/model/record/upstream-file';
import { tabulation } from '../../../support/record';
import { eskim19Json, madeyeJson, shippedRows } from '../../../support/upstream';

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');
const ESKIM19 = shippedRows('eskim19').slice(0, 10);
const MADEYE = shippedRows('madeye').slice(0, 10);

function snapshot(files: Record<string, string>): UpstreamSnapshot {
  return {
    repository: 'https://example.org/upstream.git',
    commit: 'a'.repeat(40),
    committed: '2026-08-22T09:30:00+00:00',
    read: '2026-12-03T18:00:00Z',
    files: Object.entries(files).map(([path, text]) => ({
      path,
      bytes: new TextEncoder().encode(text),
      sha256: sha256(text),
    })),
  };
}

function plan(eskim19: readonly RecordCsvRow[]) {
  const madeyeFiles = Object.fromEntries(
    MADEYE.map((r) => [`data/daily/${r.report_date}.json`, JSON.stringify(madeyeJson(r))]),
  );
  return planRecordUpdate({
    snapshots: {
      eskim19: snapshot({ 'docs/data/tension.json': JSON.stringify(eskim19Json(eskim19)) }),
      madeye: snapshot(madeyeFiles),
    },
    current: {
      [tabulation('eskim19').file]: recordCsvText(tabulation('eskim19'), ESKIM19),
      [tabulation('madeye').file]: recordCsvText(tabulation('madeye'), MADEYE),
      'geodata/record/SHA256SUMS': `${'0'.repeat(64)}  eskim19-taiwan-strait-tracker.csv\n${'1'.repeat(64)}  LICENSE.txt\n`,
    },
    sha256,
  });
}

describe('planRecordUpdate', () => {
  it('accepts a tabulation that still yields 90 % of the record’s rows, and reports the rest removed', () => {
    const planned = plan(ESKIM19.slice(0, 9));
    expect(planned.ok).toBe(true);
    if (!planned.ok) return;
    expect(planned.updates[0]!.changes.removed).toEqual([ESKIM19[9]!.report_date]);
    expect(planned.writes.map((w) => w.file)).toEqual([
      'geodata/record/eskim19-taiwan-strait-tracker.csv',
      'geodata/record/provenance.json',
      'geodata/record/SHA256SUMS',
    ]);
    const sums = planned.writes.find((w) => w.file.endsWith('SHA256SUMS'))!.text.split('\n');
    expect(sums[0]).toBe(
      `${sha256(recordCsvText(tabulation('eskim19'), ESKIM19.slice(0, 9)))}  eskim19-taiwan-strait-tracker.csv`,
    );
    expect(sums[1]).toBe(`${'1'.repeat(64)}  LICENSE.txt`);
    expect(sums.slice(2, 4).map((l) => l.slice(66))).toEqual([
      'madeye-taiwan-strait-monitor.csv',
      'provenance.json',
    ]);
  });

  it('refuses, planning no write, below 90 % of the record’s rows', () => {
    expect(plan(ESKIM19.slice(0, 8))).toEqual({
      ok: false,
      refusals: [
        'eskim19: https://example.org/upstream.git at aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa yields 8 valid rows (0 refused), but the record holds 10 for it (at least 90 % are needed, and never none): its format may have changed',
      ],
    });
  });
});

describe('replaceSha256Sums', () => {
  it('replaces the lines of the files given, keeps the others in order, adds the new ones', () => {
    const a = 'a'.repeat(64);
    const b = 'b'.repeat(64);
    const c = 'c'.repeat(64);
    expect(replaceSha256Sums(`${a}  x.csv\n${b}  LICENSE.txt\n`, { 'x.csv': c, 'y.json': a })).toBe(
      `${c}  x.csv\n${b}  LICENSE.txt\n${a}  y.json\n`,
    );
  });
});
