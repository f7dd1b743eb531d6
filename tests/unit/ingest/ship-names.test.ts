import { describe, expect, it } from 'vitest';
import { shipNames } from '../../../src/lib/ingest/ship-names';

describe('shipNames', () => {
  it('reads prefix, name and hull number, for one ship or several', () => {
    expect(
      shipNames(
        'Arleigh Burke-class guided-missile destroyer USS Rafael Peralta (DDG 115) and Royal Canadian Navy Halifax-class frigate HMCS Ottawa (FFH 341) conducted a routine Taiwan Strait transit.',
      ).map(({ name, actor }) => [name, actor]),
    ).toEqual([
      ['Rafael Peralta', 'USS Rafael Peralta (DDG 115)'],
      ['Ottawa', 'HMCS Ottawa (FFH 341)'],
    ]);
  });

  it('keeps a hull number with a status prefix whole, as the release writes it', () => {
    expect(
      shipNames(
        'USS Stethem (DDG 63) and USNS Cesar Chavez (T-AKE-14) conducted a routine Taiwan Strait transit.',
      ).map((s) => s.actor),
    ).toEqual(['USS Stethem (DDG 63)', 'USNS Cesar Chavez (T-AKE-14)']);
    expect(shipNames('the oiler USNS John Ericsson (T-AO 194) sailed').map((s) => s.name)).toEqual([
      'John Ericsson',
    ]);
  });

  it('gives the offsets of the words', () => {
    const text = 'The destroyer USS Chung-Hoon (DDG 93), conducted a transit.';
    const [ship] = shipNames(text);
    expect(text.slice(ship!.start, ship!.end)).toBe('USS Chung-Hoon (DDG 93)');
  });

  it('takes one word for a ship named without its hull number', () => {
    expect(shipNames('USS Mustin Transits the Taiwan Strait').map((s) => s.actor)).toEqual([
      'USS Mustin',
    ]);
    expect(shipNames('Chung-Hoon’s transit').map((s) => s.actor)).toEqual([]);
  });
});
