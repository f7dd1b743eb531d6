import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../../scripts/commands/parse-html';
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

  it('exports a brief of the selected incident, or of the listed ones, with the map’s picture', async () => {
    const dashboard = new Dashboard({
      loadBrief: () => import('../../../src/lib/brief/brief-document'),
      now: () => '2026-12-03T21:00:00.000Z',
    });
    await dashboard.loading.load(createImportBase());
    const titles: string[] = [];
    dashboard.attachMapPicture(async (title) => {
      titles.push(title);
      return new Blob([new Uint8Array([137, 80, 78, 71])], { type: 'image/png' });
    });
    expect(dashboard.briefScope).toEqual({ scope: 'listed', count: 1 });
    const listed = await dashboard.exportBrief();
    expect(listed.name).toBe('straitwatch-brief-all-time.html');
    const doc = parseHtml(listed.html);
    expect(doc.querySelector('img.map')!.getAttribute('src')).toBe(
      'data:image/png;base64,iVBORw==',
    );
    expect(titles).toEqual([dashboard.mapPictureTitle]);
    expect(doc.querySelector('#record-heading + p')!.textContent).toBe(
      'MND’s record was not read yet when the brief was made.',
    );
    expect(listed.html).toContain('Made with Straitwatch on 3 December 2026, 21:00 UTC.');

    dashboard.selectIncident('test-incident', 'list');
    expect(dashboard.briefScope).toEqual({ scope: 'selected', count: 1 });
    const selected = await dashboard.exportBrief();
    expect(selected.name).toBe('straitwatch-brief-test-incident.html');
    expect(parseHtml(selected.html).querySelectorAll('article.incident')).toHaveLength(1);
  });

  it('refuses a brief when it was given no code for it', async () => {
    await expect(new Dashboard().exportBrief()).rejects.toThrow('the brief cannot be made here');
  });
});
