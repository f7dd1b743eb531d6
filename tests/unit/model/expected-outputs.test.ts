/**
 * Expected-output fixtures (turf's `test/in` → `test/out`) for three computations the views
 * show: `tests/fixtures/<function>/in/*.json` → `out/*.json`. `UPDATE_FIXTURES=1` writes the
 * outputs anew; review their diff like code.
 */
import { describe, it } from 'vitest';
import { countsSeries } from '../../../src/lib/model/counts-series';
import { formatDateReading } from '../../../src/lib/model/format-date-reading';
import type { IncidentEntry } from '../../../src/lib/model/incident-entry';
import { incidentGeoFacts } from '../../../src/lib/model/incident-geo-facts';
import type { DateReading } from '../../../src/lib/model/schema';
import type { CountUnit } from '../../../src/lib/model/vocabulary';
import { expectOutput, fixtureCases } from '../../support/expected-output';
import { repoModel } from '../../support/geodata';

describe('formatDateReading', () => {
  it.each(fixtureCases('format-date-reading'))('in/$name', async ({ name, input }) => {
    const reading = input as Pick<DateReading, 'value' | 'precision'>;
    await expectOutput('format-date-reading', name, formatDateReading(reading));
  });
});

describe('countsSeries', () => {
  it.each(fixtureCases('counts-series'))('in/$name', async ({ name, input }) => {
    const { incidents, units } = input as {
      incidents: IncidentEntry[];
      units?: CountUnit[];
    };
    await expectOutput('counts-series', name, countsSeries(incidents, units));
  });
});

describe('incidentGeoFacts, with the shipped layers', () => {
  const { layers } = repoModel();
  it.each(fixtureCases('incident-geo-facts'))('in/$name', async ({ name, input }) => {
    const { position } = input as { position: [number, number] };
    await expectOutput('incident-geo-facts', name, incidentGeoFacts(position, layers));
  });
});
