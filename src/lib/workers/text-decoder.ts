import { type Remote, wrap } from 'comlink';
import { type DecodedText, decodeText } from '../model/decode-text';

/** Files smaller than this are decoded in the page: a message costs more than decoding them. */
const OFF_THREAD_BYTES = 1 << 18;
/** The worker is let go after this long without a file to decode. */
const IDLE_MS = 2000;

interface DecodeWorker {
  readonly api: Remote<{ decodeText: typeof decodeText }>;
  /** Settles with 'failed' if the worker cannot start or run. */
  readonly failed: Promise<'failed'>;
  readonly stop: () => void;
}

let worker: DecodeWorker | undefined;
let pending = 0;
let idle: ReturnType<typeof setTimeout> | undefined;

function startWorker(): DecodeWorker {
  const started = new Worker(new URL('./decode.worker.ts', import.meta.url), { type: 'module' });
  const failed = new Promise<'failed'>((resolve) =>
    started.addEventListener('error', () => resolve('failed'), { once: true }),
  );
  const running: DecodeWorker = {
    api: wrap(started),
    failed,
    stop: () => {
      started.terminate();
      if (worker === running) worker = undefined;
    },
  };
  void failed.then(running.stop);
  return running;
}

/**
 * `decodeText` in a worker: a dataset's files (40 of 2.4 MB for 100,000 incidents) are decoded
 * strictly off the page's thread, where each took 50–600 ms on this 2-core machine; their bytes
 * are copied over (a memcpy) and the text comes back. The same answer as `decodeText`, which
 * runs in the page for small files, where there is no Worker, and when the worker fails.
 *
 * @example
 * const decoded = await decodeTextOffThread(bytes, 'datasets/x/incidents/part-000.geojson');
 */
export async function decodeTextOffThread(bytes: Uint8Array, file: string): Promise<DecodedText> {
  if (typeof Worker === 'undefined' || bytes.byteLength < OFF_THREAD_BYTES)
    return decodeText(bytes, file);
  const running = (worker ??= startWorker());
  pending++;
  clearTimeout(idle);
  try {
    const decoded = await Promise.race([running.api.decodeText(bytes, file), running.failed]);
    return decoded === 'failed' ? decodeText(bytes, file) : decoded;
  } finally {
    if (--pending === 0) idle = setTimeout(() => worker?.stop(), IDLE_MS);
  }
}
