/**
 * The extractor on short dispatches of the genre (tests/fixtures/dispatches/): the key facts are
 * asserted here, and the whole output is compared with `<name>.expected.json`, which
 * `UPDATE_FIXTURES=1 npx vitest run tests/unit/ingest` rewrites (review the diff like code).
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import * as babel from 'prettier/plugins/babel';
import * as estree from 'prettier/plugins/estree';
import { format } from 'prettier/standalone';
import { describe, expect, it } from 'vitest';
import { extractIncidents } from '../../../src/lib/ingest/extract-incidents';
import { dispatchFixtures, repoGazetteer, repoLayers } from '../../support/ingest';

const PRINT_WIDTH = (
  JSON.parse(readFileSync(new URL('../../../.prettierrc.json', import.meta.url), 'utf8')) as {
    printWidth: number;
  }
).printWidth;

interface Expected {
  /**
   * Per incident: date value and precision, counts as "qualifier value unit measure regions of
   * whole (dated)", place feature, category.
   */
  readonly incidents: readonly (readonly [string, readonly string[], string, string])[];
  /** Words the extractor must note rather than use. */
  readonly notes?: readonly string[];
}

const KEY_FACTS: Readonly<Record<string, Expected>> = {
  'mnd-2023-04-15-median-line': {
    incidents: [
      [
        '2023-04-15 day',
        [
          '13 aircraft aircraft-detected (report)',
          '3 ships navy-vessels (report)',
          '4 aircraft aircraft-median-or-adiz southeast of 13 (report)',
        ],
        'adiz/taiwan-adiz-southeast',
        'air-activity',
      ],
    ],
  },
  'mnd-2023-05-02-daily-report': {
    incidents: [
      [
        '2023-05-02 day',
        [
          '11 aircraft aircraft-detected (report)',
          '6 ships navy-vessels (report)',
          '7 aircraft aircraft-median-or-adiz north central southwest of 11 (report)',
        ],
        'adiz/taiwan-adiz-southwest',
        'air-activity',
      ],
    ],
  },
  'mnd-2024-10-15-daily-report': {
    incidents: [
      [
        '2024-10-15 day',
        [
          '153 aircraft aircraft-detected (report)',
          '14 ships navy-vessels (report)',
          '12 ships official-ships (report)',
          '111 aircraft aircraft-median-or-adiz north central southwest east of 153 (report)',
        ],
        'adiz/taiwan-adiz-southwest',
        'air-activity',
      ],
    ],
  },
  'mnd-2025-10-01-daily-report': {
    incidents: [
      [
        '2025-10-01 day',
        [
          '12 aircraft aircraft-detected (report)',
          '8 ships navy-vessels (report)',
          '3 ships official-ships (report)',
          '7 aircraft aircraft-median-or-adiz north southwest southeast of 12 (report)',
        ],
        'adiz/taiwan-adiz-southwest',
        'air-activity',
      ],
    ],
  },
  'wire-2025-12-30-ninety-of-the-aircraft': {
    incidents: [
      [
        '2025-12-30 day',
        [
          '130 aircraft aircraft-detected (report)',
          '14 ships navy-vessels (report)',
          '8 ships official-ships (report)',
          '90 aircraft aircraft-median-or-adiz north central southwest southeast of 130 (report)',
        ],
        'adiz/taiwan-adiz-southwest',
        'air-activity',
      ],
    ],
  },
  'wire-2025-04-02-of-those-aircraft': {
    incidents: [
      [
        '2025-04-01 day',
        [
          '76 aircraft aircraft-detected (activity)',
          '15 ships navy-vessels (activity)',
          '4 ships official-ships (activity)',
          '37 aircraft aircraft-median-or-adiz of 76 (activity)',
        ],
        'reported-places/around-taiwan',
        'air-activity',
      ],
    ],
  },
  'wire-2026-03-15-tabulations-disagree': {
    incidents: [
      [
        '2026-03-15 day',
        [
          '26 aircraft aircraft-detected (report)',
          '16 aircraft aircraft-median-or-adiz north central southwest of 26 (report)',
        ],
        'reported-places/around-taiwan',
        'air-activity',
      ],
    ],
  },
  'us-navy-2023-06-04-strait-transit': {
    incidents: [['2023-06-03 day', [], 'taiwan-strait/transit-corridor', 'naval-transit']],
  },
  'japan-mod-2023-04-20-scramble': {
    incidents: [
      ['2023-04-19 day', ['2 aircraft', '1 aircraft'], 'adiz/japan-adiz-west-edge', 'air-activity'],
    ],
  },
  'balikatan-2023-04-27-sinkex': {
    incidents: [
      [
        '2023-04-26 day',
        ['about 300 troops troops-taking-part'],
        'balikatan-2023/sinkex-target',
        'exercise',
      ],
    ],
  },
  'mnd-2023-08-20-at-least': {
    incidents: [
      [
        '2023-08-19 day',
        ['at least 20 aircraft aircraft-detected (activity)', '9 ships navy-vessels (activity)'],
        'reported-places/around-taiwan',
        'air-activity',
      ],
    ],
    notes: ['about half', 'four hundred aircraft', 'August 1'],
  },
  'pla-2023-04-08-joint-sword': {
    incidents: [
      ['2023-04-08 day', [], 'reported-places/around-taiwan', 'exercise'],
      [
        '2023-04-08 day',
        [
          '71 aircraft aircraft-detected (activity)',
          '9 ships navy-vessels (activity)',
          '45 aircraft aircraft-median-or-adiz of 71 (activity)',
        ],
        'reported-places/around-taiwan',
        'air-activity',
      ],
    ],
  },
  'mnd-2023-07-24-drills-notice': {
    incidents: [
      ['2023-07-27 day', [], 'reported-places/around-taiwan', 'exercise'],
      [
        '2023-07-23 day',
        ['16 aircraft aircraft-detected (report)'],
        'reported-places/around-taiwan',
        'air-activity',
      ],
    ],
  },
};

describe.each(dispatchFixtures())('dispatch $name', ({ name, text, meta, expectedPath }) => {
  const extraction = extractIncidents({
    source: meta,
    text,
    gazetteer: repoGazetteer(),
    layers: repoLayers(),
  });

  it('gives the incidents, dates, counts, places and categories a reader would', () => {
    const facts = KEY_FACTS[name];
    expect(facts, `add ${name} to KEY_FACTS`).toBeDefined();
    expect(
      extraction.drafts.map(({ incident: { properties: p } }) => [
        `${p.date.value} ${p.date.precision}`,
        (p.counts ?? []).map(
          (c) =>
            `${c.qualifier ? `${c.qualifier} ` : ''}${c.value} ${c.unit}${c.measure ? ` ${c.measure.kind}` : ''}${c.measure?.regions ? ` ${c.measure.regions.join(' ')}` : ''}${c.measure?.of !== undefined ? ` of ${p.counts![c.measure.of]!.value}` : ''}${c.measure?.dated ? ` (${c.measure.dated})` : ''}`,
        ),
        p.place.feature,
        p.category,
      ]),
    ).toEqual(facts!.incidents);
    expect(extraction.notes.map((n) => n.words)).toEqual(facts!.notes ?? []);
  });

  it('matches its expected output file', async () => {
    // Written as Prettier writes JSON, so `prettier --check` passes on regenerated files.
    const actual = await format(JSON.stringify(extraction), {
      parser: 'json',
      plugins: [babel, estree],
      printWidth: PRINT_WIDTH,
    });
    if (process.env.UPDATE_FIXTURES === '1' || !existsSync(expectedPath))
      writeFileSync(expectedPath, actual);
    expect(actual).toBe(readFileSync(expectedPath, 'utf8'));
  });
});
