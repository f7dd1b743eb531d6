import { wrap } from 'comlink';
import type { SearchIndexPort } from '../search/search-index';

/**
 * The search's index in a worker of its own, for the page's life: documents are sent to it in
 * batches, and each query is answered there, so indexing (seconds at 100k incidents) and
 * scoring (milliseconds) never block the page. Where there is no Worker, the index runs on the page's thread.
 *
 * @example
 * const index = await searchIndexInWorker();
 * await index.add(batch);
 * const groups = await index.search('milius');
 */
export async function searchIndexInWorker(): Promise<SearchIndexPort> {
  if (typeof Worker === 'undefined')
    return import('../search/search-index').then((m) => m.inThreadSearchIndex());
  const worker = new Worker(new URL('./search.worker.ts', import.meta.url), { type: 'module' });
  const remote = wrap<SearchIndexPort>(worker);
  // A worker that cannot start (or dies) fails every call, rather than leaving it waiting.
  const failed = new Promise<never>((_, reject) =>
    worker.addEventListener(
      'error',
      (e) => reject(new Error(e.message || 'the search worker could not start')),
      { once: true },
    ),
  );
  failed.catch(() => undefined);
  return {
    add: (documents) => Promise.race([remote.add(documents), failed]),
    discard: (ids) => Promise.race([remote.discard(ids), failed]),
    search: (query) => Promise.race([remote.search(query), failed]),
  };
}
