/** What the page can do with the service worker it registered. */
export interface ServiceWorkerUpdates {
  /** Let the waiting worker (a new build) take over, then reload the page once it has. */
  applyUpdate(): void;
}

/**
 * Registers the service worker (src/lib/data/register-service-worker.ts in the app, in
 * production builds only); `onUpdateWaiting` hears that a new build waits. Undefined where no
 * worker is registered (development, no service worker support).
 */
export type RegisterServiceWorker = (
  onUpdateWaiting: () => void,
) => ServiceWorkerUpdates | undefined;

/**
 * A new build of the app, as the reader sees it: whether one has installed and waits, and the
 * reload the reader chooses (never a silent one). The registration is handed in by App.svelte,
 * which starts it once the map is on screen, so precaching does not compete with the first
 * frames.
 */
export class AppUpdate {
  #waiting = $state(false);
  #reloading = $state(false);
  #updates: ServiceWorkerUpdates | undefined;
  readonly #register: RegisterServiceWorker | undefined;

  constructor(register?: RegisterServiceWorker) {
    this.#register = register;
  }

  /** A new build has installed and waits for the reader's reload. */
  get waiting(): boolean {
    return this.#waiting;
  }
  /** The reader chose to reload: the new build is taking over. */
  get reloading(): boolean {
    return this.#reloading;
  }

  /** Register the service worker (once). */
  register(): void {
    if (this.#updates) return;
    this.#updates = this.#register?.(() => (this.#waiting = true));
  }

  /** Let the new build take over; the page reloads once it has. */
  reload(): void {
    this.#reloading = true;
    this.#updates?.applyUpdate();
  }

  /** Not now: the notice goes, and the new build waits for the next visit. */
  later(): void {
    this.#waiting = false;
  }
}
