import { describe, expect, it } from 'vitest';
import { readUrlState, writeUrlState } from '../../../src/lib/state/url-state';

describe('url state', () => {
  it('round-trips selection, hidden layers and categories', () => {
    const state = {
      incident: 'dm-2023-04-17-x',
      hidden: ['adiz', 'incidents'] as const,
      categories: ['launch', 'meeting'] as const,
    };
    const search = writeUrlState('', {
      ...state,
      hidden: [...state.hidden],
      categories: [...state.categories],
    });
    expect(search).toBe('?incident=dm-2023-04-17-x&hidden=adiz,incidents&category=launch,meeting');
    expect(readUrlState(search)).toEqual(state);
  });

  it('keeps other parameters and drops empty parts', () => {
    expect(writeUrlState('?data=big&incident=old', { hidden: [], categories: [] })).toBe(
      '?data=big',
    );
  });

  it('ignores unknown layers and categories from an old or edited link', () => {
    expect(readUrlState('?hidden=adiz,nope&category=launch,<script>')).toEqual({
      hidden: ['adiz'],
      categories: ['launch'],
    });
  });

  it('carries hidden imported layers in the same parameter, and ignores ids no import gives', () => {
    const search = writeUrlState('', {
      hidden: ['adiz'],
      hiddenUserLayers: ['user-zones', 'user-zones-2'],
      categories: [],
    });
    expect(search).toBe('?hidden=adiz,user-zones,user-zones-2');
    expect(readUrlState(search)).toEqual({
      hidden: ['adiz'],
      hiddenUserLayers: ['user-zones', 'user-zones-2'],
      categories: [],
    });
    expect(readUrlState('?hidden=user-,user-Zones,user-a--b,user-<b>').hiddenUserLayers).toBe(
      undefined,
    );
  });

  it('carries the time window as inclusive days, and ignores impossible or reversed ones', () => {
    const window = { from: 19448, to: 19478 }; // 1–30 April 2023
    const search = writeUrlState('', { hidden: [], categories: [], window });
    expect(search).toBe('?from=2023-04-01&to=2023-04-30');
    expect(readUrlState(search).window).toEqual(window);
    expect(readUrlState('?from=2023-02-29&to=2023-03-10').window).toBeUndefined();
    expect(readUrlState('?from=2023-04-10&to=2023-04-01').window).toBeUndefined();
    expect(readUrlState('?from=2023-04-10').window).toBeUndefined();
  });

  it('reads what a link opens (a dataset, box reads, a map view) and keeps it when writing', () => {
    expect(readUrlState('?dataset=synthetic-10000-s1&by=box&incident=x', '#map=5/24/121')).toEqual({
      dataset: 'synthetic-10000-s1',
      boxRead: true,
      mapView: true,
      incident: 'x',
      hidden: [],
      categories: [],
    });
    expect(readUrlState('?by=boxes', '#other')).toEqual({ hidden: [], categories: [] });
    expect(
      writeUrlState('?dataset=synthetic-10000-s1&by=box', {
        incident: 'x',
        hidden: [],
        categories: [],
      }),
    ).toBe('?dataset=synthetic-10000-s1&by=box&incident=x');
  });
});
