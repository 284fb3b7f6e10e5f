import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'tests/**/*.test.ts'],
    // Browser tests need a built app and Chromium; they have their own config and script.
    exclude: ['tests/browser/**', 'node_modules/**', 'dist/**'],
  },
});
