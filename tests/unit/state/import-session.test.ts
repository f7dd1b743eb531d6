import { describe, expect, it } from 'vitest';
import type { ImportedFile } from '../../../src/lib/import/imported-file';
import { formatIssue } from '../../../src/lib/model/data-issue';
import { MAX_FILE_BYTES } from '../../../src/lib/model/parse-json-text';
import { Dashboard, type DashboardOptions } from '../../../src/lib/state/dashboard.svelte';
import { createImportBase, fixture } from '../../support/import';
import { fixturePage } from '../../support/pages';
import { parseHtml } from '../../../scripts/commands/parse-html';
import { readPage } from '../../../src/lib/page/read-page';

/** A dashboard loaded with the import base, whose session reads files as the browser does. */
async function loaded(options: DashboardOptions = {}) {
  const read: string[] = [];
  const dashboard = new Dashboard({
    readFileText: async (file) => {
      read.push(file.name);
      return { ok: true, text: await file.text() };
    },
    newId: () => 'import-1',
    now: () => '2024-01-01T00:00:00.000Z',
    ...options,
  });
  await dashboard.loading.load(createImportBase());
  return { dashboard, session: dashboard.imports, read };
}

const file = (name: string, text: string) => new File([text], name);

describe('ImportSession.take', () => {
  it('imports a CSV it is handed, with an id and a time, and says what it added', async () => {
    const saved: (readonly ImportedFile[])[] = [];
    const stored: (Blob | undefined)[] = [];
    const { session } = await loaded({
      storeImports: async (imports, fileOf) => {
        saved.push(imports);
        stored.push(...imports.map(fileOf));
      },
    });
    const chosen = file('corroborated.csv', fixture('valid/corroborated.csv'));
    await session.take(chosen);
    expect(session.report).toMatchObject({
      refused: false,
      summary: 'corroborated.csv: 2 incidents added',
    });
    expect(session.imports).toEqual([
      {
        kind: 'csv',
        id: 'import-1',
        file: 'corroborated.csv',
        text: fixture('valid/corroborated.csv'),
        importedAt: '2024-01-01T00:00:00.000Z',
      },
    ]);
    expect(saved).toHaveLength(1);
    // Storage is offered the chosen file itself, to keep in place of a copy of its text.
    expect(stored).toEqual([chosen]);
    expect([session.busy, session.checking]).toEqual([false, undefined]);
  });

  it('refuses a file of another kind, or too large, without reading it', async () => {
    const { session, read } = await loaded();
    await session.take(file('map.png', 'x'));
    expect(session.report?.issues.map(formatIssue)).toEqual([
      'map.png: is not a .csv, .geojson, .json, .txt or .html file',
    ]);
    const big = { name: 'big.csv', size: MAX_FILE_BYTES + 1 } as File;
    await session.take(big);
    expect(session.report?.summary).toBe('big.csv was not imported: nothing changed');
    expect(session.report?.issues.map(formatIssue)[0]).toMatch(/^big\.csv: is too large/);
    expect(read).toEqual([]);
    expect(session.imports).toEqual([]);
  });

  it('names a file that cannot be read, and changes nothing', async () => {
    const { session } = await loaded({
      readFileText: () => Promise.reject(new Error('NotReadableError')),
    });
    await session.take(file('a.csv', 'id'));
    expect(session.report?.issues.map(formatIssue)).toEqual([
      'a.csv: could not be read (NotReadableError)',
    ]);
  });

  it('keeps a text waiting for its form, its first line as the suggested title', async () => {
    const { session } = await loaded();
    await session.take(file('mnd.txt', '\n  Aircraft near Taiwan  \nThe ministry said…'));
    expect(session.review.text).toEqual({
      file: 'mnd.txt',
      text: '\n  Aircraft near Taiwan  \nThe ministry said…',
      title: 'Aircraft near Taiwan',
    });
    expect(session.imports).toEqual([]);
    session.review.cancelText();
    expect(session.review.text).toBeUndefined();
  });

  it('reads a saved page by its reader and keeps its article waiting with what the page gave', async () => {
    const news = fixturePage('news-article.html');
    const readPageFile = async (chosen: File) =>
      readPage(new Uint8Array(await chosen.arrayBuffer()), parseHtml);
    const { session, read } = await loaded({ readPageFile });
    await session.take(new File([new Uint8Array(news.bytes)], 'news-article.html'));
    const expected = readPage(news.bytes, parseHtml);
    if (!expected.ok) throw new Error(expected.reason);
    expect(session.review.text).toEqual({
      file: 'news-article.html',
      text: expected.text,
      title: 'Chinese aircraft and warships detected around Taiwan',
      page: { metadata: expected.metadata, encoding: 'UTF-8' },
    });
    expect(read).toEqual([]); // not read as a text
    session.review.cancelText();
    await session.take(
      new File([new Uint8Array(fixturePage('empty-article.html').bytes)], 'empty.htm'),
    );
    expect(session.report?.issues.map(formatIssue)).toEqual([
      'empty.htm: has no article (no paragraph of text outside navigation, menus and footers)',
    ]);
    expect(session.review.text).toBeUndefined();
  });
});

describe('ImportSession storage', () => {
  it('says when the imports cannot be kept, and when stored imports could not be read', async () => {
    const { session } = await loaded({
      storeImports: () => Promise.reject(new Error('QuotaExceededError')),
    });
    await session.take(file('corroborated.csv', fixture('valid/corroborated.csv')));
    expect(session.imports).toHaveLength(1);
    expect(session.storageProblem).toBe(
      'Imports could not be kept in this browser (QuotaExceededError): they last until the page is closed.',
    );
    session.reportStorageProblem('Stored imports could not be read (UnknownError).');
    expect(session.storageProblem).toBe('Stored imports could not be read (UnknownError).');
  });

  it('refuses an import before the data has loaded', async () => {
    const dashboard = new Dashboard();
    expect(dashboard.imports.restored).toBe(false);
    expect(
      await dashboard.imports.importFile({
        kind: 'csv',
        id: 'a',
        file: 'a.csv',
        text: '',
        importedAt: '',
      }),
    ).toBe(false);
    expect(dashboard.imports.report?.issues.map(formatIssue)).toEqual([
      'a.csv: cannot be imported before the data has loaded',
    ]);
  });
});

describe('ImportSession: large imports in slices', () => {
  /** A CSV of `n` destroyer transits (the fixture's last row, with its own id each). */
  const transits = (n: number) =>
    [
      'id,title,category,date,date_rule,date_basis,lat,lon,place,source,start,end,quote',
      ...Array.from(
        { length: n },
        (_, i) =>
          `transit-${i},Destroyer ${i},naval-transit,2023-04-16,month-day,April 16,24,119.5,Taiwan Strait,test-source,105,170,The destroyer sailed through the strait on April 16 (local time).`,
      ),
      '',
    ].join('\n');

  // 20,000 rows: enough slices of 30 ms that the progress is seen between them even on an idle,
  // fast machine (3,000 rows could be checked in one slice, with no progress to see).
  it('checks 20,000 rows with progress, and imports them', async () => {
    const { session, dashboard } = await loaded();
    const seen: number[] = [];
    const pending = session.take(file('transits.csv', transits(20000)));
    while (session.busy) {
      if (session.progress) seen.push(session.progress.done);
      await new Promise((r) => setTimeout(r, 0));
    }
    await pending;
    expect(session.report).toMatchObject({
      refused: false,
      summary: 'transits.csv: 20000 incidents added',
    });
    expect(dashboard.model.incidents.filter((i) => i.id.startsWith('transit-'))).toHaveLength(
      20000,
    );
    expect(seen.length).toBeGreaterThan(0);
  });

  it('stops when cancelled, says so, and changes nothing', async () => {
    const { session, dashboard } = await loaded();
    const before = dashboard.model;
    const pending = session.take(file('transits.csv', transits(20_000)));
    while (!session.checking) await new Promise((r) => setTimeout(r, 0));
    await new Promise((r) => setTimeout(r, 5));
    session.cancel();
    await pending;
    expect(session.report).toEqual({
      summary: 'transits.csv was not imported: cancelled, nothing changed',
      refused: true,
      issues: [],
    });
    expect(dashboard.model).toBe(before);
    expect(session.imports).toEqual([]);
    expect([session.busy, session.checking, session.progress]).toEqual([
      false,
      undefined,
      undefined,
    ]);
  });
});

describe('ImportSession and unchanged layers', () => {
  it('keeps a layer’s object when a later import leaves it as it was, and not when it is removed', async () => {
    let n = 0;
    const { dashboard, session } = await loaded({ newId: () => `import-${++n}` });
    await session.take(file('bases.geojson', fixture('valid/bases.geojson')));
    const [id] = [...dashboard.model.userLayers.keys()];
    const layer = dashboard.model.userLayers.get(id!);
    expect(layer?.features.length).toBeGreaterThan(0);
    await session.take(file('corroborated.csv', fixture('valid/corroborated.csv')));
    expect(session.report?.refused).toBe(false);
    // The same object: the map leaves the layer's source as it is.
    expect(dashboard.model.userLayers.get(id!)).toBe(layer);
    const bases = session.imports.find((i) => i.file === 'bases.geojson')!;
    await session.remove(bases.id);
    expect(dashboard.model.userLayers.has(id!)).toBe(false);
    await session.take(file('bases.geojson', fixture('valid/bases.geojson')));
    expect(dashboard.model.userLayers.get(id!)).not.toBe(layer);
  });
});
