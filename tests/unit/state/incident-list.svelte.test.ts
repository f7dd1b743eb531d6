import { describe, expect, it } from 'vitest';
import type { BoxRead } from '../../../src/lib/model/box-read';
import type { DashboardModel } from '../../../src/lib/model/build-model';
import { countsSeries } from '../../../src/lib/model/counts-series';
import { dayNumber, type DayWindow } from '../../../src/lib/model/day-number';
import { IncidentList } from '../../../src/lib/state/incident-list.svelte';
import { createBoxRead } from '../../support/create';
import { repoModel } from '../../support/geodata';

const model = repoModel();

/** A list over state the test changes (the model, a box read, the time window). */
function createList(initial: DashboardModel = model) {
  let shown = $state.raw(initial);
  let boxRead = $state.raw<{ read: BoxRead; file: string } | undefined>();
  let window = $state.raw<DayWindow | undefined>();
  const list = new IncidentList({
    model: () => shown,
    boxRead: () => boxRead,
    timeWindow: () => window,
  });
  return {
    list,
    show: (next: DashboardModel) => (shown = next),
    read: (next: { read: BoxRead; file: string } | undefined) => (boxRead = next),
    setWindow: (next: DayWindow | undefined) => (window = next),
  };
}

const ids = (list: IncidentList) => Array.from(list.rows, (row) => list.table.columns.ids[row]);

describe('IncidentList', () => {
  it('lists every model incident in date order, then the window’s, in the chosen categories', () => {
    const { list, setWindow } = createList();
    expect(ids(list)).toEqual(model.incidents.map((i) => i.id));
    const from = dayNumber('2023-04-10');
    setWindow({ from, to: from + 7 });
    const inWeek = model.incidents.filter((i) => {
      const day = dayNumber(i.properties.date.value);
      return day >= from && day < from + 7;
    });
    expect(inWeek.length).toBeGreaterThan(0);
    expect(ids(list)).toEqual(inWeek.map((i) => i.id));
    list.toggleCategory('air-activity');
    expect(ids(list)).toEqual(
      inWeek.filter((i) => i.properties.category === 'air-activity').map((i) => i.id),
    );
    list.showCategories([]);
    expect(list.categories).toEqual([]);
    expect(list.rows.length).toBe(inWeek.length);
  });

  it('says where an incident is in the list, -1 when filtered out or unknown', () => {
    const { list } = createList();
    const launch = model.incidents.find((i) => i.properties.category === 'launch')!;
    const other = model.incidents.find((i) => i.properties.category !== 'launch')!;
    expect(list.listPosition(launch.id)).toBe(model.incidents.indexOf(launch));
    list.toggleCategory('launch');
    expect(list.listPosition(launch.id)).toBe(0);
    expect(list.listPosition(other.id)).toBe(-1);
    expect(list.listPosition('no-such-incident')).toBe(-1);
  });

  it('selects a model incident: its entry is the incident itself, with its row and provenance', () => {
    const { list } = createList();
    const incident = model.incidents[5]!;
    list.select(incident.id, 'list');
    expect(list.selected).toBe(incident);
    expect(list.hasSelected).toBe(true);
    expect(list.selectedRow).toBe(5);
    expect(list.selectionOrigin).toBe('list');
    expect(list.selectedProvenance).toEqual({ origin: 'reviewed' });
    list.hover(model.incidents[2]!.id);
    expect(list.hoveredRow).toBe(2);
  });

  it('keeps a selection it cannot find until told to forget it (a dataset may bring it)', () => {
    const { list, show } = createList();
    list.select('syn-s1-000001', 'link');
    expect([list.selected, list.hasSelected, list.selectedRow]).toEqual([undefined, false, -1]);
    list.forgetMissingSelection();
    expect(list.selectedId).toBeUndefined();
    list.select(model.incidents[0]!.id, 'list');
    show({ ...model, incidents: model.incidents.slice(1) });
    list.forgetMissingSelection();
    expect(list.selectedId).toBeUndefined();
  });

  it('shows a box read beside the model’s incidents in its box, every row alike', () => {
    const { list, read } = createList();
    const box = { west: 118, south: 20, east: 123, north: 27 };
    read({ read: createBoxRead(box), file: 'datasets/x/incidents.fgb' });
    expect(list.table.boxReadFile).toBe('datasets/x/incidents.fgb');
    expect(ids(list).slice(0, 4)).toEqual(['f1', 'f2', 'f3', 'f4']);
    list.select('f3', 'map');
    expect(list.selected?.properties.quotes).toHaveLength(1);
    expect(list.selectedProvenance?.origin).toBe('box-read');
    expect(list.selectedRow).toBe(2);
    // A model incident outside the box stays selected, off the rows.
    const outside = model.incidents.find(
      (i) => i.geometry.coordinates[0]! > box.east || i.geometry.coordinates[0]! < box.west,
    )!;
    list.select(outside.id, 'link');
    expect(list.selected).toBe(outside);
    expect(list.selectedRow).toBe(-1);
    read(undefined);
    expect(list.table.boxReadFile).toBeUndefined();
    expect(list.selectedRow).toBe(model.incidents.indexOf(outside));
  });

  it('charts one group of bars per listed incident, the same series as countsSeries', () => {
    const { list } = createList();
    expect(list.countsBars).toEqual(countsSeries(model.incidents));
    expect(list.countsBars!.length).toBeGreaterThan(0);
  });

  it('finds the listed incidents at the selected incident’s point, itself included', () => {
    const { list } = createList();
    const at = (i: (typeof model.incidents)[number]) => i.geometry.coordinates.join();
    const shared = model.incidents.find(
      (i) => model.incidents.filter((j) => at(j) === at(i)).length > 1,
    )!;
    list.select(shared.id, 'map');
    expect(list.selectedPlaceMates.map((e) => e.id)).toEqual(
      model.incidents.filter((j) => at(j) === at(shared)).map((j) => j.id),
    );
    expect(list.selectedGeoFacts).toBeDefined();
  });
});
