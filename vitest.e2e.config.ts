import { defineConfig } from 'vitest/config';

// End-to-end tests drive the real renderer in Debian's Chromium through browser mode.
export default defineConfig({
  test: {
    include: ['test/e2e/**/*.e2e.test.ts'],
    testTimeout: 120_000,
    hookTimeout: 180_000,
    fileParallelism: false,
  },
});
