import { describe, expect, it } from 'vitest';
import { Dashboard } from '../../../src/lib/state/dashboard.svelte';
import { readUrlState } from '../../../src/lib/state/url-state';
import { createImportBase, SECOND_ID } from '../../support/import';

describe('Dashboard', () => {
  it('takes a link’s view, and gives it back as what a link carries', async () => {
    const dashboard = new Dashboard();
    dashboard.applyUrlState(
      readUrlState(
        '?incident=test-incident&hidden=adiz&category=launch&from=2023-04-01&to=2023-04-30',
        '#map=5/24/121',
      ),
    );
    await dashboard.loading.load(createImportBase());
    expect(dashboard.visible.adiz).toBe(false);
    expect(dashboard.visible['taiwan-strait']).toBe(true);
    expect(dashboard.linkHadMapView).toBe(true);
    expect(dashboard.urlState).toEqual({
      incident: 'test-incident',
      hidden: ['adiz'],
      categories: ['launch'],
      window: { from: 19448, to: 19478 },
    });
    dashboard.setLayerVisible('adiz', true);
    dashboard.list.showCategories([]);
    dashboard.setTimeWindow(undefined);
    dashboard.selectIncident(undefined, 'list');
    expect(dashboard.urlState).toEqual({ hidden: [], categories: [] });
  });

  it('shows the selected incident’s first source in the full-text view, unless chosen there', async () => {
    const dashboard = new Dashboard();
    await dashboard.loading.load(createImportBase());
    dashboard.viewSource(SECOND_ID);
    expect([dashboard.evidenceView, dashboard.viewedSourceId]).toEqual(['text', SECOND_ID]);
    dashboard.selectIncident('test-incident', 'text');
    expect(dashboard.viewedSourceId).toBe(SECOND_ID);
    dashboard.selectIncident('test-incident', 'list');
    expect(dashboard.viewedSourceId).toBe('test-source');
    dashboard.showEvidence('incident');
    expect(dashboard.evidenceView).toBe('incident');
  });

  it('keeps a time window only when it has days, and the same window as it was', () => {
    const dashboard = new Dashboard();
    dashboard.setTimeWindow({ from: 10, to: 20 });
    const window = dashboard.timeWindow;
    dashboard.setTimeWindow({ from: 10, to: 20 });
    expect(dashboard.timeWindow).toBe(window);
    dashboard.setTimeWindow({ from: 20, to: 20 });
    expect(dashboard.timeWindow).toBeUndefined();
    dashboard.setPlaying(true);
    dashboard.setPlaySpeed(4);
    expect([dashboard.playing, dashboard.playSpeed]).toEqual([true, 4]);
  });
});
