/**
 * The private fields of flatbush that scripts/dataset/packed-hilbert-rtree.ts reads (flatbush is pinned
 * to 4.7.0 for them): `_boxes`, `_levelBounds` and `_indices`, with the shapes the tree builder
 * relies on. An upgrade that renames or reshapes them fails this test, not `npm run gen`.
 */
import Flatbush from 'flatbush';
import { generateLevelBounds } from 'flatgeobuf/lib/mjs/packedrtree.js';
import { describe, expect, it } from 'vitest';
import { INDEX_NODE_SIZE, packedHilbertRTree } from '../../../scripts/dataset/packed-hilbert-rtree';

const N = 40;
const lon = Float64Array.from({ length: N }, (_, i) => 100 + ((i * 7) % 40));
const lat = Float64Array.from({ length: N }, (_, i) => -10 + ((i * 13) % 50));

describe('flatbush internals the FlatGeobuf index is built from', () => {
  const index = new Flatbush(N, INDEX_NODE_SIZE, Float64Array);
  for (let i = 0; i < N; i++) index.add(lon[i]!, lat[i]!);
  index.finish();

  it('keeps every level’s boxes bottom-up in _boxes, four numbers a node, ended by _levelBounds', () => {
    // 40 leaves, 3 parents, 1 root.
    expect(index._boxes).toBeInstanceOf(Float64Array);
    expect(index._levelBounds).toEqual([40 * 4, 43 * 4, 44 * 4]);
    expect(index._boxes.length).toBe(44 * 4);
    const root = Array.from(index._boxes.subarray(43 * 4, 44 * 4));
    expect(root).toEqual([index.minX, index.minY, index.maxX, index.maxY]);
    // Its levels are FlatGeobuf's, top-down there.
    expect(generateLevelBounds(N, INDEX_NODE_SIZE).map(([s, e]) => e - s)).toEqual([40, 3, 1]);
  });

  it('keeps each leaf’s point index in _indices, every point once, leaf boxes being the points', () => {
    expect(index._indices).toBeInstanceOf(Uint16Array);
    const order = Array.from(index._indices.subarray(0, N));
    expect([...order].sort((a, b) => a - b)).toEqual(Array.from({ length: N }, (_, i) => i));
    for (let k = 0; k < N; k++) {
      const box = Array.from(index._boxes.subarray(k * 4, k * 4 + 4));
      expect(box).toEqual([lon[order[k]!], lat[order[k]!], lon[order[k]!], lat[order[k]!]]);
    }
  });

  it('gives packedHilbertRTree the same order and extent', () => {
    const tree = packedHilbertRTree(lon, lat);
    expect(Array.from(tree.order)).toEqual(Array.from(index._indices.subarray(0, N)));
    expect(tree.extent).toEqual([index.minX, index.minY, index.maxX, index.maxY]);
    expect(tree.bytes(new Array<number>(N).fill(0)).length).toBe(44 * 40);
  });
});
