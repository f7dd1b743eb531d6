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
