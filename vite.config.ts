import preact from '@preact/preset-vite';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  plugins: [preact()],
  build: { target: 'es2022', sourcemap: false },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['test/unit/**/*.test.{ts,tsx}'],
          environment: 'node',
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          include: ['test/e2e/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['test/e2e/support/server.ts'],
          testTimeout: 90_000,
          hookTimeout: 90_000,
          // Two cores: one Chromium per worker, two workers.
          maxWorkers: 2,
          fileParallelism: true,
        },
      },
      {
        extends: true,
        test: {
          // npm run bench: the whole measurement, one file, alone on the machine.
          name: 'bench',
          include: ['test/bench/bench.test.ts'],
          environment: 'node',
          testTimeout: 60 * 60_000,
          maxWorkers: 1,
        },
      },
    ],
  },
});
