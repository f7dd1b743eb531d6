import { Workbox } from 'workbox-window';

/** What the page can do with the service worker it registered. */
export interface ServiceWorkerUpdates {
  /** Let the waiting worker (a new build) take over, then reload the page once it has. */
  applyUpdate(): void;
}

/**
 * Register the service worker (src/service-worker.ts, built to `url`) through workbox-window.
 * `onUpdateWaiting` is called when a new build's worker has installed and waits: the page
 * offers a reload rather than reloading by itself. The first worker installs and takes control
 * without asking, since nothing older is running.
 *
 * @example
 * const updates = registerServiceWorker('/sw.js', () => (updateWaiting = true));
 * // the reader clicks "Reload":
 * updates.applyUpdate();
 */
export function registerServiceWorker(
  url: string,
  onUpdateWaiting: () => void,
): ServiceWorkerUpdates {
  const workbox = new Workbox(url);
  let requested = false;
  workbox.addEventListener('waiting', () => onUpdateWaiting());
  // Reload only the page whose reader asked for it.
  workbox.addEventListener('controlling', (event) => {
    if (requested && event.isUpdate) location.reload();
  });
  // Without a worker the dashboard still works, only not offline: say so, do not fail.
  workbox
    .register({ immediate: true })
    .catch((error: unknown) =>
      console.warn(`Straitwatch will not work offline: ${(error as Error).message}`),
    );
  return {
    applyUpdate() {
      requested = true;
      workbox.messageSkipWaiting();
    },
  };
}
