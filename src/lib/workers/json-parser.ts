import { proxy, wrap } from 'comlink';
import { type JsonParser, parseJsonInThread, parseJsonText } from '../model/parse-json-text';
import type { ParsedJsonHead, parseJsonInParts } from './json-api';

/** Texts shorter than this are parsed in-thread: a worker's start costs more than it saves. */
const OFF_THREAD_CHARS = 1 << 20;

/**
 * Parse JSON text the way `parseJsonText` does, but for a text of a megabyte or more in a worker
 * of its own (ended once the answer is in, or when `signal` aborts): `JSON.parse` of a 25 MB
 * layer is half a second the page would otherwise freeze for, and its features come back in
 * parts, each a short task. In-thread where there is no Worker (unit tests).
 *
 * @example
 * const parsed = await parseJsonOffThread('zones.geojson', text, abort.signal);
 */
export const parseJsonOffThread: JsonParser = async (file, text, signal) => {
  if (typeof Worker === 'undefined' || text.length < OFF_THREAD_CHARS)
    return parseJsonInThread(file, text, signal);
  signal?.throwIfAborted();
  const worker = new Worker(new URL('./json.worker.ts', import.meta.url), { type: 'module' });
  const api = wrap<{ parseJsonInParts: typeof parseJsonInParts }>(worker);
  const features: unknown[] = [];
  // The callback's port may outlive the call: it must not hold the features once it is over.
  let into: unknown[] | undefined = features;
  const onPart = proxy((part: unknown[]) => {
    if (into) for (const feature of part) into.push(feature);
  });
  let stop: (() => void) | undefined;
  // Cancelled, or the worker could not start (then the text is parsed here after all).
  const stopped = new Promise<'failed'>((resolve, reject) => {
    stop = () => reject(signal?.reason as Error);
    signal?.addEventListener('abort', stop, { once: true });
    worker.addEventListener('error', () => resolve('failed'), { once: true });
  });
  try {
    const head: ParsedJsonHead | 'failed' = await Promise.race([
      api.parseJsonInParts(file, text, onPart),
      stopped,
    ]);
    if (head === 'failed') return parseJsonText(file, text);
    if (!head.ok || !head.featuresInParts) return head;
    return { ok: true, json: { ...(head.json as object), features } };
  } finally {
    into = undefined;
    if (stop) signal?.removeEventListener('abort', stop);
    worker.terminate();
  }
};
