import type { BoxRead, BoxReadDataset } from '../model/box-read';
import { type LonLatBox, sameBox } from '../model/lon-lat-box';

/** Incidents read for one view at most (~7 s and ~50 MB here); zooming in reads the rest. */
export const BOX_READ_LIMIT = 100_000;

/**
 * Reads the incidents in a box from a dataset's file: `readIncidentsInBox` of
 * src/lib/data/read-flatgeobuf.ts in the app, handed in by App.svelte.
 */
export type ReadIncidentsInBox = (
  url: string,
  box: LonLatBox,
  options: { readonly signal: AbortSignal; readonly limit: number },
) => Promise<BoxRead>;

/** Whether a box is being read, or why the last read failed. */
export interface BoxReadStatus {
  readonly reading: boolean;
  readonly error?: string;
}

/**
 * Box reads: the incidents of the map's view, read by bounding box from a dataset too large to
 * load whole (a FlatGeobuf file over range requests). Attached when the link opens such a
 * dataset, with the function that reads it; each new view's read aborts the one before.
 */
export class BoxReader {
  #dataset = $state.raw<BoxReadDataset>();
  #read = $state.raw<BoxRead>();
  #status = $state.raw<BoxReadStatus>({ reading: false });
  #reader: ReadIncidentsInBox | undefined;
  #abort: AbortController | undefined;

  /** The dataset read by box; undefined while none is attached. */
  get dataset(): BoxReadDataset | undefined {
    return this.#dataset;
  }

  /** The last box read, which the views show; undefined before the first and once detached. */
  get read(): BoxRead | undefined {
    return this.#read;
  }

  get status(): BoxReadStatus {
    return this.#status;
  }

  /** Read `dataset` by box from now on, with `reader`. */
  attach(dataset: BoxReadDataset, reader: ReadIncidentsInBox): void {
    this.detach();
    this.#dataset = dataset;
    this.#reader = reader;
  }

  /** Stop reading by box: an unfinished read is aborted and the last one forgotten. */
  detach(): void {
    this.#abort?.abort();
    this.#abort = undefined;
    this.#dataset = undefined;
    this.#reader = undefined;
    this.#read = undefined;
    this.#status = { reading: false };
  }

  /**
   * Read the incidents in a box (the map's view) and show them; a newer box aborts an older
   * read, and the box already shown is not read again (unless its read failed).
   */
  async readBox(box: LonLatBox): Promise<void> {
    const dataset = this.#dataset;
    const reader = this.#reader;
    if (!dataset || !reader) return;
    const last = this.#read?.box;
    if (last && !this.#status.error && sameBox(last, box)) return;
    this.#abort?.abort();
    const abort = new AbortController();
    this.#abort = abort;
    this.#status = { reading: true };
    try {
      const read = await reader(dataset.url, box, { signal: abort.signal, limit: BOX_READ_LIMIT });
      if (abort.signal.aborted) return;
      this.#read = read;
      this.#status = { reading: false };
    } catch (error) {
      if (abort.signal.aborted) return;
      this.#status = { reading: false, error: (error as Error).message };
    }
  }
}
