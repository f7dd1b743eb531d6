/**
 * TermIndex: every term must match, each group keeps only its best few (with how many match),
 * ranked as MiniSearch ranks (a title word above a text word, an exact word above a prefix or
 * a word one letter off), the words matched are named, and removed documents are not found,
 * compacted or not.
 */
import { describe, expect, it } from 'vitest';
import { queryTerms } from '../../../src/lib/search/search-query';
import { TermIndex } from '../../../src/lib/search/term-index';

/** An index of [title, text, group] documents, title boosted ×2, in two groups. */
function createIndex(documents: readonly (readonly [string, string, number])[]): TermIndex {
  const index = new TermIndex([2, 1], 2);
  for (const [title, text, group] of documents) index.add([title, text], group);
  return index;
}

const slots = (index: TermIndex, query: string, perGroup = 6) =>
  index.search(queryTerms(query), perGroup).top.map((group) => group.map((r) => r.slot));

describe('TermIndex', () => {
  it('finds only documents that match every term', () => {
    const index = createIndex([
      ['Aircraft near Taiwan', '', 0],
      ['Aircraft near Japan', '', 0],
      ['Ships near Taiwan', '', 0],
    ]);
    expect(slots(index, 'aircraft taiwan ')).toEqual([[0], []]);
    expect(slots(index, 'near ')).toEqual([[0, 1, 2], []]);
    expect(slots(index, 'balloon ')).toEqual([[], []]);
  });

  it('keeps the best few of each group, and counts them all', () => {
    const documents = Array.from(
      { length: 500 },
      (_, i) =>
        [i === 321 ? 'carrier carrier' : 'carrier', 'group '.repeat(1 + (i % 7)), i % 2] as const,
    );
    const index = createIndex(documents);
    const { top, totals } = index.search(queryTerms('carrier '), 3);
    expect(totals).toEqual([250, 250]);
    expect(top.map((g) => g.length)).toEqual([3, 3]);
    // The one with the word twice in its title is first in its group (321 is odd: group 1).
    expect(top[1]![0]!.slot).toBe(321);
    for (const group of top) {
      const scores = group.map((r) => r.score);
      expect(scores).toEqual([...scores].sort((a, b) => b - a));
    }
  });

  it('ranks a title above a text, and a whole word above a prefix or one letter off', () => {
    const index = createIndex([
      ['', 'milius', 0],
      ['milius', '', 0],
    ]);
    expect(slots(index, 'milius ')).toEqual([[1, 0], []]);
    const words = createIndex([
      ['milius', '', 0],
      ['miliusx', '', 0],
      ['milios', '', 0],
    ]);
    // Typed: the word itself first, then one that starts with it and one a letter off.
    const [typed] = slots(words, 'milius');
    expect(typed![0]).toBe(0);
    expect([...typed!].sort()).toEqual([0, 1, 2]);
  });

  it('names every word of the index the query matched, folded', () => {
    const index = createIndex([['Míliüs transits', 'milus', 0]]);
    expect([...index.search(queryTerms('milius'), 6).matched].sort()).toEqual(['milius', 'milus']);
  });

  it('does not find removed documents, before and after compacting', () => {
    const words = ['alpha', 'bravo', 'delta'];
    const fields = (slot: number): [string, string] => [words[slot % 3]!, 'common'];
    const index = createIndex(Array.from({ length: 3000 }, (_, i) => [...fields(i), 0] as const));
    index.remove(0, fields(0));
    expect(index.size).toBe(2999);
    expect(index.search(queryTerms('alpha '), 6).totals).toEqual([999, 0]);
    // Removing more than half compacts the posting lists; the rest is found as before.
    for (let slot = 1; slot < 2000; slot++) index.remove(slot, fields(slot));
    expect(index.size).toBe(1000);
    expect(index.search(queryTerms('common '), 6).totals).toEqual([1000, 0]);
    expect(index.search(queryTerms('bravo '), 6).totals).toEqual([333, 0]);
    expect(slots(index, 'delta ', 2)).toEqual([[2000, 2003], []]);
    index.remove(2000, fields(2000));
    expect(index.search(queryTerms('common '), 6).totals).toEqual([999, 0]);
    expect(index.search(queryTerms('delta '), 6).totals).toEqual([333, 0]);
  });
});
