import { mount } from 'svelte';
import { readGeodataInStages } from './lib/data/read-geodata';
import { firstMapIdle } from './lib/first-map-idle';

// Order matters for start-up time: the data files are requested first, while the larger app
// chunk (MapLibre) downloads and evaluates in parallel, instead of after it. `?dataset=<name>`
// adds a dataset served at /datasets/<name>/ (`npm start -- --dataset datasets/<name>`).
// `&by=box` reads a dataset's incidents by the map's bounding box even when it is small.
const params = new URLSearchParams(location.search);
// A dataset is read once the map is on screen (first idle): on a 2-core machine its 100 MB of
// JSON would otherwise starve the map's first frames for seconds.
const files = readGeodataInStages(fetch, params.get('dataset'), {
  byBox: params.get('by') === 'box',
  startAfter: firstMapIdle,
});
const { default: App } = await import('./App.svelte');
mount(App, { target: document.getElementById('app')!, props: { files } });
