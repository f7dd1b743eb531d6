import { generateLevelBounds, NODE_ITEM_BYTE_LEN } from 'flatgeobuf/lib/mjs/packedrtree.js';

/** Leaf nodes read at once at most (40 bytes each: 640 KB). */
export const LEAF_NODES_PER_READ = 16_384;

/** A box in the tree's coordinates. */
export interface SearchRect {
  readonly minX: number;
  readonly minY: number;
  readonly maxX: number;
  readonly maxY: number;
}

/** Read `size` bytes of the index at `offset` from its start. */
export type ReadNode = (offset: number, size: number) => Promise<ArrayBuffer>;

/**
 * Search a FlatGeobuf packed Hilbert R-tree for the features in `rect`, yielding
 * `[byte offset, feature index, byte length]` in file order, as flatgeobuf's `streamSearch`
 * does, with one difference that matters at a million features: the leaf level is read in
 * slices of at most `leafNodesPerRead` nodes, as the caller consumes results. flatgeobuf reads
 * every leaf range of the box in one request, so a view over most of a 1M-point file fetched
 * the whole 38 MB leaf level before the first feature, even when the caller stopped after
 * 100,000. The inner levels (1/16 of the leaves and less) are read level by level, neighbours
 * merged, as flatgeobuf does.
 *
 * A feature's length is the distance to the next leaf's offset; the file's last feature has
 * length 0 (unknown), as in flatgeobuf 4.5.
 *
 * @example
 * for await (const [offset, index, length] of searchPackedRtree(count, 16, rect, readNode)) …
 */
export async function* searchPackedRtree(
  numItems: number,
  nodeSize: number,
  rect: SearchRect,
  readNode: ReadNode,
  leafNodesPerRead = LEAF_NODES_PER_READ,
): AsyncGenerator<[number, number, number]> {
  const levels = generateLevelBounds(numItems, nodeSize) as [number, number][];
  const [leafStart, leafEnd] = levels[0]!;
  const hits = (view: DataView, at: number) =>
    !(
      rect.maxX < view.getFloat64(at, true) ||
      rect.maxY < view.getFloat64(at + 8, true) ||
      rect.minX > view.getFloat64(at + 16, true) ||
      rect.minY > view.getFloat64(at + 24, true)
    );

  // Inner levels, root first: ranges of node indexes [start, end) to look at, merged when
  // adjacent. A tree of one level (fewer items than a node holds) is all leaves.
  let ranges: [number, number][] = levels.length > 1 ? [[0, 1]] : [[leafStart, leafEnd]];
  for (let level = levels.length - 1; level >= 1; level--) {
    const childLevelEnd = levels[level - 1]![1];
    const next: [number, number][] = [];
    for (const [start, end] of ranges) {
      const view = new DataView(
        await readNode(start * NODE_ITEM_BYTE_LEN, (end - start) * NODE_ITEM_BYTE_LEN),
      );
      for (let node = start; node < end; node++) {
        const at = (node - start) * NODE_ITEM_BYTE_LEN;
        if (!hits(view, at)) continue;
        const first = Number(view.getBigUint64(at + 32, true));
        const childEnd = Math.min(first + nodeSize, childLevelEnd);
        const last = next.at(-1);
        if (last && last[1] === first) last[1] = childEnd;
        else next.push([first, childEnd]);
      }
    }
    ranges = next;
  }

  // Leaves, in slices: one node more than the slice where there is one, for the last
  // feature's length.
  for (const [start, end] of ranges) {
    for (let from = start; from < end; from += leafNodesPerRead) {
      const to = Math.min(end, from + leafNodesPerRead);
      const readTo = Math.min(leafEnd, to + 1);
      const view = new DataView(
        await readNode(from * NODE_ITEM_BYTE_LEN, (readTo - from) * NODE_ITEM_BYTE_LEN),
      );
      for (let node = from; node < to; node++) {
        const at = (node - from) * NODE_ITEM_BYTE_LEN;
        if (!hits(view, at)) continue;
        const offset = Number(view.getBigUint64(at + 32, true));
        const length =
          node + 1 < readTo
            ? Number(view.getBigUint64(at + NODE_ITEM_BYTE_LEN + 32, true)) - offset
            : 0;
        yield [offset, node - leafStart, length];
      }
    }
  }
}
