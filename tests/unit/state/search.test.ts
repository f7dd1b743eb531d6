/**
 * SearchState through the Dashboard: the index is made on first use only, the query is in the
 * link while the search is open, a typed date offers its record day, and opening a result does
 * what a click on the thing does (select and mark a quote, open a text at its line, ask the map
 * for a place, open a record day).
 */
import { describe, expect, it } from 'vitest';
import { readGeodataFiles } from '../../../src/lib/data/read-geodata-files';
import { inThreadSearchIndex } from '../../../src/lib/search/search-index';
import { Dashboard } from '../../../src/lib/state/dashboard.svelte';
import { readUrlState, writeUrlState } from '../../../src/lib/state/url-state';
import { GEODATA_DIR } from '../../support/geodata';

async function createDashboard(): Promise<{ dashboard: Dashboard; loads: () => number }> {
  let loads = 0;
  const dashboard = new Dashboard({
    loadSearchIndex: () => {
      loads += 1;
      return Promise.resolve(inThreadSearchIndex());
    },
  });
  await dashboard.loading.load(readGeodataFiles(GEODATA_DIR));
  return { dashboard, loads: () => loads };
}

const optionOf = (dashboard: Dashboard, kind: string) =>
  dashboard.search.options.find((o) => o.kind === 'hit' && o.hit.document.kind === kind)!;

/** A dashboard on the shipped files whose search index notes each query it is asked. */
async function countingDashboard(): Promise<{ dashboard: Dashboard; asked: string[] }> {
  const asked: string[] = [];
  const index = inThreadSearchIndex();
  const dashboard = new Dashboard({
    loadSearchIndex: () =>
      Promise.resolve({
        ...index,
        search: (query: string) => {
          asked.push(query);
          return index.search(query);
        },
      }),
  });
  await dashboard.loading.load(readGeodataFiles(GEODATA_DIR));
  return { dashboard, asked };
}

describe('SearchState', () => {
  it('makes the index on first use only, and once', async () => {
    const { dashboard, loads } = await createDashboard();
    expect([dashboard.search.status, loads()]).toEqual(['idle', 0]);
    dashboard.search.open();
    dashboard.search.setQuery('milius');
    await dashboard.search.answered();
    expect([dashboard.search.status, loads()]).toEqual(['ready', 1]);
    expect(dashboard.search.groups[0]?.kind).toBe('incident');
  });

  it('puts the query in the link while open, and a link with one opens the search', async () => {
    const { dashboard } = await createDashboard();
    dashboard.search.setQuery('balikatan');
    expect(dashboard.urlState.query).toBeUndefined();
    dashboard.search.open();
    expect(writeUrlState('', dashboard.urlState)).toBe('?q=balikatan');
    dashboard.search.close();
    expect(writeUrlState('?q=balikatan', dashboard.urlState)).toBe('');
    const linked = new Dashboard();
    linked.applyUrlState(readUrlState('?q=Balikatan%20drills'));
    expect([linked.search.isOpen, linked.search.query]).toEqual([true, 'Balikatan drills']);
    // Its index waits: the app makes it after the first view.
    expect(linked.search.status).toBe('idle');
  });

  it('opens each kind of result as a click on it would', async () => {
    const { dashboard } = await createDashboard();
    dashboard.search.open();
    dashboard.search.setQuery('recorded in a single day since October 2021');
    await dashboard.search.answered();
    const quote = optionOf(dashboard, 'quote');
    dashboard.openSearchOption(quote);
    expect(dashboard.search.isOpen).toBe(false);
    expect(dashboard.list.selectedId).toBe(quote.kind === 'hit' && quote.hit.document.ref);
    expect(dashboard.list.selectionOrigin).toBe('search');
    const at = quote.kind === 'hit' ? quote.hit.document.at : -1;
    expect(dashboard.matchedQuote).toEqual({ incident: dashboard.list.selectedId, index: at });
    const text = dashboard.list.selected!.properties.quotes[at]!.text;
    expect(text).toContain('in a single day since October 2021');
    // Another selection forgets the mark.
    dashboard.selectIncident(dashboard.list.selectedId, 'list');
    expect(dashboard.matchedQuote).toBeUndefined();

    dashboard.search.setQuery('no shortage of challenges');
    await dashboard.search.answered();
    dashboard.openSearchOption(optionOf(dashboard, 'text'));
    const source = [...dashboard.model.sources.values()][0]!;
    expect(dashboard.evidenceView).toBe('text');
    const focus = dashboard.textFocus!;
    expect(source.text.slice(focus.start, focus.end)).toContain('no shortage of challenges');

    dashboard.search.setQuery('Davis line');
    await dashboard.search.answered();
    dashboard.openSearchOption(optionOf(dashboard, 'place'));
    expect(dashboard.mapFocus?.name).toBe('Taiwan Strait median line ("Davis line")');
    expect(dashboard.mapFocus?.box.north).toBeGreaterThan(dashboard.mapFocus!.box.south);

    dashboard.search.setQuery('14 Oct 2024');
    const day = dashboard.search.options[0]!;
    expect(day).toEqual({ kind: 'day', date: '2024-10-14', inRecord: false });
    dashboard.openSearchOption(day);
    expect([dashboard.evidenceView, dashboard.record.openDate]).toEqual(['day', '2024-10-14']);
  });

  it('moves the keyboard’s option round the results', async () => {
    const { dashboard } = await createDashboard();
    dashboard.search.setQuery('taiwan');
    await dashboard.search.answered();
    const n = dashboard.search.options.length;
    expect(n).toBeGreaterThan(2);
    dashboard.search.moveActive(-1);
    expect(dashboard.search.activeIndex).toBe(n - 1);
    dashboard.search.moveActive(1);
    expect(dashboard.search.activeIndex).toBe(0);
    dashboard.search.setQuery('taiwan s');
    expect(dashboard.search.activeIndex).toBe(0);
  });

  it('asks the index one query at a time, and only the latest typed while one is out', async () => {
    let release: (() => void) | undefined;
    const asked: string[] = [];
    const index = inThreadSearchIndex();
    const dashboard = new Dashboard({
      loadSearchIndex: () =>
        Promise.resolve({
          ...index,
          search: async (query: string) => {
            asked.push(query);
            await new Promise<void>((r) => (release = r));
            return index.search(query);
          },
        }),
    });
    await dashboard.loading.load(readGeodataFiles(GEODATA_DIR));
    dashboard.search.open();
    await dashboard.search.prepare();
    for (const query of ['mil', 'mili', 'miliu', 'milius']) dashboard.search.setQuery(query);
    const done = dashboard.search.answered();
    while (!dashboard.search.current) {
      release?.();
      await new Promise((r) => setTimeout(r));
    }
    await done;
    // The first key's query was out when the others were typed: only the last of them follows.
    expect(asked).toEqual(['mil', 'milius']);
    expect(dashboard.search.groups[0]?.hits[0]?.document.title).toMatch(/Milius/);
  });

  it('asks a query once: a key, prepare or answered() with the index unchanged asks nothing more', async () => {
    const { dashboard, asked } = await countingDashboard();
    dashboard.search.open();
    dashboard.search.setQuery('milius');
    await dashboard.search.answered();
    await dashboard.search.prepare();
    await dashboard.search.answered();
    expect(asked).toEqual(['milius']);
    // A new model (an import, here the same files read again) is indexed, and the query asked again.
    await dashboard.loading.load(readGeodataFiles(GEODATA_DIR));
    await dashboard.search.answered();
    expect(asked).toEqual(['milius', 'milius']);
  });

  it('does not ask a query of single letters, and says it is too short', async () => {
    const { dashboard, asked } = await countingDashboard();
    dashboard.search.open();
    for (const query of ['m', 'm i']) {
      dashboard.search.setQuery(query);
      await dashboard.search.answered();
      expect([dashboard.search.tooShort, dashboard.search.groups]).toEqual([true, []]);
    }
    dashboard.search.setQuery('mi');
    await dashboard.search.answered();
    expect(dashboard.search.tooShort).toBe(false);
    expect(asked).toEqual(['mi']);
  });
});
