import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['shared/**/*.test.ts', 'test/fuzz/**/*.test.ts', 'renderer/**/*.test.{ts,tsx}', 'electron/**/*.test.ts', 'scripts/**/*.test.ts', 'test/lint/**/*.test.ts', 'test/interop/**/*.test.ts'],
    environment: 'node',
    setupFiles: [],
    testTimeout: 20_000,
  },
});
