/**
 * Vite plugin (build only): writes the service worker, /sw.js, from src/service-worker.ts with
 * the list of every file of the build for Workbox to precache, each with a revision (the SHA-256
 * of its bytes), so the dashboard works offline after one visit and a new build replaces exactly
 * the files that changed. `npm run dev` never gets a worker, so development is never stale.
 *
 * This is vite-plugin-pwa's "injectManifest" strategy, done here: vite-plugin-pwa 2.0 supports
 * Vite 8, but it depends on workbox-build (Babel, Rollup 2, Terser and lodash for its generateSW
 * mode: 324 packages, 71 MB of node_modules measured here), which alone would put the app's
 * install over its 300 MB budget. The worker itself is Workbox's (workbox-precaching,
 * workbox-routing), bundled by Vite like the app.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { build, type Plugin, type ResolvedConfig } from 'vite';

/** One precache entry, as workbox-precaching takes it. */
export interface PrecacheEntry {
  /** Relative to the worker's location, URL-encoded. */
  readonly url: string;
  readonly revision: string;
}

/** The service worker's file name in the build (and the URL the page registers). */
export const SERVICE_WORKER_FILE = 'sw.js';

/** Files of the build that are not the app's: the worker itself, and a static host's `_headers`. */
const NOT_PRECACHED = new Set([SERVICE_WORKER_FILE, '_headers']);

/**
 * Every file under `dir` (but the service worker itself and host configuration) as a precache
 * entry, sorted by path.
 *
 * @example
 * precacheEntries('dist') // → [{ url: 'assets/index-Bx1.js', revision: '3f…' }, …, { url: 'index.html', … }]
 */
export function precacheEntries(dir: string): PrecacheEntry[] {
  const root = resolve(dir);
  const files = readdirSync(root, { recursive: true, encoding: 'utf8' })
    .map((entry) => entry.split('\\').join('/'))
    .filter((path) => !NOT_PRECACHED.has(path) && statSync(join(root, path)).isFile())
    .sort();
  return files.map((path) => ({
    url: path.split('/').map(encodeURIComponent).join('/'),
    revision: createHash('sha256')
      .update(readFileSync(join(root, path)))
      .digest('hex')
      .slice(0, 16),
  }));
}

export function serviceWorkerPlugin(entry = 'src/service-worker.ts'): Plugin {
  let config: ResolvedConfig;
  return {
    name: 'straitwatch-service-worker',
    apply: 'build',
    configResolved(resolved) {
      config = resolved;
    },
    // After every other file is written: the list covers the whole build, public files included.
    async closeBundle(error?: Error) {
      if (error) return;
      const outDir = resolve(config.root, config.build.outDir);
      const entries = precacheEntries(outDir);
      await build({
        configFile: false,
        root: config.root,
        logLevel: 'warn',
        publicDir: false,
        define: {
          __PRECACHE_MANIFEST__: JSON.stringify(entries),
          // Workbox's modules log only when this is not "production".
          'process.env.NODE_ENV': JSON.stringify('production'),
        },
        build: {
          outDir,
          emptyOutDir: false,
          target: config.build.target,
          minify: true,
          sourcemap: false,
          // A classic script with nothing to import: every browser with service workers runs it.
          lib: {
            entry: resolve(config.root, entry),
            formats: ['iife'],
            name: 'straitwatchServiceWorker',
            fileName: () => SERVICE_WORKER_FILE,
          },
        },
      });
      const bytes = entries.reduce(
        (sum, e) => sum + statSync(join(outDir, decodeURIComponent(e.url))).size,
        0,
      );
      config.logger.info(
        `service worker: ${SERVICE_WORKER_FILE} precaches ${entries.length} files ` +
          `(${(bytes / 1024 / 1024).toFixed(1)} MB)`,
      );
    },
  };
}
