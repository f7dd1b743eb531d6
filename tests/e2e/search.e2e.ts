/**
 * The search, from the keyboard only: Ctrl+K, "milius", Enter selects the incident (shown on the
 * map and in the evidence); a phrase only a source's full text holds opens that text at the
 * line; a quote's words open its incident with that quote marked; a typed date opens MND's
 * report of that day; `/` opens it, Escape closes it and gives the focus back; the query lives
 * in the link (`?q=`), and a link with one opens the search with its results. axe finds no
 * violation in the open dialog. A quote's button copies its citation.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { repoModel } from '../support/geodata';
import { violations } from './support/axe';
import { openDashboard, openSession, type Session, waitForRecord } from './support/browser';

const model = repoModel();
/** Words of the Daily Mail text that no quote and no title holds. */
const ONLY_IN_TEXT = 'no shortage of challenges';

describe('search', () => {
  let s: Session;
  beforeAll(async () => {
    s = await openSession({ width: 1440, height: 900 });
    await openDashboard(s);
    await waitForRecord(s.page);
  });
  afterAll(() => s.close());

  const dialog = () => s.page.getByRole('dialog', { name: 'Search' });
  const box = () => s.page.getByRole('combobox', { name: 'Search' });
  const active = () =>
    s.page.evaluate(() => {
      const id = document.getElementById('search-input')!.getAttribute('aria-activedescendant');
      const option = id ? document.getElementById(id) : null;
      return option ? { kind: option.dataset.kind ?? 'day', text: option.textContent ?? '' } : null;
    });

  /** Open the search with Ctrl+K and type the query; wait for its results. */
  async function searchFor(query: string): Promise<void> {
    await s.page.keyboard.press('Escape');
    await s.page.locator('body').focus();
    await s.page.keyboard.press('Control+K');
    await expect.poll(() => dialog().isVisible()).toBe(true);
    await s.page.keyboard.press('Control+A');
    await s.page.keyboard.type(query);
    await expect.poll(() => active(), { timeout: 20_000 }).not.toBeNull();
  }

  it('finds “milius” and opens the incident from the keyboard; the query is in the link', async () => {
    await searchFor('milius');
    expect(new URL(s.page.url()).searchParams.get('q')).toBe('milius');
    const first = await active();
    expect(first?.kind).toBe('incident');
    expect(first?.text).toContain('Milius');
    expect(await dialog().locator('mark').first().textContent()).toBe('Milius');
    await s.page.keyboard.press('Enter');
    await expect.poll(() => dialog().isVisible()).toBe(false);
    const selected = await s.page.evaluate(() => window.__dashboard!.list.selected?.properties);
    expect(selected?.title).toContain('Milius');
    expect(await s.page.getByRole('region', { name: 'Source' }).locator('h3').textContent()).toBe(
      selected?.title,
    );
    expect(new URL(s.page.url()).searchParams.get('q')).toBeNull();
    // The map flew there.
    const id = await s.page.evaluate(() => window.__dashboard!.list.selectedId);
    const [lon, lat] = model.incidents.find((i) => i.id === id)!.geometry.coordinates;
    await expect
      .poll(
        () =>
          s.page.evaluate(() => {
            const c = window.__map!.getCenter();
            return [c.lng, c.lat];
          }),
        { timeout: 10_000 },
      )
      .toEqual([expect.closeTo(lon!, 2), expect.closeTo(lat!, 2)]);
  });

  it('finds a phrase only the full text holds and opens the text there', async () => {
    const quoted = model.incidents.flatMap((i) => i.properties.quotes.map((q) => q.text));
    expect(quoted.some((q) => q.includes(ONLY_IN_TEXT))).toBe(false);
    await searchFor(ONLY_IN_TEXT);
    expect((await active())?.kind).toBe('text');
    await s.page.keyboard.press('Enter');
    const sources = s.page.getByRole('region', { name: 'Sources' });
    await expect.poll(() => sources.getByText(/Found by your search/).count()).toBe(1);
    const marked = await s.page.evaluate(() =>
      [...(CSS.highlights.get('search-match') ?? [])].map((r) => r.toString()),
    );
    expect(marked).toHaveLength(1);
    expect(marked[0]).toContain(ONLY_IN_TEXT);
    const text = [...model.sources.values()][0]!.text;
    expect(text.includes(marked[0]!)).toBe(true);
  });

  it('opens a quote’s incident with that quote marked', async () => {
    await searchFor('recorded in a single day since October 2021');
    for (let i = 0; i < 20 && (await active())?.kind !== 'quote'; i++)
      await s.page.keyboard.press('ArrowDown');
    expect((await active())?.kind).toBe('quote');
    await s.page.keyboard.press('Enter');
    const evidence = s.page.getByRole('region', { name: 'Source' });
    await expect.poll(() => evidence.locator('figure.quote.matched').count()).toBe(1);
    const id = await s.page.evaluate(() => window.__dashboard!.list.selectedId);
    const quotes = model.incidents.find((i) => i.id === id)!.properties.quotes;
    const shown = await evidence.locator('figure.quote.matched mark').textContent();
    expect(quotes.map((q) => q.text)).toContain(shown);
    expect(shown).toContain('since October 2021');
  });

  it('copies the marked quote’s citation, as text, from its button', async () => {
    await s.context.grantPermissions(['clipboard-read', 'clipboard-write'], {
      origin: new URL(s.baseUrl).origin,
    });
    const figure = s.page.getByRole('region', { name: 'Source' }).locator('figure.quote.matched');
    await figure.getByRole('button', { name: 'Copy citation' }).click();
    await expect.poll(() => figure.getByRole('status').textContent()).toMatch(/^Copied as text/);
    const copied = await s.page.evaluate(() => navigator.clipboard.readText());
    const quote = await figure.locator('mark').textContent();
    const [start, end] = await figure
      .locator('blockquote')
      .evaluate((b) => [Number(b.dataset.start), Number(b.dataset.end)]);
    expect(copied).toBe(
      `“${quote}”\n— Daily Mail (MailOnline), “${[...model.sources.values()][0]!.meta.title}”, 2023-04-17, characters ${start}–${end}`,
    );
  });

  it('opens a record day by typing its date, either way', async () => {
    for (const typed of ['14 Oct 2024', '2024-10-14']) {
      await searchFor(typed);
      const first = await active();
      expect(first?.kind).toBe('day');
      expect(first?.text).toContain('MND’s report of 14 October 2024');
      await s.page.keyboard.press('Enter');
      await expect
        .poll(() => s.page.evaluate(() => window.__dashboard!.record.openDate))
        .toBe('2024-10-14');
      await expect
        .poll(() => s.page.getByRole('region', { name: 'Record day' }).isVisible())
        .toBe(true);
    }
  });

  it('opens with / from the header field, moves with the arrows, and Escape gives the focus back', async () => {
    const field = s.page.getByRole('button', { name: /Search incidents/ });
    await field.focus();
    await s.page.keyboard.press('Enter');
    await expect.poll(() => dialog().isVisible()).toBe(true);
    await s.page.keyboard.press('Control+A');
    await s.page.keyboard.type('taiwan');
    await expect.poll(() => active(), { timeout: 20_000 }).not.toBeNull();
    const firstId = await box().getAttribute('aria-activedescendant');
    await s.page.keyboard.press('ArrowDown');
    expect(await box().getAttribute('aria-activedescendant')).not.toBe(firstId);
    await s.page.keyboard.press('ArrowUp');
    expect(await box().getAttribute('aria-activedescendant')).toBe(firstId);
    expect(await violations(s.page)).toEqual([]);
    await s.page.keyboard.press('Escape');
    await expect.poll(() => dialog().isVisible()).toBe(false);
    expect(await field.evaluate((el) => el === document.activeElement)).toBe(true);
    // `/` opens it too.
    await s.page.locator('body').focus();
    await s.page.keyboard.press('/');
    await expect.poll(() => dialog().isVisible()).toBe(true);
    await s.page.keyboard.press('Escape');
  });

  it('a link with ?q= opens the search with its results', async () => {
    const other = await openSession({ width: 1280, height: 800 });
    try {
      await openDashboard(other, '?q=balikatan');
      const open = other.page.getByRole('dialog', { name: 'Search' });
      await expect.poll(() => open.isVisible()).toBe(true);
      expect(await other.page.getByRole('combobox', { name: 'Search' }).inputValue()).toBe(
        'balikatan',
      );
      await expect
        .poll(() => open.locator('[role="option"][data-kind="incident"]').count(), {
          timeout: 20_000,
        })
        .toBeGreaterThan(0);
      expect(other.errors).toEqual([]);
    } finally {
      await other.close();
    }
  });
});
