/** A ship a text names by its prefix ("USS Chung-Hoon (DDG 93)"), as an actor. */
export interface ShipName {
  /** The name without prefix or hull number ("Chung-Hoon"), as later sentences say it. */
  readonly name: string;
  /** Prefix, name and hull number as the text gives them ("USS Chung-Hoon (DDG 93)"). */
  readonly actor: string;
  readonly start: number;
  readonly end: number;
}

/**
 * Navy and coast-guard ship prefixes of the fleets that transit the strait. With a hull number,
 * the name is every capitalised word before it; without, one word. A hull number is letters and
 * digits ("DDG 93", "FFH 341"), after a one- or two-letter status prefix for a ship of the
 * Military Sealift Command or a reserve ("T-AKE-14", "T-AO 187").
 */
const SHIP =
  /\b(USS|USNS|USCGC|HMCS|HMS|HMAS|HMNZS|JS|FS|ITS|HNLMS|ROKS)\s+(?:((?:[A-Z][\p{L}.'’-]*\s+){0,3}[A-Z][\p{L}.'’-]*)\s*[([]\s*((?:[A-Z]{1,2}-)?[A-Z]{1,5}[- ]?\d{1,4})\s*[)\]]|([A-Z][\p{L}'’-]*))/gu;

/**
 * The ships a text names with a prefix, each with its hull number when the text gives one: a
 * fleet release's actor is the ship, "USS Ralph Johnson (DDG 114)", and the hull number is part of
 * the name, never a count.
 *
 * @example
 * shipNames('USS Mustin (DDG 89) conducted a routine Taiwan Strait transit Aug. 18.')
 * // → [{ name: 'Mustin', actor: 'USS Mustin (DDG 89)', start: 0, end: 19 }]
 */
export function shipNames(text: string): ShipName[] {
  return [...text.matchAll(SHIP)].map((m) => ({
    name: (m[2] ?? m[4]!).replace(/[’']s$/, ''),
    // The hull number as the release writes it ("DDG 93", "T-AKE-14"), its spaces one each.
    actor: m[2]
      ? `${m[1]} ${m[2]} (${m[3]!.replace(/\s+/g, ' ')})`
      : `${m[1]} ${m[4]!.replace(/[’']s$/, '')}`,
    start: m.index,
    end: m.index + m[0].length,
  }));
}
