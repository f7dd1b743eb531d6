import { mount } from 'svelte';
import { readGeodata } from './lib/data/read-geodata';

// Order matters for start-up time: the data files are requested first, while the larger app
// chunk (MapLibre) downloads and evaluates in parallel, instead of after it. `?dataset=<name>`
// adds a dataset served at /datasets/<name>/ (`npm start -- --dataset datasets/<name>`).
// `&by=box` reads a dataset's incidents by the map's bounding box even when it is small.
const params = new URLSearchParams(location.search);
const files = readGeodata(fetch, params.get('dataset'), { byBox: params.get('by') === 'box' });
const { default: App } = await import('./App.svelte');
mount(App, { target: document.getElementById('app')!, props: { files } });
