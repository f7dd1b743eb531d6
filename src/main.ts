import { mount } from 'svelte';
import { readGeodataInStages } from './lib/data/read-geodata';
import { readUrlState } from './lib/state/url-state';

/** A map that never becomes idle (no WebGL) must not hold the dataset back longer than this. */
const FIRST_IDLE_FALLBACK_MS = 8000;

// Order matters for start-up time: the data files are requested first, while the larger app
// chunk (MapLibre) downloads and evaluates in parallel, instead of after it. `?dataset=<name>`
// adds a dataset served at /datasets/<name>/ (`npm start -- --dataset datasets/<name>`).
// `&by=box` reads a dataset's incidents by the map's bounding box even when it is small.
const link = readUrlState(location.search, location.hash);
// A dataset is read once the map is on screen (its first idle, which MapView reports): on a
// 2-core machine its 100 MB of JSON would otherwise starve the map's first frames for seconds.
let onFirstMapIdle: () => void = () => undefined;
const firstMapIdle = new Promise<void>((resolve) => {
  onFirstMapIdle = resolve;
  setTimeout(resolve, FIRST_IDLE_FALLBACK_MS);
});
const files = readGeodataInStages(fetch, link.dataset, {
  forceBoxRead: link.boxRead === true,
  startAfter: firstMapIdle,
});
// The map (MapLibre: most of the code) is a chunk of its own, loaded once the list's first row
// is painted (Element Timing), so its evaluation does not hold the panels back.
const firstRowPainted = new Promise<void>((resolve) => {
  setTimeout(resolve, 3000);
  new PerformanceObserver((list, observer) => {
    if (
      list
        .getEntries()
        .some((e) => (e as { identifier?: string }).identifier === 'first-incident-row')
    ) {
      observer.disconnect();
      resolve();
    }
  }).observe({ type: 'element', buffered: true });
});
const mapView = firstRowPainted.then(() => import('./lib/map/MapView.svelte'));
const { default: App } = await import('./App.svelte');
mount(App, {
  target: document.getElementById('app')!,
  props: { files, link, onFirstMapIdle: () => onFirstMapIdle(), firstMapIdle, mapView },
});
