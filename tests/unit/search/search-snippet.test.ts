import { describe, expect, it } from 'vitest';
import { searchSnippet, snippetParts } from '../../../src/lib/search/search-snippet';
import { foldTerm, wordSpans } from '../../../src/lib/search/search-terms';

describe('foldTerm and wordSpans', () => {
  it('fold case and accents, and keep each word’s offsets in the text as it is', () => {
    expect(foldTerm('MÍLIUS Ünder')).toBe('milius under');
    const text = 'USS Milius’s transit, 54 aircraft';
    const spans = wordSpans(text);
    expect(spans.map((w) => w.term)).toEqual(['uss', 'milius', 's', 'transit', '54', 'aircraft']);
    for (const w of spans) expect(foldTerm(text.slice(w.start, w.end))).toBe(w.term);
  });
});

describe('searchSnippet', () => {
  it('marks every matched word, whatever its case or accents', () => {
    const text = 'The USS Milius sailed; the Mílius turned back.';
    const snippet = searchSnippet(text, new Set(['milius']));
    expect(snippet.marks.map(([a, b]) => snippet.text.slice(a, b))).toEqual(['Milius', 'Mílius']);
    expect([snippet.cutBefore, snippet.cutAfter]).toEqual([false, false]);
  });

  it('cuts a long text around the first match, between words, with the text’s own characters', () => {
    const text = `${'word '.repeat(60)}the single-day high since October 2021 ${'more '.repeat(60)}`;
    const snippet = searchSnippet(text, new Set(['october']), 80);
    expect(snippet.text).toBe(text.slice(snippet.from, snippet.from + snippet.text.length));
    expect(snippet.text.length).toBeLessThanOrEqual(80);
    expect(snippet.text).toMatch(/^single-day high since October/);
    expect(snippet.text).toMatch(/[a-z0-9]$/);
    expect([snippet.cutBefore, snippet.cutAfter]).toEqual([true, true]);
    expect(snippet.marks.map(([a, b]) => snippet.text.slice(a, b))).toEqual(['October']);
  });

  it('is the text’s start when nothing matched, and parts rebuild the text', () => {
    const snippet = searchSnippet('Taiwan detects four Chinese warships', new Set(), 20);
    expect(snippet).toEqual({
      text: 'Taiwan detects four',
      from: 0,
      marks: [],
      cutBefore: false,
      cutAfter: true,
    });
    const marked = searchSnippet('USS Milius transits', new Set(['milius']));
    expect(snippetParts(marked)).toEqual([
      { text: 'USS ', marked: false },
      { text: 'Milius', marked: true },
      { text: ' transits', marked: false },
    ]);
  });
});
