import { describe, expect, it } from 'vitest';
import type { Gazetteer } from '../../../src/lib/ingest/gazetteer-schema';
import { matchGazetteer } from '../../../src/lib/ingest/match-gazetteer';
import { deepFreeze } from '../../../src/lib/model/parse-feature-collection';
import { repoGazetteer } from '../../support/ingest';

const gazetteer = repoGazetteer();
const read = (text: string, g: Gazetteer = gazetteer) =>
  matchGazetteer(text, g).map((m) => [m.text, m.entry.target.feature ?? m.entry.target.actor]);

describe('matchGazetteer', () => {
  it('matches the longest name first, so no shorter name matches inside it', () => {
    expect(read('The Taiwan Strait, the Washington Post and Washington.')).toEqual([
      ['Taiwan Strait', 'taiwan-strait/transit-corridor'],
      ['Washington Post', 'Washington Post'],
      ['Washington', 'reported-places/pentagon'],
    ]);
  });

  it('gives offsets at which the text has exactly the words', () => {
    const text = 'Li’s trip to Moscow – and to Karuizawa.';
    for (const m of matchGazetteer(text, gazetteer))
      expect(text.slice(m.start, m.end)).toBe(m.text);
  });

  it('treats curly and straight apostrophes alike', () => {
    expect(read('Taiwan’s defence ministry said')).toEqual([
      ['Taiwan’s defence ministry', 'Taiwan MND'],
    ]);
    expect(read("Taiwan's defence ministry said")).toEqual([
      ["Taiwan's defence ministry", 'Taiwan MND'],
    ]);
  });

  it('matches names written in capitals only in capitals', () => {
    expect(read('Let us go; the US went.')).toEqual([['US', 'reported-places/pentagon']]);
  });

  it('matches whole words only', () => {
    expect(read('Chinatown and Ukrainians-to-be, Americana')).toEqual([]);
  });

  it('reads a coordination back from its head', () => {
    expect(
      read('entered the southwestern and southeastern air defense identification zone'),
    ).toEqual([
      ['southwestern', 'adiz/taiwan-adiz-southwest'],
      ['southeastern air defense identification zone', 'adiz/taiwan-adiz-southeast'],
    ]);
    expect(read("entered Taiwan's northern, central and southwestern ADIZ").slice(1)).toEqual([
      ['northern', 'adiz/taiwan-adiz'],
      ['central', 'adiz/taiwan-adiz'],
      ['southwestern ADIZ', 'adiz/taiwan-adiz-southwest'],
    ]);
  });

  it('marks names after a place preposition as places, possessives not', () => {
    const flags = (text: string) =>
      matchGazetteer(text, gazetteer).map((m) => [m.text, m.locative]);
    expect(flags('An official in Kiev said')).toEqual([['Kiev', true]]);
    expect(flags('Kiev said')).toEqual([['Kiev', false]]);
    expect(flags('north of the capital Taipei')).toEqual([['Taipei', true]]);
    expect(flags('led to China’s largest war games')).toEqual([['China', false]]);
  });

  it('marks a place named as where something came from', () => {
    const m = matchGazetteer('flew from the East China Sea between Yonaguni and Taiwan', gazetteer);
    expect(m.map((x) => [x.text, x.origin])).toEqual([
      ['East China Sea', true],
      ['Yonaguni', false],
      ['Taiwan', false],
    ]);
  });

  it('drops ignored phrases and reads nothing inside them', () => {
    expect(read('ships in the Philippine Sea')).toEqual([]);
    const without = deepFreeze({ ...gazetteer, ignore: [] });
    expect(read('ships in the Philippine Sea', without)).toEqual([['Philippine', 'Philippines']]);
  });
});
