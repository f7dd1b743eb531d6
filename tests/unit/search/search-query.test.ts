/**
 * How each word of a query is looked up: the word being typed as a prefix (from two letters
 * alone, from one after other words, not once a space ends it), one letter off from five
 * letters, folded; a query of single letters is not searched.
 */
import { describe, expect, it } from 'vitest';
import { queryTerms } from '../../../src/lib/search/search-query';

describe('queryTerms', () => {
  it('makes the last word a prefix while it is being typed, from two letters', () => {
    expect(queryTerms('ai')).toEqual([{ term: 'ai', prefix: true, fuzzy: 0 }]);
    expect(queryTerms('aircraft tai')).toEqual([
      { term: 'aircraft', prefix: false, fuzzy: 1 },
      { term: 'tai', prefix: true, fuzzy: 0 },
    ]);
  });

  it('takes a one-letter last word as a prefix after other words', () => {
    expect(queryTerms('aircraft t')).toEqual([
      { term: 'aircraft', prefix: false, fuzzy: 1 },
      { term: 't', prefix: true, fuzzy: 0 },
    ]);
  });

  it('takes a word ended by a space or a mark as whole', () => {
    expect(queryTerms('median ')).toEqual([{ term: 'median', prefix: false, fuzzy: 1 }]);
    expect(queryTerms('Taiwan’s ADIZ,')).toEqual([
      { term: 'taiwan', prefix: false, fuzzy: 1 },
      { term: 's', prefix: false, fuzzy: 0 },
      { term: 'adiz', prefix: false, fuzzy: 0 },
    ]);
  });

  it('lets words of five letters or more match one letter off', () => {
    expect(queryTerms('bash').map((t) => t.fuzzy)).toEqual([0]);
    expect(queryTerms('bashi').map((t) => t.fuzzy)).toEqual([1]);
    expect(queryTerms('destroyr ').map((t) => t.fuzzy)).toEqual([1]);
  });

  it('folds case and accents', () => {
    expect(queryTerms('MÍLIUS').map((t) => t.term)).toEqual(['milius']);
  });

  it('does not search a query of single letters, or none', () => {
    expect(queryTerms('a')).toEqual([]);
    expect(queryTerms('a b ')).toEqual([]);
    expect(queryTerms('  ')).toEqual([]);
    expect(queryTerms('—')).toEqual([]);
  });
});
