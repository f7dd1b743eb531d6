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
  options: {
    readonly onProgress?: (progress: P) => void;
    readonly signal?: AbortSignal;
    readonly sliceMs?: number;
    readonly yieldToMain?: () => Promise<void>;
  } = {},
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
