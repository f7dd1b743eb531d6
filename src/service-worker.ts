/// <reference lib="webworker" />
/**
 * The service worker (built to /sw.js by scripts/build/vite-plugin-service-worker.ts): after one visit
 * the dashboard opens and works with the network off. Workbox precaches every file of the build
 * (the app's JS, CSS and worker chunks, index.html, the shipped geodata, the basemap tiles, the
 * glyphs, the web app manifest and icons) and answers them from the cache; a navigation gets the
 * cached index.html. Nothing else is cached: a dataset opened with `?dataset=` and its range
 * reads (`/datasets/…`) always go to the network, and a navigation to /datasets/ is not answered
 * with the app.
 *
 * A new build installs beside the old one and waits (prompt mode): the page shows "Straitwatch
 * was updated — reload" (UpdateNotice.svelte) and posts SKIP_WAITING when the reader accepts.
 * Precache revisions replace changed files and drop removed ones; cleanupOutdatedCaches removes
 * caches of older Workbox versions.
 */
import { clientsClaim } from 'workbox-core';
import {
  cleanupOutdatedCaches,
  createHandlerBoundToURL,
  type PrecacheEntry,
  precacheAndRoute,
} from 'workbox-precaching';
import { NavigationRoute, registerRoute } from 'workbox-routing';

declare const self: ServiceWorkerGlobalScope;
/** Every file of the build with its revision, put here at build time. */
declare const __PRECACHE_MANIFEST__: PrecacheEntry[];

precacheAndRoute(__PRECACHE_MANIFEST__);
cleanupOutdatedCaches();

const datasets = new URL('datasets/', self.registration.scope).pathname;
registerRoute(
  new NavigationRoute(createHandlerBoundToURL('index.html'), {
    denylist: [new RegExp(`^${datasets}`)],
  }),
);

self.addEventListener('message', (event: ExtendableMessageEvent) => {
  if ((event.data as { type?: unknown } | null)?.type === 'SKIP_WAITING') void self.skipWaiting();
});
// The first worker controls the page it was installed from, so that page works offline at once.
clientsClaim();
