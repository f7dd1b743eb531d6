import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { gazetteerSchema } from '../../../src/lib/ingest/gazetteer-schema';
import { matchGazetteer } from '../../../src/lib/ingest/match-gazetteer';
import { repoModel } from '../../support/geodata';
import { repoGazetteer } from '../../support/ingest';

const entry = (overrides: Record<string, unknown> = {}) => ({
  names: ['Taipei'],
  target: { feature: 'reported-places/taipei', actor: 'Taiwan' },
  ...overrides,
});

describe('gazetteerSchema', () => {
  it('accepts an entry with a feature, an actor or both', () => {
    const result = v.safeParse(gazetteerSchema, {
      entries: [
        entry(),
        entry({ names: ['Karuizawa'], target: { feature: 'g7-japan-2023/karuizawa' } }),
        entry({ names: ['NATO'], target: { actor: 'NATO' } }),
      ],
    });
    expect(result.success).toBe(true);
  });

  it('refuses an entry that stands for nothing', () => {
    const result = v.safeParse(gazetteerSchema, { entries: [entry({ target: {} })] });
    expect(result.issues?.[0]?.message).toBe('needs a feature or an actor');
  });

  it('refuses demonyms without an actor', () => {
    const result = v.safeParse(gazetteerSchema, {
      entries: [
        entry({ demonyms: ['Karuizawan'], target: { feature: 'g7-japan-2023/karuizawa' } }),
      ],
    });
    expect(result.issues?.[0]?.message).toMatch(/demonyms name an actor/);
  });

  it('refuses a feature that is not layerId/featureId', () => {
    const result = v.safeParse(gazetteerSchema, {
      entries: [entry({ target: { feature: 'taipei' } })],
    });
    expect(result.issues?.[0]?.message).toBe('must be layerId/featureId');
  });

  it('refuses a name listed twice, ignoring case and apostrophe style', () => {
    const result = v.safeParse(gazetteerSchema, {
      entries: [
        entry({ names: ["Taiwan's ADIZ"] }),
        entry({ names: ['ADIZ'], aliases: ['taiwan’s adiz'] }),
      ],
    });
    expect(result.issues?.[0]?.message).toMatch(/"taiwan’s adiz" is listed twice/);
  });
});

describe('geodata/gazetteer.json', () => {
  const gazetteer = repoGazetteer();
  const refs = new Set(
    [...repoModel().layers].flatMap(([layer, features]) => features.map((f) => `${layer}/${f.id}`)),
  );

  it('points only at layer features that exist', () => {
    const missing = gazetteer.entries
      .map((e) => e.target.feature)
      .filter((ref) => ref !== undefined && !refs.has(ref));
    expect(missing).toEqual([]);
  });

  // Every place and actor of the seed article, as the article words them.
  it.each([
    ['Taiwan Strait', { feature: 'taiwan-strait/transit-corridor' }],
    ['Taipei', { feature: 'reported-places/taipei', actor: 'Taiwan' }],
    ['Kremlin', { feature: 'reported-places/moscow-kremlin' }],
    ['Moscow', { feature: 'reported-places/moscow-kremlin', actor: 'Russia' }],
    ['Karuizawa', { feature: 'g7-japan-2023/karuizawa' }],
    ['Hiroshima', { feature: 'g7-japan-2023/hiroshima' }],
    ['Fort Magsaysay', { feature: 'balikatan-2023/fort-magsaysay' }],
    ['South China Sea', { feature: 'reported-places/mischief-reef' }],
    ['Ronald Reagan Presidential Library', { feature: 'reported-places/reagan-library' }],
    ['Kiev', { feature: 'reported-places/kyiv', actor: 'Ukraine' }],
    ['Kyiv', { feature: 'reported-places/kyiv', actor: 'Ukraine' }],
    ['Ukraine', { feature: 'reported-places/ukraine', actor: 'Ukraine' }],
    ['Pentagon', { feature: 'reported-places/pentagon', actor: 'United States' }],
    ['southwestern ADIZ', { feature: 'adiz/taiwan-adiz-southwest' }],
    ['southeast ADIZ', { feature: 'adiz/taiwan-adiz-southeast' }],
    ['median line', { feature: 'taiwan-strait/median-line' }],
    ['Beijing', { feature: 'reported-places/beijing', actor: 'China' }],
    ['around the self-governed island', { feature: 'reported-places/around-taiwan' }],
    ['Chinese', { feature: 'reported-places/beijing', actor: 'China' }],
    ['Taiwanese', { feature: 'reported-places/around-taiwan', actor: 'Taiwan' }],
    ['Russian', { feature: 'reported-places/moscow-kremlin', actor: 'Russia' }],
    ['Ukrainian', { feature: 'reported-places/ukraine', actor: 'Ukraine' }],
    ['Taiwan’s defense ministry', { actor: 'Taiwan MND' }],
    ['Taipei’s defense ministry', { actor: 'Taiwan MND' }],
    ['U.S. 7th Fleet', { actor: 'US 7th Fleet' }],
    ['US Navy', { actor: 'US Navy' }],
    ['Washington Post', { actor: 'Washington Post' }],
    ['Vladimir Putin', { actor: 'Vladimir Putin' }],
    ['Xi Jinping', { actor: 'Xi Jinping' }],
    ['Li Shangfu', { actor: 'Li Shangfu' }],
    ['Sergei Shoigu', { actor: 'Sergei Shoigu' }],
    ['Tsai Ing-wen', { actor: 'Tsai Ing-wen' }],
    ['Kevin McCarthy', { actor: 'Kevin McCarthy' }],
    ['Nancy Pelosi', { actor: 'Nancy Pelosi' }],
    ['Michael McCaul', { actor: 'Michael McCaul' }],
    ['USS Milius', { actor: 'USS Milius' }],
    ['USS Chung-Hoon', { actor: 'USS Chung-Hoon' }],
    ['Shi Yi', { actor: 'Shi Yi' }],
    ['G7', { actor: 'G7' }],
    ['NATO', { actor: 'NATO' }],
    ['Philippines', { actor: 'Philippines' }],
  ])('reads “%s” whole, as %o', (words, target) => {
    const matches = matchGazetteer(`They spoke of ${words} again.`, gazetteer);
    expect(matches.map((m) => m.text)).toEqual([words]);
    expect(matches[0]?.entry.target).toEqual(target);
  });
});
