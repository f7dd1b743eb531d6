/**
 * A dispatch in MND's format or in wire copy is set against the record like a curated source:
 * the fixtures written with the figures of real record days agree with it, the one for
 * 2026-03-15 sides with madeye against eskim19, and an invented one disagrees.
 */
import { describe, expect, it } from 'vitest';
import { extractIncidents } from '../../../src/lib/ingest/extract-incidents';
import { incidentVerdicts } from '../../../src/lib/model/record/count-verdict';
import { recordWitnesses } from '../../../src/lib/model/record/record-witnesses';
import { dispatchFixtures, repoGazetteer, repoLayers } from '../../support/ingest';
import { repoRecord } from '../../support/record';

const { record } = repoRecord();

function verdictsOf(name: string) {
  const f = dispatchFixtures().find((x) => x.name === name)!;
  const sources = new Map([[f.meta.id, { meta: f.meta, text: f.text }]]);
  const { drafts } = extractIncidents({
    source: f.meta,
    text: f.text,
    gazetteer: repoGazetteer(),
    layers: repoLayers(),
  });
  const incidents = drafts.map((d) => d.incident);
  return {
    incidents,
    sources,
    verdicts: incidents.flatMap((i) => incidentVerdicts(i, record, sources)),
  };
}

/** Each verdict as "value measure: verdict (eskim19 recorded, madeye recorded)". */
const summary = (name: string) =>
  verdictsOf(name).verdicts.map(
    (v) =>
      `${v.count.value} ${v.count.measure?.kind}: ${v.verdict} @${v.report?.date} (${v.figures
        .filter((f) => f.measure !== 'regions' && !f.separate)
        .map((f) => `${f.tabulation} ${f.recorded ?? f.verdict}`)
        .join(', ')})`,
  );

describe('dispatches against the record', () => {
  it('finds MND’s report of 1 October 2025 in both tabulations, regions too', () => {
    expect(summary('mnd-2025-10-01-daily-report')).toEqual([
      '12 aircraft-detected: agrees @2025-10-01 (eskim19 12, madeye 12)',
      '8 navy-vessels: agrees @2025-10-01 (eskim19 8, madeye 8)',
      '3 official-ships: agrees @2025-10-01 (eskim19 3, madeye 3)',
      '7 aircraft-median-or-adiz: agrees @2025-10-01 (eskim19 7, madeye 7)',
    ]);
    const seven = verdictsOf('mnd-2025-10-01-daily-report').verdicts[3]!;
    expect(
      seven.figures.find((f) => f.measure === 'regions' && f.tabulation === 'madeye'),
    ).toMatchObject({
      verdict: 'agrees',
      recorded: ['north', 'southwest', 'southeast'],
    });
  });

  it('finds “111 out of 153 aircraft” in the report of 15 October 2024', () => {
    expect(summary('mnd-2024-10-15-daily-report')).toEqual([
      '153 aircraft-detected: agrees @2024-10-15 (eskim19 153, madeye no-day)',
      '14 navy-vessels: agrees @2024-10-15 (eskim19 14, madeye no-day)',
      '12 official-ships: agrees @2024-10-15 (eskim19 12, madeye no-day)',
      '111 aircraft-median-or-adiz: agrees @2024-10-15 (eskim19 111, madeye no-day)',
    ]);
  });

  it('reads wire copy: “in the 24 hours to 6 a.m.”, “coast guard vessels”, “Ninety of the aircraft”', () => {
    expect(summary('wire-2025-12-30-ninety-of-the-aircraft')).toEqual([
      '130 aircraft-detected: agrees @2025-12-30 (eskim19 130, madeye 130)',
      '14 navy-vessels: agrees @2025-12-30 (eskim19 14, madeye 14)',
      '8 official-ships: agrees @2025-12-30 (eskim19 8, madeye 8)',
      '90 aircraft-median-or-adiz: agrees @2025-12-30 (eskim19 90, madeye 90)',
    ]);
  });

  it('takes Tuesday’s activity to Wednesday’s report', () => {
    expect(summary('wire-2025-04-02-of-those-aircraft')).toEqual([
      '76 aircraft-detected: agrees @2025-04-02 (eskim19 76, madeye no-day)',
      '15 navy-vessels: agrees @2025-04-02 (eskim19 15, madeye no-day)',
      '4 official-ships: agrees @2025-04-02 (eskim19 4, madeye no-day)',
      '37 aircraft-median-or-adiz: agrees @2025-04-02 (eskim19 37, madeye no-day)',
    ]);
  });

  it('sides with one tabulation where they disagree, and is a witness for that day', () => {
    const { incidents, sources, verdicts } = verdictsOf('wire-2026-03-15-tabulations-disagree');
    expect(summary('wire-2026-03-15-tabulations-disagree')).toEqual([
      '26 aircraft-detected: agrees @2026-03-15 (eskim19 26, madeye 26)',
      '16 aircraft-median-or-adiz: disagrees @2026-03-15 (eskim19 0, madeye 16)',
    ]);
    expect(verdicts[1]!.tabulationsDisagree).toBe(true);
    const witnesses = recordWitnesses(incidents, sources).get('2026-03-15')!;
    expect(witnesses.map((w) => w.count.value)).toEqual([26, 16]);
    expect(witnesses[1]!.quote.text).toContain('16 of which crossed the median line');
  });

  it('disagrees where an invented dispatch does', () => {
    // The report of 15 April 2023 holds 8 aircraft, 5 ships and 3 over the median line.
    expect(summary('mnd-2023-04-15-median-line')).toEqual([
      '13 aircraft-detected: disagrees @2023-04-15 (eskim19 8, madeye no-day)',
      '3 navy-vessels: disagrees @2023-04-15 (eskim19 5, madeye no-day)',
      '4 aircraft-median-or-adiz: disagrees @2023-04-15 (eskim19 3, madeye no-day)',
    ]);
  });
});
