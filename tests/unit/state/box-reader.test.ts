import { describe, expect, it } from 'vitest';
import type { BoxRead } from '../../../src/lib/model/box-read';
import type { LonLatBox } from '../../../src/lib/model/lon-lat-box';
import {
  BOX_READ_LIMIT,
  BoxReader,
  type ReadIncidentsInBox,
} from '../../../src/lib/state/box-reader.svelte';
import { createBoxRead } from '../../support/create';

const DATASET = {
  url: '/datasets/big/incidents.fgb',
  file: 'datasets/big/incidents.fgb',
  incidents: 4,
};
const STRAIT: LonLatBox = { west: 118, south: 20, east: 123, north: 27 };
const NORTH: LonLatBox = { west: 118, south: 24, east: 123, north: 27 };

/** A reader whose reads finish when the test says, with the calls it was given. */
function createReader() {
  const calls: { url: string; box: LonLatBox; signal: AbortSignal; limit: number }[] = [];
  const pending: { resolve: (read: BoxRead) => void; reject: (error: Error) => void }[] = [];
  const reader: ReadIncidentsInBox = (url, box, { signal, limit }) => {
    calls.push({ url, box, signal, limit });
    return new Promise((resolve, reject) => pending.push({ resolve, reject }));
  };
  return { reader, calls, pending };
}

/** A reader attached to the dataset with the strait already read and shown. */
async function createShowingStrait() {
  const { reader, calls, pending } = createReader();
  const boxes = new BoxReader();
  boxes.attach(DATASET, reader);
  const shown = boxes.readBox(STRAIT);
  pending[0]!.resolve(createBoxRead(STRAIT));
  await shown;
  return { boxes, calls, pending };
}

describe('BoxReader', () => {
  it('reads nothing until a dataset is attached', async () => {
    const boxes = new BoxReader();
    await boxes.readBox(STRAIT);
    expect(boxes.dataset).toBeUndefined();
    expect(boxes.read).toBeUndefined();
    expect(boxes.status).toEqual({ reading: false });
  });

  it('reads a view with the attached reader, at most BOX_READ_LIMIT incidents, and shows it', async () => {
    const { reader, calls, pending } = createReader();
    const boxes = new BoxReader();
    boxes.attach(DATASET, reader);
    const done = boxes.readBox(STRAIT);
    expect(boxes.status).toEqual({ reading: true });
    expect(calls.map((c) => [c.url, c.box, c.limit])).toEqual([
      [DATASET.url, STRAIT, BOX_READ_LIMIT],
    ]);
    const read = createBoxRead(STRAIT);
    pending[0]!.resolve(read);
    await done;
    expect(boxes.read).toBe(read);
    expect(boxes.status).toEqual({ reading: false });
    // The same view again is not read again.
    await boxes.readBox({ ...STRAIT });
    expect(calls).toHaveLength(1);
  });

  it('aborts an older read for a newer view, and never shows the older one', async () => {
    const { reader, calls, pending } = createReader();
    const boxes = new BoxReader();
    boxes.attach(DATASET, reader);
    const first = boxes.readBox(STRAIT);
    const second = boxes.readBox(NORTH);
    expect(calls[0]!.signal.aborted).toBe(true);
    expect(calls[1]!.signal.aborted).toBe(false);
    pending[1]!.resolve(createBoxRead(NORTH));
    pending[0]!.resolve(createBoxRead(STRAIT));
    await Promise.all([first, second]);
    expect(boxes.read?.box).toEqual(NORTH);
  });

  it('says why a read failed, keeps the last view, and reads the same box again after a failure', async () => {
    const { boxes, calls, pending } = await createShowingStrait();
    const failing = boxes.readBox(NORTH);
    pending[1]!.reject(new Error('Cannot read /datasets/big/incidents.fgb: HTTP 500'));
    await failing;
    expect(boxes.status).toEqual({
      reading: false,
      error: 'Cannot read /datasets/big/incidents.fgb: HTTP 500',
    });
    expect(boxes.read?.box).toEqual(STRAIT);
    void boxes.readBox(STRAIT);
    expect(calls).toHaveLength(3);
  });

  it('forgets the dataset, its reader and its last read when detached, aborting a read', async () => {
    const { boxes, calls, pending } = await createShowingStrait();
    const late = boxes.readBox(NORTH);
    boxes.detach();
    expect(calls[1]!.signal.aborted).toBe(true);
    pending[1]!.resolve(createBoxRead(NORTH));
    await late;
    expect([boxes.dataset, boxes.read, boxes.status]).toEqual([
      undefined,
      undefined,
      { reading: false },
    ]);
    await boxes.readBox(STRAIT);
    expect(calls).toHaveLength(2);
  });
});
