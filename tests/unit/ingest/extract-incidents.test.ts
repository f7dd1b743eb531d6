import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { extractIncidents } from '../../../src/lib/ingest/extract-incidents';
import { incidentIssues } from '../../../src/lib/model/incident-issues';
import { deepFreeze } from '../../../src/lib/model/parse-feature-collection';
import { incidentFeatureSchema, type SourceMeta } from '../../../src/lib/model/schema';
import { repoModel } from '../../support/geodata';
import {
  createSourceMetaFor,
  dispatchFixtures,
  repoGazetteer,
  repoLayers,
} from '../../support/ingest';

const extract = (text: string, meta: SourceMeta = createSourceMetaFor(text)) =>
  extractIncidents(
    deepFreeze({ source: meta, text, gazetteer: repoGazetteer(), layers: repoLayers() }),
  );

const DISPATCH =
  "Taiwan's defence ministry said on Saturday it had detected 13 Chinese aircraft and three warships around the island by 6 a.m., four of which crossed the median line into its southeast ADIZ.";

describe('extractIncidents', () => {
  it('reads the ministry dispatch as one incident with its date, counts and zone', () => {
    const { drafts } = extract(
      DISPATCH,
      createSourceMetaFor(DISPATCH, { published: '2023-04-15' }),
    );
    expect(drafts).toHaveLength(1);
    const p = drafts[0]!.incident.properties;
    expect(p.date).toMatchObject({
      value: '2023-04-15',
      precision: 'day',
      rule: 'weekday',
      basis: 'on Saturday',
    });
    // "by 6 a.m.": the figures are the report's; "four of which" is a part of the 13.
    expect(p.counts).toEqual([
      {
        unit: 'aircraft',
        value: 13,
        basis: '13',
        quote: 0,
        what: 'Chinese aircraft',
        measure: { kind: 'aircraft-detected', words: 'had detected', dated: 'report' },
      },
      {
        unit: 'ships',
        value: 3,
        basis: 'three',
        quote: 0,
        what: 'warships',
        measure: { kind: 'navy-vessels', words: 'warships', dated: 'report' },
      },
      {
        unit: 'aircraft',
        value: 4,
        basis: 'four',
        quote: 0,
        what: 'Chinese aircraft',
        measure: {
          kind: 'aircraft-median-or-adiz',
          words: 'crossed the median line into its southeast ADIZ',
          regions: ['southeast'],
          of: 0,
          dated: 'report',
        },
      },
    ]);
    expect(p.place).toMatchObject({
      feature: 'adiz/taiwan-adiz-southeast',
      precision: 'schematic',
    });
    expect(p.category).toBe('air-activity');
    expect(p.quotes).toEqual([
      { source: 'test-dispatch', start: 0, end: DISPATCH.length, text: DISPATCH },
    ]);
  });

  it('makes drafts that the schema and the model’s checks accept, for the seed and every fixture', () => {
    const seed = repoModel().sources.get('dailymail-2023-04-17')!;
    const cases = [
      { text: seed.text, meta: seed.meta },
      ...dispatchFixtures().map((f) => ({ text: f.text, meta: f.meta })),
    ];
    for (const { text, meta } of cases) {
      const { drafts, notes } = extract(text, meta);
      expect(drafts.length, meta.id).toBeGreaterThan(0);
      expect(notes.filter((n) => /failed the model's checks/.test(n.reason))).toEqual([]);
      const sources = new Map([[meta.id, { meta, text }]]);
      for (const { incident } of drafts) {
        const parsed = v.parse(incidentFeatureSchema, incident);
        expect(incidentIssues('draft', parsed, sources), incident.id).toEqual([]);
      }
      const ids = drafts.map((d) => d.incident.id);
      expect(new Set(ids).size).toBe(ids.length);
    }
  });

  it('puts the confidence and the reasons into the note', () => {
    const [draft] = extract(DISPATCH).drafts;
    expect(draft!.incident.properties.note).toMatch(
      new RegExp(
        `^Draft \\(confidence ${draft!.confidence.toFixed(2)}\\): category “air-activity” guessed from “aircraft”`,
      ),
    );
    expect(draft!.confidence).toBeGreaterThan(0.5);
    expect(draft!.confidence).toBeLessThanOrEqual(0.95);
  });

  it('joins a follow-up sentence of the same paragraph, and one that refers back', () => {
    const text =
      'Taiwan detected 11 Chinese aircraft around Taiwan today. 7 of the aircraft crossed the median line.\n\nThey flew home.\n\nBeijing is silent.';
    const { drafts } = extract(text);
    expect(drafts).toHaveLength(1);
    expect(drafts[0]!.incident.properties.quotes.map((q) => q.text)).toEqual([
      'Taiwan detected 11 Chinese aircraft around Taiwan today.',
      '7 of the aircraft crossed the median line.',
      'They flew home.',
    ]);
  });

  it('starts an incident for a sentence that refers back but tells a further event', () => {
    const text =
      'China sanctioned the Reagan Library on Sunday.\n\nIt also later sanctioned a congressman from visiting Taiwan.';
    const drafts = extract(text).drafts.map((d) => d.incident.properties);
    expect(
      drafts.map((p) => [p.quotes[0]!.text.slice(0, 20), p.date.value, p.date.precision]),
    ).toEqual([
      ['China sanctioned the', '2023-04-16', 'day'],
      ['It also later sancti', '2023-04-17', 'before'],
    ]);
  });

  it('makes an earlier event its own incident, dated on or before the day of its clause', () => {
    const text =
      'On April 8, three days of military exercises were launched around Taiwan in response to Tsai’s recent visit to the United States.';
    const drafts = extract(text).drafts.map((d) => d.incident.properties);
    expect(drafts.map((p) => [p.date.basis, p.date.value, p.date.precision, p.otherDates])).toEqual(
      [
        ['April 8', '2023-04-08', 'day', undefined],
        ['recent visit', '2023-04-08', 'before', undefined],
      ],
    );
    expect(drafts[1]!.category).toBe('meeting');
  });

  it('splits a sentence that dates events in different clauses into one incident each', () => {
    const text =
      'Li’s trip to Russia – which will last until April 19 – comes weeks after a visit to Moscow by Xi Jinping last month, and when G7 diplomats arrived in Karuizawa on Sunday for talks.';
    const drafts = extract(text).drafts.map((d) => d.incident.properties);
    expect(drafts.map((p) => [p.date.basis, p.date.value, p.place.feature])).toEqual([
      ['until April 19', '2023-04-19', 'reported-places/moscow-kremlin'],
      ['last month', '2023-03', 'reported-places/moscow-kremlin'],
      ['on Sunday', '2023-04-16', 'g7-japan-2023/karuizawa'],
    ]);
  });

  it('dates an undated past-tense report on or before publication, and leaves the future out', () => {
    const { drafts } = extract('China also later sanctioned U.S. Representative Michael McCaul.');
    expect(drafts[0]?.incident.properties.date).toMatchObject({
      value: '2023-04-17',
      precision: 'before',
      rule: 'inferred',
      basis: 'sanctioned',
    });
    expect(extract('China will sanction more US lawmakers.').drafts).toEqual([]);
  });

  it('leaves out a caption repeated with other quotation marks, and says so', () => {
    const line = "US troops train at Fort Magsaysay on April 13, 2023 in 'Balikatan' drills";
    const text = `${line}\n\n${line.replace(/'/g, '‘').replace('‘ drills', '’ drills')}`;
    const { drafts, notes } = extract(text);
    expect(drafts).toHaveLength(1);
    expect(notes.map((n) => n.reason)).toEqual([
      'repeats the sentence at 0 (quotation marks aside), so it is left out',
    ]);
  });

  it('takes the place from the sentence before when a figure names none, and quotes it', () => {
    const text =
      'The Balikatan exercises are held in the South China Sea.\n\nNearly 18,000 troops take part.';
    const [draft] = extract(text).drafts.filter((d) => d.incident.properties.counts);
    const p = draft!.incident.properties;
    expect(p.place).toMatchObject({
      feature: 'reported-places/mischief-reef',
      precision: 'schematic',
    });
    expect(p.quotes.map((q) => q.text)).toEqual([
      'Nearly 18,000 troops take part.',
      'The Balikatan exercises are held in the South China Sea.',
    ]);
    expect(p.date).toMatchObject({ rule: 'inferred', precision: 'week', basis: 'take part' });
  });

  it('puts a strait transit on the layer’s track for that day', () => {
    const text = 'The USS Milius sailed through the Taiwan Strait on April 16 (local time).';
    const p = extract(text).drafts[0]!.incident.properties;
    expect(p.place.feature).toBe('taiwan-strait/milius-transit-2023-04-16');
  });

  it('does not change its input', () => {
    const input = deepFreeze({
      source: createSourceMetaFor(DISPATCH),
      text: DISPATCH,
      gazetteer: repoGazetteer(),
      layers: repoLayers(),
    });
    expect(() => extractIncidents(input)).not.toThrow();
  });

  it('makes "Out of which, 18 …" in a sentence of its own a part of the whole before it', () => {
    const text =
      'A total of 66 PLA aircraft were detected around Taiwan up until 6 a.m. today. Out of which, 18 crossed the median line.';
    const { drafts } = extract(text);
    expect(drafts).toHaveLength(1);
    expect(
      drafts[0]!.incident.properties.counts!.map(
        (c) =>
          `${c.value} ${c.measure?.kind}${c.measure?.of === undefined ? '' : ` of ${c.measure.of}`} (${c.quote})`,
      ),
    ).toEqual(['66 aircraft-detected (0)', '18 aircraft-median-or-adiz of 0 (1)']);
  });

  it('makes a crossing figure in a sentence of its own a part of the aircraft detected before it', () => {
    const text =
      '27 PLA aircraft and 14 PLAN vessels operating around Taiwan were detected up until 6 a.m. (UTC+8) today. 26 sorties crossed the median line and entered Taiwan’s northern ADIZ. Later, 30 aircraft crossed the median line.';
    const counts = extract(text).drafts[0]!.incident.properties.counts!;
    expect(
      counts.map(
        (c) =>
          `${c.value} ${c.measure?.kind}${c.measure?.of === undefined ? '' : ` of ${c.measure.of}`} ${c.measure?.dated}`,
      ),
    ).toEqual([
      '27 aircraft-detected report',
      '14 navy-vessels report',
      '26 aircraft-median-or-adiz of 0 report',
      // More than were detected: not a part of them.
      '30 aircraft-median-or-adiz activity',
    ]);
  });

  it('names the ship and its hull number as the actor of a fleet release, and keeps the release one incident', () => {
    const text =
      'USS Mustin Transits the Taiwan Strait\n\n(Source: U.S. Navy Seventh Fleet; issued Aug. 19, 2020)\n\nThe Arleigh Burke-class guided-missile destroyer USS Mustin (DDG 89) conducted a routine Taiwan Strait transit Aug. 18 local time.\n\nThe Mustin conducted the routine transit from the East China Sea to the South China Sea in accordance with international law.';
    const { drafts } = extract(text, createSourceMetaFor(text, { published: '2020-08-19' }));
    expect(drafts).toHaveLength(1);
    const p = drafts[0]!.incident.properties;
    expect(p.date).toMatchObject({ value: '2020-08-18', precision: 'day' });
    expect(p.otherDates).toBeUndefined();
    expect(p.actors).toContain('USS Mustin (DDG 89)');
    expect(p.counts).toBeUndefined();
    expect(p.quotes).toHaveLength(2);
  });
});
