import { defineConfig } from 'vitest/config';

// The browser suite: the real server (built app) on a fresh embedded database, driven by Debian's Chromium.
export default defineConfig({
  root: __dirname,
  test: {
    include: ['**/*.journey.ts'],
    environment: 'node',
    testTimeout: 120_000,
    hookTimeout: 180_000,
    fileParallelism: false,
    sequence: { concurrent: false },
  },
});
