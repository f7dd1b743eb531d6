import { mount } from 'svelte';
import { readGeodata } from './lib/data/read-geodata';

// Order matters for start-up time: the data files are requested first, while the larger app
// chunk (MapLibre) downloads and evaluates in parallel, instead of after it.
const files = readGeodata();
const { default: App } = await import('./App.svelte');
mount(App, { target: document.getElementById('app')!, props: { files } });
