/**
 * Vite plugin: `DATASET=datasets/<name> npm run dev` (or `vite preview`) serves that dataset
 * read-only at /datasets/<name>/, as `npm start -- --dataset …` does; open the app with
 * `?dataset=<name>`. Without a path it does nothing.
 */
import type { Plugin } from 'vite';
import { datasetRoute } from '../dataset/dataset-route.ts';

export function datasetPlugin(path: string | undefined): Plugin {
  const route = path ? datasetRoute(path) : undefined;
  const announce = (log: (message: string) => void) =>
    route && log(`  Dataset ${path} at ${route.prefix}: open the app with ?dataset=${route.name}`);
  return {
    name: 'straitwatch-dataset',
    configureServer(server) {
      if (!route) return;
      server.middlewares.use(route.handle);
      announce((m) => server.config.logger.info(m));
    },
    configurePreviewServer(server) {
      if (!route) return;
      server.middlewares.use(route.handle);
      announce((m) => server.config.logger.info(m));
    },
  };
}
