/**
 * What panels used to do themselves, now behind the state: the charts' aggregates (with
 * cancellation), playback's animation loop, exports and the picture's download, the clipboard,
 * and the service worker's update — each through a port App.svelte hands in.
 */
import { describe, expect, it } from 'vitest';
import type { Bins } from '../../../src/lib/model/aggregate';
import { Dashboard } from '../../../src/lib/state/dashboard.svelte';
import {
  type AggregatesPort,
  IN_THREAD_AGGREGATES,
} from '../../../src/lib/state/chart-aggregates.svelte';
import { createImportBase } from '../../support/import';
import { createDatasetFiles, datasetRawFiles } from '../../support/synthetic';

async function loaded(options: ConstructorParameters<typeof Dashboard>[0] = {}) {
  const dashboard = new Dashboard(options);
  const base = createImportBase();
  const dataset = datasetRawFiles(createDatasetFiles(60, 3));
  await dashboard.loading.load({
    ...base,
    sources: [...base.sources, ...dataset.sources],
    incidents: [...base.incidents, ...dataset.incidents],
  });
  return dashboard;
}

describe('ChartAggregates', () => {
  it('answers the histogram at a layout, and drops the answer to a cancelled question', async () => {
    const answers: ((bins: Bins) => void)[] = [];
    const port: AggregatesPort = {
      ...IN_THREAD_AGGREGATES,
      histogram: () => new Promise<Bins>((resolve) => answers.push(resolve)),
    };
    const dashboard = await loaded({ aggregates: port });
    const layout = { origin: dashboard.dataExtent!.from, days: 30, bins: 40 };
    const cancel = dashboard.charts.askHistogram(layout);
    cancel();
    dashboard.charts.askHistogram(layout);
    const late = { origin: 1, days: 1, values: new Float64Array([9]) } as unknown as Bins;
    const current = { origin: 2, days: 1, values: new Float64Array([1]) } as unknown as Bins;
    answers[0]!(late);
    answers[1]!(current);
    await Promise.resolve();
    await Promise.resolve();
    expect(dashboard.charts.histogram).toBe(current);
  });

  it('counts in-thread by default: every incident in some bin, and sums over the window', async () => {
    const dashboard = await loaded();
    const extent = dashboard.dataExtent!;
    const layout = { origin: extent.from, days: 7, bins: Math.ceil((extent.to - extent.from) / 7) };
    dashboard.charts.askHistogram(layout);
    dashboard.charts.askSums({ ...layout, to: extent.to });
    await new Promise((r) => setTimeout(r, 0));
    const total = Array.from(dashboard.charts.histogram!.values).reduce((a, b) => a + b, 0);
    expect(total).toBe(dashboard.model.incidents.length);
    expect(dashboard.charts.sums?.to).toBe(extent.to);
  });
});

describe('playback', () => {
  it('slides the window frame by frame at its speed, and stops at the end of the data', async () => {
    let pending: ((now: number) => void) | undefined;
    const dashboard = await loaded({
      requestFrame: (step) => {
        pending = step;
        return () => (pending = undefined);
      },
    });
    const extent = dashboard.dataExtent!;
    dashboard.togglePlay();
    expect(dashboard.playing).toBe(true);
    const start = dashboard.timeWindow!;
    expect(start.from).toBe(extent.from);
    const t0 = performance.now();
    pending!(t0 + 30_000); // halfway through a 60 s pass at 1×
    const half = dashboard.timeWindow!;
    expect(half.from - start.from).toBeGreaterThan(0);
    expect(half.to - half.from).toBe(start.to - start.from);
    pending!(t0 + 61_000);
    expect(dashboard.timeWindow!.to).toBe(extent.to);
    expect(dashboard.playing).toBe(false);
    expect(pending).toBeUndefined();
  });

  it('stops the loop when paused', async () => {
    let cancelled = 0;
    const dashboard = await loaded({ requestFrame: () => () => void cancelled++ });
    dashboard.togglePlay();
    dashboard.togglePlay();
    expect([dashboard.playing, cancelled]).toEqual([false, 1]);
  });
});

describe('files, the clipboard and the service worker', () => {
  it('exports incidents and saves files through the saveFile port', async () => {
    const saved: { name: string; type: string; text: string }[] = [];
    const dashboard = await loaded({
      saveFile: (name, file) => void saved.push({ name, type: file.type, text: '' }),
    });
    dashboard.exportIncidents('x.csv', dashboard.model.incidents.slice(0, 2), 'csv');
    dashboard.exportIncidents('x.geojson', dashboard.model.incidents.slice(0, 2), 'geojson');
    dashboard.saveFile('map.png', new Blob(['png'], { type: 'image/png' }));
    expect(saved.map((s) => [s.name, s.type])).toEqual([
      ['x.csv', 'text/csv;charset=utf-8'],
      ['x.geojson', 'application/geo+json;charset=utf-8'],
      ['map.png', 'image/png'],
    ]);
    expect(() => new Dashboard().saveFile('a', new Blob())).toThrow('no file can be saved here');
  });

  it('copies a citation through the clipboard port', async () => {
    const written: string[] = [];
    const dashboard = new Dashboard({
      writeCitation: async (c) => (written.push(c.plain), 'plain'),
    });
    await expect(dashboard.copyCitation({ plain: 'p', markdown: 'm' })).resolves.toBe('plain');
    expect(written).toEqual(['p']);
    await expect(new Dashboard().copyCitation({ plain: 'p', markdown: 'm' })).rejects.toThrow(
      'no clipboard',
    );
  });

  it('registers the service worker once, and offers the reload the reader chooses', () => {
    let onWaiting: (() => void) | undefined;
    let registered = 0;
    let applied = 0;
    const dashboard = new Dashboard({
      registerServiceWorker: (waiting) => {
        registered++;
        onWaiting = waiting;
        return { applyUpdate: () => void applied++ };
      },
    });
    dashboard.update.register();
    dashboard.update.register();
    expect([registered, dashboard.update.waiting]).toEqual([1, false]);
    onWaiting!();
    expect(dashboard.update.waiting).toBe(true);
    dashboard.update.later();
    expect(dashboard.update.waiting).toBe(false);
    dashboard.update.reload();
    expect([dashboard.update.reloading, applied]).toEqual([true, 1]);
  });
});
