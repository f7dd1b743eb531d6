// flatbush's private fields `_boxes`, `_levelBounds` and `_indices` are read below (flatbush
// exposes no other way to its levels). It is pinned to exactly 4.7.0 in package.json for them;
// tests/unit/scripts/packed-hilbert-rtree.test.ts fails when an upgrade changes them.
import Flatbush from 'flatbush';
import { generateLevelBounds, NODE_ITEM_BYTE_LEN } from 'flatgeobuf/lib/mjs/packedrtree.js';

/** Children a node of FlatGeobuf's index has (the format's default). */
export const INDEX_NODE_SIZE = 16;

export interface PackedHilbertRTree {
  /** Point indices in the order their features must be written (Hilbert order). */
  readonly order: Uint32Array;
  /** The points' extent, `[minX, minY, maxX, maxY]`. */
  readonly extent: readonly [number, number, number, number];
  /**
   * The index section of a FlatGeobuf file: every node, root first, 40 bytes each (box as four
   * little-endian float64, then a uint64 offset). `featureOffsets[k]` is where the k-th written
   * feature (point `order[k]`) starts, in bytes from the start of the features section.
   */
  readonly bytes: (featureOffsets: ArrayLike<number>) => Uint8Array;
}

/**
 * FlatGeobuf's spatial index over points: a packed Hilbert R-tree. flatbush sorts the points
 * along a Hilbert curve and builds the node boxes bottom-up (FlatGeobuf's index is a port of
 * it, with the same levels); this lays them out as FlatGeobuf stores them, root first, with
 * each leaf pointing at its feature's bytes and each parent at its first child. A bounding-box
 * read then fetches a few index nodes and only the features that lie in the box.
 *
 * @example
 * const tree = packedHilbertRTree(lon, lat);
 * // write the features of points tree.order[0], tree.order[1], … and note where each starts:
 * const index = tree.bytes(featureOffsets);
 */
export function packedHilbertRTree(
  lon: Float64Array,
  lat: Float64Array,
  nodeSize = INDEX_NODE_SIZE,
): PackedHilbertRTree {
  const n = lon.length;
  if (n === 0 || lat.length !== n) {
    throw new Error(
      `packedHilbertRTree: needs one or more points, got ${n} lon and ${lat.length} lat`,
    );
  }
  const flatbush = new Flatbush(n, nodeSize, Float64Array);
  for (let i = 0; i < n; i++) flatbush.add(lon[i]!, lat[i]!);
  flatbush.finish();
  // flatbush keeps every level bottom-up in one array (leaves first, in sorted order, then
  // their parents, …, the root last); FlatGeobuf stores the same levels top-down.
  const boxes = flatbush._boxes;
  const levelEnds = flatbush._levelBounds.map((end) => end / 4);
  const order = Uint32Array.from(flatbush._indices.subarray(0, n));
  const levels = generateLevelBounds(n, nodeSize);
  if (levels.length !== levelEnds.length) {
    throw new Error('packedHilbertRTree: flatbush and FlatGeobuf disagree on the tree levels');
  }

  return {
    order,
    extent: [flatbush.minX, flatbush.minY, flatbush.maxX, flatbush.maxY],
    bytes: (featureOffsets) => {
      if (featureOffsets.length !== n) {
        throw new Error(`packedHilbertRTree: ${featureOffsets.length} offsets for ${n} features`);
      }
      // Leaves are the last level in the file: their end is the number of nodes.
      const tree = new Uint8Array(levels[0]![1] * NODE_ITEM_BYTE_LEN);
      const view = new DataView(tree.buffer);
      let from = 0; // the level's first node in flatbush's array
      levels.forEach(([start, end], level) => {
        if (levelEnds[level]! - from !== end - start) {
          throw new Error(`packedHilbertRTree: level ${level} sizes disagree`);
        }
        for (let j = 0; j < end - start; j++) {
          const box = (from + j) * 4;
          const at = (start + j) * NODE_ITEM_BYTE_LEN;
          view.setFloat64(at, boxes[box]!, true);
          view.setFloat64(at + 8, boxes[box + 1]!, true);
          view.setFloat64(at + 16, boxes[box + 2]!, true);
          view.setFloat64(at + 24, boxes[box + 3]!, true);
          // A leaf points at its feature; a parent at its first child, one level down.
          const offset = level === 0 ? featureOffsets[j]! : levels[level - 1]![0] + j * nodeSize;
          view.setUint32(at + 32, offset % 2 ** 32, true);
          view.setUint32(at + 36, Math.floor(offset / 2 ** 32), true);
        }
        from = levelEnds[level]!;
      });
      return tree;
    },
  };
}
