/**
 * The seed article's figures set against the record, as the issue expects them: the 54 of 10
 * April agrees with the report of 11 April; the 18 aircraft and four warships of 17 April agree;
 * the four that passed the southwestern ADIZ against eskim19's 0 is a disagreement; the claim
 * "the highest … since October 2021" is checked where the record reaches and says where it does
 * not. And the other verdicts: no such day, no such figure, not compared.
 */
import { describe, expect, it } from 'vitest';
import { deepFreeze } from '../../../../src/lib/model/parse-feature-collection';
import { countVerdict, incidentVerdicts } from '../../../../src/lib/model/record/count-verdict';
import { recordWitnesses } from '../../../../src/lib/model/record/record-witnesses';
import { compareIncidents } from '../../../../src/lib/model/compare-incidents';
import { rememberExtension } from '../../../../src/lib/model/incidents-extension';
import type { Count, Incident } from '../../../../src/lib/model/schema';
import type { Source } from '../../../../src/lib/model/source';
import { SYNTHETIC_OUTLET } from '../../../../src/lib/model/synthetic-source';
import { repoModel } from '../../../support/geodata';
import { repoRecord } from '../../../support/record';

const model = repoModel();
const { record } = repoRecord();
const seed = (id: string) => model.incidents.find((i) => i.id === `dm-2023-04-17-${id}`)!;
const ADIZ_54 = seed('pla-aircraft-adiz-54');
const MND_17 = seed('taiwan-mnd-warships-aircraft');

/** The 17 April incident with its date and first count changed. */
function createIncident(
  date: Partial<Incident['properties']['date']>,
  count: Partial<Count> = {},
  measure: Partial<NonNullable<Count['measure']>> = {},
): Incident {
  const p = MND_17.properties;
  const first = p.counts![1]!;
  return deepFreeze({
    ...MND_17,
    properties: {
      ...p,
      date: { ...p.date, ...date },
      counts: [{ ...first, ...count, measure: { ...first.measure!, ...measure } }],
    },
  });
}

describe('the seed article against the record', () => {
  it('finds the 54 of 10 April in the report of 11 April: it agrees', () => {
    const v = countVerdict(ADIZ_54, 0, record, model.sources);
    expect(v.verdict).toBe('agrees');
    expect(v.report).toEqual({
      date: '2023-04-11',
      window: { start: '2023-04-10T06:00:00+08:00', end: '2023-04-11T06:00:00+08:00' },
      how: "activity on 10 April 2023 → MND's report of 11 April 2023, whose window, 10 April 2023 06:00 → 11 April 2023 06:00 (UTC+8), covers most of that day",
    });
    expect(v.figures.filter((f) => f.measure === 'aircraft-median-or-adiz')).toEqual([
      {
        tabulation: 'eskim19',
        measure: 'aircraft-median-or-adiz',
        verdict: 'agrees',
        reported: 54,
        recorded: 54,
        file: 'geodata/record/eskim19-taiwan-strait-tracker.csv',
        line: 136,
        text: 'eskim19: 54, agrees',
      },
      {
        tabulation: 'madeye',
        measure: 'aircraft-median-or-adiz',
        verdict: 'no-day',
        reported: 54,
        text: "madeye: no row for MND's report of 11 April 2023 (its tabulation starts on 1 October 2025)",
      },
    ]);
    // The day the verdict points at holds 91 aircraft in all.
    expect(record.byDate.get(v.report!.date)!.readings[0]!.figures['aircraft-detected']).toBe(91);
    expect(v.text).toBe(
      "Agrees with the record: 54 aircraft that crossed the median line or entered the ADIZ, against MND's report of 11 April 2023: eskim19: 54, agrees; madeye: no row for MND's report of 11 April 2023 (its tabulation starts on 1 October 2025).",
    );
  });

  it('says the regions are not in eskim19', () => {
    const regions = countVerdict(ADIZ_54, 0, record, model.sources).figures.filter(
      (f) => f.measure === 'regions',
    );
    expect(regions).toEqual([
      expect.objectContaining({
        tabulation: 'eskim19',
        verdict: 'no-figure',
        text: 'eskim19: does not tabulate the ADIZ regions named',
      }),
    ]);
  });

  it('finds the 18 aircraft and four warships of 17 April in the report of 17 April, and the four in the southwestern ADIZ disagreeing with eskim19’s 0', () => {
    const [ships, aircraft, four] = incidentVerdicts(MND_17, record, model.sources);
    expect(ships!.report!.date).toBe('2023-04-17');
    expect([ships!.verdict, aircraft!.verdict, four!.verdict]).toEqual([
      'agrees',
      'agrees',
      'disagrees',
    ]);
    expect(ships!.figures[0]).toMatchObject({ measure: 'navy-vessels', reported: 4, recorded: 4 });
    expect(aircraft!.figures[0]).toMatchObject({
      measure: 'aircraft-detected',
      reported: 18,
      recorded: 18,
    });
    expect(four!.figures[0]).toMatchObject({
      tabulation: 'eskim19',
      measure: 'aircraft-median-or-adiz',
      verdict: 'disagrees',
      reported: 4,
      recorded: 0,
      text: "eskim19: 0, disagrees with the source's 4 (a 0 in a tabulation may be its parser missing the figure)",
    });
    expect(four!.text).toMatch(
      /^Disagrees with the record: 4 aircraft that crossed the median line or entered the ADIZ, against MND's report of 17 April 2023/,
    );
  });

  it('checks “the highest … since October 2021” where the record reaches, and says it does not reach back', () => {
    const claim = countVerdict(ADIZ_54, 0, record, model.sources).claim!;
    expect(claim).toMatchObject({
      verdict: 'agrees',
      coverage: 'part',
      tabulations: [
        {
          tabulation: 'eskim19',
          coverage: 'part',
          from: '2022-11-16',
          highest: { value: 45, date: '2023-04-09' },
        },
        { tabulation: 'madeye', coverage: 'none' },
      ],
    });
    expect(claim.text).toBe(
      'No day in the record before 11 April 2023 has more than 54 aircraft that crossed the median line or entered the ADIZ (eskim19 from 16 November 2022: at most 45, in the report of 9 April 2023); the record does not reach back to October 2021 (it starts on 16 November 2022), so the claim is checked from then only.',
    );
  });

  it('says the record never has troops taking part', () => {
    const [troops] = incidentVerdicts(seed('balikatan-live-fire'), record, model.sources);
    expect(troops).toMatchObject({
      verdict: 'no-figure',
      text: "The record has no such figure: MND's daily report never counts troops taking part.",
      figures: [],
    });
  });

  it('says the record has no column for balloons, though MND reports them', () => {
    const balloon = createIncident(
      {},
      { unit: 'balloons', value: 1, basis: '1', what: 'balloon' },
      { kind: 'balloons-detected', words: 'was detected', dated: 'report' },
    );
    expect(countVerdict(balloon, 0, record, model.sources)).toMatchObject({
      verdict: 'no-figure',
      text: "The record has no such figure: MND's reports give balloons detected around Taiwan, but neither tabulation has a column for them.",
      figures: [],
    });
  });
});

describe('countVerdict', () => {
  const verdictOf = (incident: Incident) => countVerdict(incident, 0, record, model.sources);

  it.each([
    ['2022-11-10', 'its tabulation starts on 16 November 2022'],
    ['2026-08-22', 'its tabulation ends on 21 August 2026'],
    ['2022-12-25', 'one of the 48 days missing from its tabulation'],
  ])('has no such day for a report of %s: %s', (date, why) => {
    const v = verdictOf(createIncident({ value: date }));
    expect(v.figures.find((f) => f.tabulation === 'eskim19')!.text).toContain(why);
  });

  it('gives “no such day” when no tabulation has the report', () => {
    expect(verdictOf(createIncident({ value: '2022-11-10' })).verdict).toBe('no-day');
  });

  it('keeps both readings where the tabulations disagree, and the source’s figure sides with one', () => {
    // 2026-03-15: eskim19 read 0 aircraft over the median line, madeye 16.
    const v = verdictOf(
      createIncident(
        { value: '2026-03-15' },
        { value: 16, basis: '18' },
        { kind: 'aircraft-median-or-adiz' },
      ),
    );
    expect(v.tabulationsDisagree).toBe(true);
    expect(v.verdict).toBe('disagrees');
    expect(
      v.figures.map((f) => [f.tabulation, f.measure, f.recorded, f.verdict, f.separate ?? false]),
    ).toEqual([
      ['eskim19', 'aircraft-median-or-adiz', 0, 'disagrees', false],
      ['madeye', 'aircraft-median-or-adiz', 16, 'agrees', false],
      ['madeye', 'aircraft-entered-adiz', 16, 'agrees', true],
    ]);
    expect(v.figures[1]!.url).toMatch(/^https:\/\/www\.mnd\.gov\.tw\//);
  });

  it('reads qualifiers: “at least 20” fits 45, “more than 45” does not', () => {
    const atLeast = verdictOf(
      createIncident({ value: '2023-08-20' }, { value: 20, qualifier: 'at least' }),
    );
    expect(atLeast.figures[0]).toMatchObject({
      recorded: 45,
      verdict: 'agrees',
      text: 'eskim19: 45, consistent with “at least 20”',
    });
    const moreThan = verdictOf(
      createIncident({ value: '2023-08-20' }, { value: 45, qualifier: 'more than' }),
    );
    expect(moreThan.verdict).toBe('disagrees');
  });

  it('takes a count dated by its activity to the next day’s report', () => {
    const v = verdictOf(
      createIncident({ value: '2023-04-08' }, { value: 71 }, { dated: 'activity' }),
    );
    expect(v.report!.date).toBe('2023-04-09');
    expect(v.verdict).toBe('agrees');
  });

  it('does not compare a count whose date is not a day, or one with no measure', () => {
    expect(verdictOf(createIncident({ value: '2023-04-10', precision: 'week' })).text).toBe(
      "Not compared: the count's date is week of 10 April 2023, not a single day, so no one report covers it.",
    );
    const p = MND_17.properties;
    const bare = deepFreeze({
      ...MND_17,
      properties: { ...p, counts: [{ ...p.counts![1]!, measure: undefined }] },
    });
    expect(verdictOf(bare).verdict).toBe('not-compared');
  });

  it('never sets synthetic data against the record', () => {
    const source = model.sources.get('dailymail-2023-04-17')!;
    const synthetic = new Map<string, Source>([
      [source.meta.id, { ...source, meta: { ...source.meta, outlet: SYNTHETIC_OUTLET } }],
    ]);
    const v = countVerdict(ADIZ_54, 0, record, synthetic);
    expect(v).toMatchObject({ verdict: 'not-compared', figures: [] });
    expect(v.text).toBe(
      'Not compared: synthetic data (“Straitwatch synthetic data (not real reporting)”), invented, never set against the record.',
    );
    expect(recordWitnesses([ADIZ_54], synthetic).size).toBe(0);
  });
});

describe('recordWitnesses', () => {
  it('lists the counts that refer to each report, with their verbatim quotes', () => {
    const witnesses = recordWitnesses(model.incidents, model.sources);
    expect([...witnesses.keys()].sort()).toEqual(['2023-04-11', '2023-04-17']);
    expect(
      witnesses.get('2023-04-17')!.map((w) => `${w.count.value} ${w.count.measure!.kind}`),
    ).toEqual(['4 navy-vessels', '18 aircraft-detected', '4 aircraft-median-or-adiz']);
    const [w54] = witnesses.get('2023-04-11')!;
    expect(w54!.incident).toBe(ADIZ_54.id);
    expect(w54!.quote.text).toContain('54 Chinese aircraft had entered');
    expect(model.sources.get(w54!.quote.source)!.text.slice(w54!.quote.start, w54!.quote.end)).toBe(
      w54!.quote.text,
    );
  });

  it('reads only the added incidents of a list made on top of another, to the same map', () => {
    // Each incident with a witness, taken out and put back as an import would: its witnesses
    // go in among the others' at the place a reading of the whole list gives them.
    // Two more witnesses of the report of 17 April, one sorting before the article's and one
    // after it, so that an incident put back lands between others.
    const copy = (id: string) => deepFreeze({ ...MND_17, id });
    const all = [...model.incidents, copy('dm-2023-04-17-a'), copy('dm-2023-04-17-z')].sort(
      compareIncidents,
    );
    const witnessed = [...recordWitnesses(all, model.sources).values()]
      .flat()
      .map((w) => w.incident);
    expect(new Set(witnessed).size).toBe(4);
    expect(
      new Set(
        recordWitnesses(all, model.sources)
          .get('2023-04-17')!
          .map((w) => w.incident),
      ),
    ).toEqual(new Set(['dm-2023-04-17-a', MND_17.id, 'dm-2023-04-17-z']));
    for (const id of new Set(witnessed)) {
      const row = all.findIndex((i) => i.id === id);
      const base = all.filter((i) => i.id !== id);
      const next = [...all];
      rememberExtension(next, { base, addedRows: new Int32Array([row]) });
      const earlier = recordWitnesses(base, model.sources);
      const extended = recordWitnesses(next, model.sources);
      // The whole list read again (a copy has no extension) gives the same map, in order.
      expect(extended).toEqual(recordWitnesses([...next], model.sources));
      expect([...extended.values()].flat().filter((w) => w.incident === id)).not.toHaveLength(0);
      // A report the added incident does not witness keeps the earlier list itself.
      for (const [date, list] of earlier)
        if (!extended.get(date)!.some((w) => w.incident === id))
          expect(extended.get(date)).toBe(list);
      // The earlier map is not changed.
      expect([...earlier.values()].flat().some((w) => w.incident === id)).toBe(false);
    }
  });

  it('keeps the earlier map itself when the added incidents witness no report', () => {
    const unwitnessed = model.incidents.findIndex((i) => i.id !== MND_17.id && i.id !== ADIZ_54.id);
    const base = model.incidents.filter((_, row) => row !== unwitnessed);
    const next = [...model.incidents];
    rememberExtension(next, { base, addedRows: new Int32Array([unwitnessed]) });
    const earlier = recordWitnesses(base, model.sources);
    expect(recordWitnesses(next, model.sources)).toBe(earlier);
  });

  it('reads the whole list again when a source the earlier one had is gone', () => {
    const base = model.incidents.filter((i) => i.id !== MND_17.id);
    const next = [...model.incidents];
    rememberExtension(next, {
      base,
      addedRows: new Int32Array([model.incidents.indexOf(MND_17)]),
    });
    recordWitnesses(base, model.sources);
    const source = ADIZ_54.properties.quotes[0]!.source;
    const fewer = new Map([...model.sources].filter(([id]) => id !== source));
    expect(recordWitnesses(next, fewer)).toEqual(recordWitnesses([...next], fewer));
  });
});
