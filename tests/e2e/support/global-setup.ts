import { existsSync } from 'node:fs';
import type { TestProject } from 'vitest/node';
import { serveDist } from '../../../scripts/serve-dist';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}

/** Serve the built app once for every browser test file. */
export default async function setup(project: TestProject) {
  if (!existsSync('dist/index.html'))
    throw new Error('dist/ is missing: run `npm run build` before the browser tests');
  const { server, url } = await serveDist('dist');
  project.provide('baseUrl', url);
  return () => new Promise<void>((resolve) => server.close(() => resolve()));
}
