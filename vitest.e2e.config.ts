import { defineConfig } from 'vitest/config';

/**
 * Browser tests: the built app (dist/) served on 127.0.0.1 and driven in Debian's headless
 * Chromium by playwright-core. Run after `npm run build`; files run one at a time (2 cores).
 */
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.e2e.ts'],
    environment: 'node',
    globalSetup: ['tests/e2e/support/global-setup.ts'],
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 60_000,
    reporters: ['default', ['json', { outputFile: 'test-output/e2e-results.json' }]],
  },
});
