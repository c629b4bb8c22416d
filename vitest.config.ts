import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: [
      'src/**/*.test.{ts,tsx}',
      'test/unit/**/*.test.ts',
      'test/import/**/*.test.ts',
      'test/crash/**/*.test.ts',
    ],
    setupFiles: ['fake-indexeddb/auto'],
    testTimeout: 20_000,
    benchmark: { include: ['test/bench/**/*.bench.ts'] },
  },
});
