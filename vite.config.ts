import { svelte } from '@sveltejs/vite-plugin-svelte';
import { svelteTesting } from '@testing-library/svelte/vite';
import { defineConfig } from 'vitest/config';
import { basemapTilesPlugin } from './scripts/build/vite-plugin-basemap-tiles.ts';
import { datasetPlugin } from './scripts/build/vite-plugin-dataset.ts';
import { responseHeadersPlugin } from './scripts/build/vite-plugin-response-headers.ts';
import { serviceWorkerPlugin } from './scripts/build/vite-plugin-service-worker.ts';
import { startupPreloadPlugin } from './scripts/build/vite-plugin-startup-preload.ts';

export default defineConfig({
  // DATASET=datasets/<name> serves a dataset at /datasets/<name>/ in dev and preview.
  // The service worker (build only) is written last, listing every file of the build.
  plugins: [
    svelte(),
    svelteTesting(),
    basemapTilesPlugin(),
    datasetPlugin(process.env.DATASET),
    responseHeadersPlugin(),
    startupPreloadPlugin(),
    serviceWorkerPlugin(),
  ],
  build: {
    target: 'es2022',
    // Geodata and basemap files stay separate, cacheable files (never data: URLs in the bundle).
    assetsInlineLimit: (file) => (/\.(geojson|json|txt)$/.test(file) ? false : undefined),
    chunkSizeWarningLimit: 1500,
  },
  server: { host: '127.0.0.1' },
  preview: { host: '127.0.0.1' },
  test: {
    include: ['tests/unit/**/*.test.ts'],
    environment: 'node',
    // Some tests start a command (npx tsx …) as a user would; on 2 shared cores that alone can
    // take longer than vitest's default 5 s.
    testTimeout: 30_000,
    reporters: ['default', ['json', { outputFile: 'test-output/unit-results.json' }]],
  },
});
