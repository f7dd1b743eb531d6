/**
 * The extractor on real official texts (tests/fixtures/official/: MND press releases, daily
 * reports and posts, 7th Fleet releases, Xinhua wire lines), measured against what an analyst
 * reads in each (`officialTextQuality`), and once on the held-out sets
 * (tests/fixtures/official-heldout/, which the rules were not written on, though its figures were
 * seen while they were fixed; and official-heldout-2/, three texts added after the last rule
 * change and measured once, untuned). The figures go to
 * test-output/official-texts-quality.json and the console; docs/ingest.md quotes them. The
 * floors are the measured figures: a change that loses a date or a count fails here.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { extractIncidents } from '../../../src/lib/ingest/extract-incidents';
import { sumQuality } from '../../../src/lib/ingest/extraction-quality';
import { officialTextQuality } from '../../../src/lib/ingest/official-text-quality';
import { officialFixtures, repoGazetteer, repoLayers } from '../../support/ingest';

const OUTPUT_DIR = fileURLToPath(new URL('../../../test-output/', import.meta.url));

/**
 * The measured figures (docs/ingest.md): recall and precision may not drop below them, fewer
 * categories may not agree, fewer ships may be named by hull number, and no more numbers or date
 * lines may come out as facts.
 */
const FLOORS = {
  official: {
    dates: [1, 1],
    counts: [1, 1],
    measures: [1, 1],
    categoriesAgreed: 14,
    actorsNamed: 4,
    forbiddenAtMost: 0,
  },
  'official-heldout': {
    dates: [1, 1],
    counts: [1, 1],
    measures: [1, 1],
    categoriesAgreed: 9,
    actorsNamed: 4,
    forbiddenAtMost: 0,
  },
  'official-heldout-2': {
    dates: [1, 1],
    counts: [1, 1],
    measures: [1, 1],
    categoriesAgreed: 3,
    actorsNamed: 3,
    forbiddenAtMost: 0,
  },
} as const;

function measure(dir: keyof typeof FLOORS) {
  const texts = officialFixtures(dir).map((f) => {
    const { drafts } = extractIncidents({
      source: f.meta,
      text: f.text,
      gazetteer: repoGazetteer(),
      layers: repoLayers(),
    });
    return {
      name: f.name,
      ...officialTextQuality(
        f.expected,
        drafts.map((d) => d.incident),
      ),
    };
  });
  const sum = (k: 'dates' | 'counts' | 'measures' | 'actors') => sumQuality(texts.map((t) => t[k]));
  return {
    texts: texts.length,
    dates: sum('dates'),
    counts: sum('counts'),
    measures: sum('measures'),
    actors: sum('actors'),
    categories: {
      compared: texts.reduce((n, t) => n + t.categories.compared, 0),
      agreed: texts.reduce((n, t) => n + t.categories.agreed, 0),
    },
    incidents: {
      expected: texts.reduce((n, t) => n + t.incidents.expected, 0),
      drafted: texts.reduce((n, t) => n + t.incidents.drafted, 0),
    },
    forbidden: texts.flatMap((t) => t.forbidden.map((w) => `${t.name}: ${w}`)),
    perText: texts,
  };
}

describe('the extractor on official texts', () => {
  const results = {
    official: measure('official'),
    'official-heldout': measure('official-heldout'),
    'official-heldout-2': measure('official-heldout-2'),
  };

  it('writes and prints its figures', () => {
    mkdirSync(OUTPUT_DIR, { recursive: true });
    writeFileSync(
      `${OUTPUT_DIR}official-texts-quality.json`,
      `${JSON.stringify(results, null, 2)}\n`,
    );
    for (const [dir, r] of Object.entries(results)) {
      const line = (label: string, f: (typeof r)['dates']) =>
        `${label.padEnd(12)} recall ${f.recall.toFixed(3)} (${f.recalled}/${f.curated})  precision ${f.precision.toFixed(3)} (${f.correct}/${f.drafted})`;
      console.log(
        [
          `${dir}: ${r.texts} texts, ${r.incidents.expected} incidents, ${r.incidents.drafted} drafts`,
          line('dates', r.dates),
          line('counts', r.counts),
          line('measures', r.measures),
          `actors       ${r.actors.recalled}/${r.actors.curated} named`,
          `categories   ${r.categories.agreed}/${r.categories.compared} agree`,
          `forbidden    ${r.forbidden.length}${r.forbidden.length ? `: ${r.forbidden.join('; ')}` : ''}`,
          ...['dates', 'counts', 'measures'].flatMap((k) =>
            r[k as 'dates'].missed.map((m) => `  missed ${k}: ${m}`),
          ),
        ].join('\n'),
      );
    }
    expect(results.official.texts).toBeGreaterThanOrEqual(12);
  });

  for (const dir of ['official', 'official-heldout', 'official-heldout-2'] as const) {
    it(`keeps recall and precision on ${dir} at or above the measured floors`, () => {
      const r = results[dir];
      for (const k of ['dates', 'counts', 'measures'] as const) {
        const [recall, precision] = FLOORS[dir][k];
        expect(r[k].recall, `${dir} ${k} recall`).toBeGreaterThanOrEqual(recall);
        expect(r[k].precision, `${dir} ${k} precision`).toBeGreaterThanOrEqual(precision);
      }
      expect(r.categories.agreed).toBeGreaterThanOrEqual(FLOORS[dir].categoriesAgreed);
      expect(r.actors.recalled, `${dir} ships named`).toBeGreaterThanOrEqual(
        FLOORS[dir].actorsNamed,
      );
      expect(r.forbidden.length).toBeLessThanOrEqual(FLOORS[dir].forbiddenAtMost);
    });
  }
});
