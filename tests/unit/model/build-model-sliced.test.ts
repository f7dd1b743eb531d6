import { describe, expect, it } from 'vitest';
import {
  type BuildProgress,
  buildModel,
  buildModelSliced,
  buildModelSteps,
} from '../../../src/lib/model/build-model';
import { createDatasetFiles, datasetRawFiles } from '../../support/synthetic';

describe('buildModelSliced', () => {
  // 1,200 generated incidents in parts of 500, one of them broken.
  const raw = datasetRawFiles(createDatasetFiles(1200, 3, 500));
  const broken = structuredClone(raw);
  (
    broken.incidents[1]!.json as { features: { properties: { quotes: { start: number }[] } }[] }
  ).features[7]!.properties.quotes[0]!.start += 1;

  it('builds the same model as buildModel, in slices, giving the main thread back between them', async () => {
    let yields = 0;
    const progress: BuildProgress[] = [];
    const sliced = await buildModelSliced(broken, {
      sliceMs: 0,
      yieldToMain: async () => {
        yields += 1;
      },
      onProgress: (p) => progress.push(p),
    });
    const whole = buildModel(broken);
    expect(sliced.incidents.map((i) => i.id)).toEqual(whole.incidents.map((i) => i.id));
    expect(sliced.issues).toEqual(whole.issues);
    expect(sliced.issues.map((i) => i.reason)).toEqual([expect.stringMatching(/^text is not at /)]);
    expect(sliced.incidents).toHaveLength(1199);
    // Parts of 500, 500 and 200 features, parsed and checked in steps of 250 and at each
    // part's end: ten steps, a yield at each.
    expect(yields).toBe(10);
    expect(progress.every((p) => p.total === 2400 && p.incidents === 1200)).toBe(true);
    const done = progress.map((p) => p.done);
    expect(done).toEqual([...done].sort((a, b) => a - b));
    expect(done).toEqual([250, 500, 750, 1000, 1250, 1500, 1750, 2000, 2200, 2400]);
  });

  it('counts progress up to the total, whatever the part sizes', () => {
    const steps = buildModelSteps(raw);
    let last: BuildProgress | undefined;
    for (let step = steps.next(); !step.done; step = steps.next()) last = step.value;
    expect(last).toMatchObject({ total: 2400, incidents: 1200 });
    expect(last!.done).toBe(2400);
  });

  it('yields nothing for a file that is not a collection, and reports it', async () => {
    const notCollection = { ...raw, incidents: [{ file: 'x.geojson', json: { type: 'Feature' } }] };
    const model = await buildModelSliced(notCollection, { sliceMs: 0 });
    expect(model.incidents).toEqual([]);
    expect(model.issues.map((i) => i.file)).toContain('x.geojson');
  });
});
