import { describe, expect, it } from 'vitest';
import {
  BRIEF_INCIDENT_LIMIT,
  type BriefInput,
  briefModel,
} from '../../../src/lib/brief/brief-model';
import { dayNumber } from '../../../src/lib/model/day-number';
import { incidentVerdicts } from '../../../src/lib/model/record/count-verdict';
import type { LoadedRecord } from '../../../src/lib/model/record/loaded-record';
import { recordFreshness } from '../../../src/lib/model/record/record-freshness';
import { recordSeries } from '../../../src/lib/model/record/record-series';
import { TOGGLE_IDS } from '../../../src/lib/model/layer-registry';
import { repoModel } from '../../support/geodata';
import { repoRecord } from '../../support/record';

const model = repoModel();
const built = repoRecord();
const loaded: LoadedRecord = { ...built, series: recordSeries(built.record) };
const APRIL_10 = { from: dayNumber('2023-04-10'), to: dayNumber('2023-04-11') };
const ADIZ_54 = 'dm-2023-04-17-pla-aircraft-adiz-54';

/** The brief's input for the incidents of a window, as the dashboard gives it; frozen (the model is). */
function createBriefInput(overrides: Partial<BriefInput> = {}): BriefInput {
  const window = overrides.window ?? APRIL_10;
  const incidents = model.incidents.filter((i) => {
    const day = dayNumber(i.properties.date.value.padEnd(10, '-01').slice(0, 10));
    return day >= window.from && day < window.to;
  });
  return Object.freeze({
    model,
    incidents,
    scope: 'listed' as const,
    window,
    categories: [],
    shownLayers: [...TOGGLE_IDS],
    record: loaded,
    freshness: recordFreshness(built.record, new Date(2026, 11, 3)),
    made: '2026-12-03T21:00:00.000Z',
    ...overrides,
  });
}

describe('briefModel', () => {
  it('holds the 10 April 2023 incidents, the window and the filters', () => {
    const brief = briefModel(createBriefInput());
    expect(brief.window).toBe('10 April 2023');
    expect(brief.categories).toBe('all categories');
    expect(brief.made).toBe('3 December 2026, 21:00 UTC');
    expect(brief.scope).toBe('The 3 incidents in the time window and filter');
    expect(brief.incidents.map((i) => i.id)).toContain(ADIZ_54);
    // The date as read, honest about its precision ("last week" is a week).
    expect(brief.incidents.map((i) => i.date).sort()).toEqual([
      '10 April 2023',
      '10 April 2023',
      'week of 10 April 2023',
    ]);
    expect(brief.leftOut).toBe(0);
  });

  it('reads every quote from its source at its offsets, byte for byte', () => {
    const brief = briefModel(createBriefInput({ window: undefined, incidents: model.incidents }));
    const quotes = brief.incidents.flatMap((i) => i.quotes);
    expect(quotes.length).toBeGreaterThan(50);
    for (const q of quotes) {
      expect(q.fromSource).toBe(true);
      expect(q.text).toBe(model.sources.get(q.source)!.text.slice(q.start, q.end));
      expect(q.outlet).toBe('Daily Mail (MailOnline)');
      expect(q.published).toBe('2023-04-17');
    }
  });

  it('sets the 54 against MND’s report of 11 April with the evidence panel’s verdicts', () => {
    const brief = briefModel(createBriefInput());
    const incident = brief.incidents.find((i) => i.id === ADIZ_54)!;
    expect(incident.counts[0]).toMatch(/^54 aircraft/);
    const expected = incidentVerdicts(
      model.incidents.find((i) => i.id === ADIZ_54)!,
      built.record,
      model.sources,
    );
    expect(incident.verdicts.map((v) => v.text)).toEqual(expected.map((v) => v.text));
    expect(incident.verdicts[0]).toMatchObject({
      verdict: 'agrees',
      report: { date: '2023-04-11' },
    });
    expect(incident.verdicts[0]!.figures[0]!.row).toMatch(
      /^eskim19-taiwan-strait-tracker\.csv:\d+$/,
    );
  });

  it('draws the record around the window, with the source’s 54 on the report’s date', () => {
    const { record } = briefModel(createBriefInput());
    expect(record.missing).toBeUndefined();
    expect(record.chart).toMatchObject({ first: '2023-03-11', last: '2023-05-10' });
    const aircraft = record.chart!.rows.find((r) => r.measure === 'aircraft-median-or-adiz')!;
    expect(aircraft.lines.find((l) => l.tabulation === 'eskim19')!.d).toMatch(/^M[\d.]+ [\d.]+L/);
    expect(aircraft.marks.map((m) => m.value)).toEqual([54]);
    expect(record.chart!.shade!.width).toBeGreaterThan(0);
    expect(record.span).toBe('10 April 2023 – 10 April 2023 (1 day)');
    expect(record.summary.map((s) => s.label)).toEqual([
      'Aircraft detected',
      'Crossed median line or entered ADIZ',
      'PLA Navy vessels',
    ]);
  });

  it('credits the source, the basemap, the layers, MND and each tabulation at its commit', () => {
    const { credits } = briefModel(createBriefInput());
    expect(credits.sources).toHaveLength(1);
    expect(credits.sources[0]!.what).toContain('Daily Mail (MailOnline)');
    expect(credits.map.map((c) => c.credit)).toEqual(
      expect.arrayContaining(['Made with Natural Earth', '© OpenStreetMap contributors']),
    );
    expect(credits.record[0]!.licence).toBe('Open Government Data License, Taiwan, version 1.0');
    expect(credits.tabulations.map((t) => [t.commit, t.licence])).toEqual([
      ['466b2f5b', 'MIT'],
      ['e2163f81', 'MIT'],
    ]);
    expect(credits.tabulations[0]!.commitUrl).toBe(
      'https://github.com/eskim19/taiwan-strait-tracker/commit/466b2f5b',
    );
  });

  it('credits only the layers shown', () => {
    const { credits, layers } = briefModel(createBriefInput({ shownLayers: ['adiz'] }));
    expect(layers).toBe('ADIZ zones');
    const shown = credits.map.filter((c) => c.what.startsWith('Layer:'));
    expect(shown.map((c) => c.what)).toEqual(['Layer: ADIZ zones']);
    // Each citation its shapes give, once.
    const cites = new Set(model.layers.get('adiz')!.map((f) => f.properties.source));
    expect(shown[0]!.cites).toEqual([...cites]);
  });

  it('names the selected incident in the title', () => {
    const selected = model.incidents.find((i) => i.id === ADIZ_54)!;
    const brief = briefModel(createBriefInput({ scope: 'selected', incidents: [selected] }));
    expect(brief.title).toBe(`Straitwatch brief: ${selected.properties.title}`);
    expect(brief.scope).toBe('The incident selected');
  });

  it('says why the record is missing, and gives no verdict without it', () => {
    const brief = briefModel(
      createBriefInput({ record: undefined, recordMissing: 'MND’s record could not be read' }),
    );
    expect(brief.record.missing).toBe('MND’s record could not be read');
    expect(brief.record.chart).toBeUndefined();
    expect(brief.incidents.flatMap((i) => i.verdicts)).toEqual([]);
  });

  it(`holds at most ${BRIEF_INCIDENT_LIMIT} incidents and counts the rest`, () => {
    const many = Array.from({ length: BRIEF_INCIDENT_LIMIT + 5 }, () => model.incidents[0]!);
    const brief = briefModel(createBriefInput({ incidents: many, record: undefined }));
    expect(brief.incidents).toHaveLength(BRIEF_INCIDENT_LIMIT);
    expect(brief.leftOut).toBe(5);
  });
});
