import { streamSearch } from 'flatgeobuf/lib/mjs/packedrtree.js';
import { describe, expect, it, vi } from 'vitest';
import { packedHilbertRTree } from '../../../scripts/dataset/packed-hilbert-rtree';
import { searchPackedRtree, type SearchRect } from '../../../src/lib/data/packed-rtree-search';
import { syntheticColumns } from '../../../src/lib/gen/synthetic-columns';

/** An index over n generated points (features 100 bytes apart) and a reader that logs reads. */
function tree(n: number) {
  const { lon, lat } = syntheticColumns(n, 9);
  const built = packedHilbertRTree(lon, lat);
  const bytes = built.bytes(Array.from({ length: n }, (_, k) => k * 100));
  const reads: number[] = [];
  const readNode = async (offset: number, size: number) => {
    reads.push(size);
    return bytes.slice(offset, offset + size).buffer;
  };
  return { n, readNode, reads };
}

async function all<T>(items: AsyncIterable<T>, limit = Infinity): Promise<T[]> {
  const out: T[] = [];
  for await (const item of items) {
    if (out.length === limit) break;
    out.push(item);
  }
  return out;
}

const BOXES: Record<string, SearchRect> = {
  everywhere: { minX: -180, minY: -90, maxX: 180, maxY: 90 },
  strait: { minX: 119, minY: 22, maxX: 122.5, maxY: 26 },
  tiny: { minX: 121.5, minY: 25, maxX: 121.6, maxY: 25.1 },
  nowhere: { minX: 0, minY: 0, maxX: 1, maxY: 1 },
};

describe('searchPackedRtree', () => {
  vi.spyOn(console, 'debug').mockImplementation(() => {});

  it('finds what flatgeobuf’s streamSearch finds, in the same order', async () => {
    for (const n of [1, 15, 16, 17, 300, 5000]) {
      const t = tree(n);
      for (const [name, rect] of Object.entries(BOXES)) {
        const ours = await all(searchPackedRtree(n, 16, rect, t.readNode, 64));
        const theirs = await all(streamSearch(n, 16, rect, t.readNode));
        const label = `${name} at ${n}`;
        expect(
          ours.map(([offset, index]) => [offset, index]),
          label,
        ).toEqual(theirs.map(([offset, index]) => [offset, index]));
        // Every length is the distance to the next feature (100 bytes here), but for the last
        // feature of the file, whose length the index does not give; flatgeobuf 4.5 gives 0
        // for its last few leaves, so it is compared where it knows the length.
        for (const [k, [offset, index, length]] of ours.entries()) {
          expect(length, `${label}, feature ${index}`).toBe(index === n - 1 ? 0 : 100);
          const known = Number(theirs[k]![2] ?? 0);
          if (known > 0) expect(length).toBe(known);
          expect(offset).toBe(index * 100);
        }
      }
    }
  });

  it('reads the leaves in slices as results are used, so stopping early reads little', async () => {
    const n = 20_000;
    const everywhere = BOXES.everywhere!;
    const ours = tree(n);
    expect(await all(searchPackedRtree(n, 16, everywhere, ours.readNode, 1024), 500)).toHaveLength(
      500,
    );
    const theirs = tree(n);
    expect(await all(streamSearch(n, 16, everywhere, theirs.readNode), 500)).toHaveLength(500);
    const sum = (reads: number[]) => reads.reduce((a, b) => a + b, 0);
    // flatgeobuf fetched the whole leaf level (20,000 × 40 bytes) for 500 results.
    expect(sum(theirs.reads)).toBeGreaterThan(n * 40);
    // We read the inner levels (the largest: one node per 16 leaves) and one slice of leaves.
    expect(Math.max(...theirs.reads)).toBeGreaterThanOrEqual(n * 40);
    expect(Math.max(...ours.reads)).toBeLessThanOrEqual(Math.ceil(n / 16) * 40);
    expect(sum(ours.reads)).toBeLessThan(sum(theirs.reads) / 5);
  });
});
