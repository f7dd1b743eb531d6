import { describe, expect, it } from 'vitest';
import { guessCategory } from '../../../src/lib/ingest/guess-category';

describe('guessCategory', () => {
  it.each([
    ['Taiwan detected 13 Chinese aircraft, four of which crossed the median line.', 'air-activity'],
    ['The destroyer sailed through the Taiwan Strait.', 'naval-transit'],
    ['Balikatan live-fire drills simulate island recapture.', 'exercise'],
    ['China’s defence minister met Putin for talks.', 'meeting'],
    ['China launched a rocket carrying a satellite.', 'launch'],
    ['China sanctioned Representative Michael McCaul.', 'sanction'],
    ['Washington accused Beijing of considering arms exports.', 'arms-and-aid'],
    ['Leaked documents show classified intelligence.', 'intelligence'],
    ['Putin ordered an invasion of the country.', 'conflict'],
    ['The spokesman warned against provocations.', 'statement'],
  ] as const)('“%s” → %s', (text, category) => {
    expect(guessCategory(text).category).toBe(category);
  });

  it('returns the cue words that decided, as the text has them', () => {
    expect(guessCategory('Four warships and 18 Aircraft entered the ADIZ.')).toEqual({
      category: 'air-activity',
      cues: ['Aircraft', 'ADIZ'],
      score: 2,
    });
  });

  it('says statement, with no cues and score 0, when nothing speaks for a category', () => {
    expect(guessCategory('Beijing is stunned by any contact.')).toEqual({
      category: 'statement',
      cues: [],
      score: 0,
    });
  });

  it('breaks a tie for the more specific category', () => {
    // One cue each for naval transit ("sailed") and statement ("warned").
    expect(guessCategory('It sailed and warned.').category).toBe('naval-transit');
  });

  it('files an aircraft through the strait as air activity, not a naval transit', () => {
    expect(
      guessCategory(
        'A U.S. Navy P-8A Poseidon transited the Taiwan Strait in international airspace on April 28, 2023 (local time). The United States will continue to fly, sail, and operate anywhere international law allows.',
      ).category,
    ).toBe('air-activity');
    // A ship named keeps the transit naval.
    expect(
      guessCategory('USS Milius (DDG 69) conducted a routine Taiwan Strait transit.').category,
    ).toBe('naval-transit');
  });

  it('files a coast guard’s law-enforcement patrol as an operation, not a statement', () => {
    expect(
      guessCategory(
        'The Fujian coast guard on Friday conducted routine law-enforcement patrols in waters near Kinmen in accordance with the law, said a spokesperson for a regional bureau of China Coast Guard.',
      ).category,
    ).toBe('exercise');
  });
});
