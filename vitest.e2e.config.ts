import { defineConfig } from 'vitest/config';

// The demo in a real browser: `npm run test:e2e`. Kept apart from `npm test` (which never
// starts a browser but the one runtime check) because it builds the demo and drives Chromium.
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.e2e.ts'],
    globalSetup: ['tests/e2e/buildDemo.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    fileParallelism: false,
  },
});
