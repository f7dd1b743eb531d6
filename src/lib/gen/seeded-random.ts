import { xoroshiro128plus } from 'pure-rand/generator/xoroshiro128plus';

/**
 * A deterministic source of uniform numbers in [0, 1) from pure-rand's xoroshiro128+. Stream
 * `k` starts `k` jumps (2^64 draws each) after stream 0, so streams of one seed never overlap
 * and a change in how many numbers one stream draws cannot shift another.
 *
 * @example
 * const random = seededRandom(1);
 * random(); // → the same number for seed 1 on every machine
 * seededRandom(1, 1)(); // an independent stream of the same seed
 */
export function seededRandom(seed: number, stream = 0): () => number {
  const rng = xoroshiro128plus(seed);
  for (let i = 0; i < stream; i++) rng.jump();
  // 32 random bits are plenty for sampling synthetic data; this is pure-rand's documented
  // fast path (uniformFloat64 would draw twice as many numbers for bits nobody sees).
  return () => (rng.next() >>> 0) / 4294967296;
}
