/**
 * The map's first `idle` (every source drawn) as a promise, for work that should wait until
 * the map is on screen: main.ts starts reading a dataset then. Settles after `FALLBACK_MS` at
 * the latest, so that a map that never becomes idle (no WebGL) cannot hold the data back.
 */
const FALLBACK_MS = 8000;

let resolveIdle: () => void = () => undefined;

export const firstMapIdle: Promise<void> = new Promise<void>((resolve) => {
  resolveIdle = resolve;
  setTimeout(resolve, FALLBACK_MS);
});

/** Called by the map view on its first idle. */
export function markFirstMapIdle(): void {
  resolveIdle();
}
