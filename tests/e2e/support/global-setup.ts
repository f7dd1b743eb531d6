import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import type { TestProject } from 'vitest/node';
import { datasetRoute } from '../../../scripts/dataset/dataset-route';
import { serveDist } from '../../../scripts/browser/serve-dist';

/**
 * The generated dataset the timeline and bounding-box tests open (`?dataset=…`): 10,000
 * incidents, seed 1, with its FlatGeobuf file.
 */
export const E2E_DATASET = 'datasets/synthetic-10000-s1';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
    /** The dataset served at /datasets/<name>/. */
    datasetName: string;
  }
}

/**
 * Serve the built app once for every browser test file, with a generated dataset of 10,000
 * incidents (made with `npm run gen` when missing; always the same bytes for the same seed).
 */
export default async function setup(project: TestProject) {
  if (!existsSync('dist/index.html'))
    throw new Error('dist/ is missing: run `npm run build` before the browser tests');
  if (!existsSync(`${E2E_DATASET}/incidents.fgb`))
    execFileSync(
      'npx',
      ['tsx', 'scripts/commands/gen.ts', '--n', '10000', '--seed', '1', '--fgb', '--force'],
      { stdio: 'inherit' },
    );
  const route = datasetRoute(E2E_DATASET);
  const { server, url } = await serveDist('dist', 0, route);
  project.provide('baseUrl', url);
  project.provide('datasetName', route.name);
  return () => new Promise<void>((resolve) => server.close(() => resolve()));
}
