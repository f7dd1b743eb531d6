import { describe, expect, it } from 'vitest';
import { readUrlState, writeUrlState } from '../../src/lib/state/url-state';

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
});
