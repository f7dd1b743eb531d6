/** How sliced work runs: its progress, what stops it, how long a slice is, how it yields. */
export interface SliceOptions<P> {
  readonly onProgress?: (progress: P) => void;
  readonly signal?: AbortSignal;
  /** About how long a slice runs before the page is given back (default 30 ms). */
  readonly sliceMs?: number;
  readonly yieldToMain?: () => Promise<void>;
}

/**
 * Run a generator of steps in slices of about `sliceMs` (30 ms), yielding to the page between
 * slices, so long work (checking a dataset, an import) never freezes it. `signal` stops it
 * between two steps: the promise rejects with the signal's reason, and nothing is returned.
 *
 * @example
 * const model = await runSliced(buildModelSteps(files), { onProgress: (p) => show(p), signal });
 */
export async function runSliced<P, T>(
  steps: Generator<P, T>,
  options: SliceOptions<P> = {},
): Promise<T> {
  const { onProgress, signal, sliceMs = 30, yieldToMain = yieldToPage } = options;
  let sliceStart = performance.now();
  for (;;) {
    signal?.throwIfAborted();
    const step = steps.next();
    if (step.done) return step.value;
    if (performance.now() - sliceStart >= sliceMs) {
      onProgress?.(step.value);
      await yieldToMain();
      sliceStart = performance.now();
    }
  }
}

/**
 * A new task at the back of the queue (a MessageChannel message: no timer clamping), so the
 * map worker's tiles, input and frames queued meanwhile go first. `scheduler.yield()` would
 * resume ahead of them and starve the map while a dataset is checked.
 */
export function yieldToPage(): Promise<void> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(undefined);
  });
}

/**
 * Run a generator of steps to its end at once, and return what it returns: the one loop behind
 * every synchronous form of a stepped function (`buildModel`, `parseIncidentCsv`, …).
 *
 * @example
 * const model = drain(buildModelSteps(files));
 */
export function drain<T>(steps: Generator<unknown, T>): T {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/**
 * The steps of `steps`, each mapped by `map`, returning what `steps` returns: a stepped function
 * inside another one (`yield*`) reports its progress in the outer one's terms.
 *
 * @example
 * const parsed = yield* mapSteps(parseUserLayerSteps(file, json), () => progress());
 */
export function* mapSteps<P, Q, T>(
  steps: Generator<P, T>,
  map: (progress: P) => Q,
): Generator<Q, T> {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
    yield map(step.value);
  }
}
