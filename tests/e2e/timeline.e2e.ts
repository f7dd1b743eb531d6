import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { openDashboard, openSession, type Session, waitForMapIdle } from './support/browser';

/** The timeline at 10,000 generated incidents (plus the article's): brush, play, keys, list. */
describe('timeline at 10,000 incidents', () => {
  let s: Session;
  beforeAll(async () => {
    s = await openSession({ width: 1440, height: 900 });
    await openDashboard(s, `?dataset=${inject('datasetName')}`);
  }, 120_000);
  afterAll(() => s.close());

  const timeline = () => s.page.getByRole('region', { name: 'Timeline' });
  const list = () => s.page.getByRole('region', { name: 'Incidents' });
  const slider = () => timeline().getByRole('slider', { name: /Time window/ });
  const state = () =>
    s.page.evaluate(() => {
      const d = window.__dashboard!;
      const drawn = window.__incidentPoints!.drawn;
      const { rows, table } = d.list;
      const listed = (at: number | undefined) => (at === undefined ? undefined : table.entryAt(at));
      return {
        window: d.timeWindow ? { ...d.timeWindow } : undefined,
        total: d.model.incidents.length,
        shown: rows.length,
        firstShownDay: listed(rows[0])?.properties.date.value,
        lastShownDay: listed(rows.at(-1))?.properties.date.value,
        rows: [...drawn.rows],
        lastFrameRows: drawn.lastFrameRows,
        playing: d.playing,
      };
    });
  const iso = (day: number) => new Date(day * 86_400_000).toISOString().slice(0, 10);

  it('loads every generated incident without a data problem, into a virtual list', async () => {
    const st = await state();
    expect(st.total).toBe(10_027);
    expect(await s.page.getByRole('alert').count()).toBe(0);
    await expect
      .poll(() => list().getByRole('heading').textContent())
      .toContain('10,027 of 10,027');
    const rows = await list().locator('li').count();
    expect(rows).toBeGreaterThan(5);
    expect(rows).toBeLessThanOrEqual(200);
    expect(st.lastFrameRows).toBe(10_027);
  });

  it('chooses a time window with the brush; the map, the list and the counts follow', async () => {
    const box = (await slider().boundingBox())!;
    const y = box.y + box.height * 0.4;
    await s.page.mouse.move(box.x + box.width * 0.3, y);
    await s.page.mouse.down();
    await s.page.mouse.move(box.x + box.width * 0.4, y, { steps: 6 });
    await s.page.mouse.up();
    await waitForMapIdle(s.page);
    const st = await state();
    expect(st.window).toBeDefined();
    const w = st.window!;
    expect(w.to - w.from).toBeGreaterThan(60);
    expect(w.to - w.from).toBeLessThan(160);
    // Every listed incident is inside the window, and the map draws exactly those rows.
    expect(st.shown).toBeGreaterThan(100);
    expect(st.shown).toBeLessThan(st.total / 4);
    expect(st.firstShownDay! >= iso(w.from)).toBe(true);
    expect(st.lastShownDay! <= iso(w.to - 1)).toBe(true);
    expect(st.rows[1]! - st.rows[0]!).toBe(st.shown);
    expect(st.lastFrameRows).toBe(st.shown);
    await expect
      .poll(() => list().getByRole('heading').textContent())
      .toContain(`${st.shown.toLocaleString('en-GB')} of 10,027`);
    expect(new URL(s.page.url()).searchParams.get('from')).toBe(iso(w.from));
    // The counts chart sums per bin over the window (too many figures for a bar each).
    const counts = s.page.getByRole('region', { name: 'Aircraft counts' });
    await expect.poll(() => counts.textContent()).toMatch(/Summed per (day|week)/);
  });

  it('plays: the window slides on its own, and Pause stops it', async () => {
    const before = (await state()).window!;
    await timeline().getByRole('button', { name: '4×' }).click();
    await timeline().getByRole('button', { name: 'Play' }).click();
    await expect
      .poll(async () => (await state()).window!.from, { timeout: 5000 })
      .toBeGreaterThan(before.from + 5);
    const moving = await state();
    expect(moving.playing).toBe(true);
    expect(moving.window!.to - moving.window!.from).toBe(before.to - before.from);
    await timeline().getByRole('button', { name: 'Pause' }).click();
    const stopped = (await state()).window!.from;
    await s.page.waitForTimeout(400);
    expect((await state()).window!.from).toBe(stopped);
    expect((await state()).playing).toBe(false);
    const st = await state();
    expect(st.firstShownDay! >= iso(st.window!.from)).toBe(true);
    // The list (which follows at most every 300 ms while playing) shows the stopped window's
    // first incident.
    await expect
      .poll(() => list().locator('li button').first().getAttribute('data-id'))
      .toBe(
        await s.page.evaluate(() => {
          const { rows, table } = window.__dashboard!.list;
          return rows.length > 0 ? table.columns.ids[rows[0]!]! : null;
        }),
      );
  });

  it('moves and resizes the window with the keyboard, and Escape shows all time', async () => {
    const before = (await state()).window!;
    await slider().focus();
    await s.page.keyboard.press('ArrowRight');
    const moved = (await state()).window!;
    expect(moved.from).toBeGreaterThan(before.from);
    expect(moved.to - moved.from).toBe(before.to - before.from);
    await s.page.keyboard.press('Shift+ArrowRight');
    const wider = (await state()).window!;
    expect(wider.from).toBe(moved.from);
    expect(wider.to).toBeGreaterThan(moved.to);
    await s.page.keyboard.press('Home');
    const first = await s.page.evaluate(() => window.__dashboard!.list.table.columns.day[0]!);
    expect((await state()).window!.from).toBe(first);
    await s.page.keyboard.press('Escape');
    const all = await state();
    expect(all.window).toBeUndefined();
    expect(all.shown).toBe(10_027);
  });

  it('selects a generated incident from the virtual list and shows its quote from its dispatch', async () => {
    const button = list().locator('button[data-id^="syn-"]').first();
    const id = (await button.getAttribute('data-id'))!;
    await button.click();
    const quote = await s.page.evaluate(
      (id) =>
        window.__dashboard!.model.incidents.find((i) => i.id === id)!.properties.quotes[0]!.text,
      id,
    );
    const source = s.page.getByRole('region', { name: 'Source' });
    await expect.poll(() => source.locator('blockquote mark').first().textContent()).toBe(quote);
    await expect.poll(() => source.textContent()).toContain('synthetic');
    expect(await s.page.evaluate(() => window.__incidentPoints!.drawn.selectedId)).toBe(id);
  });

  it('logged no error and asked no other origin', () => {
    expect(s.errors).toEqual([]);
    const origin = new URL(s.baseUrl).origin;
    expect(s.requests.filter((r) => new URL(r).origin !== origin)).toEqual([]);
  });
});
