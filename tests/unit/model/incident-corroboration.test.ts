import { describe, expect, it } from 'vitest';
import { incidentContested } from '../../../src/lib/model/incident-contested';
import { incidentCorroboration } from '../../../src/lib/model/incident-corroboration';
import { parseIncidentCsv } from '../../../src/lib/import/parse-incident-csv';
import type { Incident } from '../../../src/lib/model/schema';
import { repoModel } from '../../support/geodata';
import { fixture, importSources } from '../../support/import';

const [twoSources, oneSource] = parseIncidentCsv(
  'corroborated.csv',
  fixture('valid/corroborated.csv'),
  importSources(),
).incidents as [Incident, Incident];

/** The incident with its properties changed. */
const withProps = (incident: Incident, props: Partial<Incident['properties']>): Incident => ({
  ...incident,
  properties: { ...incident.properties, ...props },
});

describe('incidentCorroboration', () => {
  it('counts distinct sources, not quotes', () => {
    expect(incidentCorroboration(twoSources)).toBe(2);
    expect(incidentCorroboration(oneSource)).toBe(1);
    const p = twoSources.properties;
    expect(
      incidentCorroboration(withProps(twoSources, { quotes: [p.quotes[0]!, p.quotes[0]!] })),
    ).toBe(1);
  });
});

describe('incidentContested', () => {
  it('is true when two quotes give different figures of one unit (18 and 20 aircraft)', () => {
    expect(incidentContested(twoSources)).toBe(true);
  });

  it('is false when the second quote gives the same figure and the same date', () => {
    const counts = twoSources.properties.counts!.filter((c) => c.value !== 20);
    expect(incidentContested(withProps(twoSources, { counts }))).toBe(false);
  });

  it('is true when two quotes give different dates', () => {
    const p = twoSources.properties;
    const otherDates = [{ ...p.otherDates![0]!, value: '2023-04-15' }];
    const counts = p.counts!.filter((c) => c.value !== 20);
    expect(incidentContested(withProps(twoSources, { otherDates, counts }))).toBe(true);
  });

  it('is false for readings and figures of one quote (the event and the day it was said)', () => {
    const p = oneSource.properties;
    const otherDates = [{ ...p.date, value: '2023-04-17', basis: 'April 16' }];
    expect(incidentContested(withProps(oneSource, { otherDates }))).toBe(false);
  });

  it('flags the shipped incidents whose quotes disagree on the date', () => {
    const flagged = repoModel()
      .incidents.filter(incidentContested)
      .map((i) => i.id);
    expect(flagged).toEqual(
      expect.arrayContaining([
        'dm-2023-04-17-milius-taiwan-strait',
        'dm-2023-04-17-russia-invades-ukraine',
      ]),
    );
  });
});
