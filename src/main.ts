import { mount } from 'svelte';
import { readGeodata } from './lib/data/read-geodata';

// Order matters for start-up time: the data files are requested first, while the larger app
// chunk (MapLibre) downloads and evaluates in parallel, instead of after it. `?dataset=<name>`
// adds a dataset served at /datasets/<name>/ (`npm start -- --dataset datasets/<name>`).
const files = readGeodata(fetch, new URLSearchParams(location.search).get('dataset'));
const { default: App } = await import('./App.svelte');
mount(App, { target: document.getElementById('app')!, props: { files } });
