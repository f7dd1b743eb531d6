import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../../src/lib/ingest/split-sentences';
import { GEODATA_DIR } from '../../support/geodata';

const seed = readFileSync(`${GEODATA_DIR}/sources/dailymail-2023-04-17.txt`, 'utf8');

describe('splitSentences', () => {
  it('cuts at sentence ends but not at abbreviations', () => {
    const text =
      'The U.S. 7th Fleet said so by 6 a.m. on Monday. It also sanctioned U.S. Rep. McCaul.';
    expect(splitSentences(text).map((s) => s.text)).toEqual([
      'The U.S. 7th Fleet said so by 6 a.m. on Monday.',
      'It also sanctioned U.S. Rep. McCaul.',
    ]);
  });

  it('never lets a sentence cross a line break: headlines and captions stay apart', () => {
    const text = 'Ships seen near Taiwan\n\nThe ministry said so.\nPhoto caption without a stop';
    expect(splitSentences(text).map((s) => [s.text, s.paragraph])).toEqual([
      ['Ships seen near Taiwan', 0],
      ['The ministry said so.', 1],
      ['Photo caption without a stop', 2],
    ]);
  });

  it('gives exact slices of the seed article, in order, covering every non-blank character', () => {
    const sentences = splitSentences(seed);
    let covered = '';
    let last = 0;
    for (const s of sentences) {
      expect(seed.slice(s.start, s.end)).toBe(s.text);
      expect(s.start).toBeGreaterThanOrEqual(last);
      covered += seed.slice(last, s.start).replace(/\s/g, '') === '' ? '' : 'GAP';
      last = s.end;
    }
    expect(covered).toBe('');
    expect(seed.slice(last).trim()).toBe('');
  });

  it('keeps an opening quotation mark with its sentence', () => {
    const text = '“We have very strong ties. They are very stable,” he said.';
    expect(splitSentences(text)[0]?.text.startsWith('“We')).toBe(true);
  });
});
