import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

/** Runs one of the cases here with only the summary reporter, as the project's config uses it. */
export default defineConfig({
  test: {
    root: fileURLToPath(new URL('.', import.meta.url)),
    include: ['*.case.ts'],
    reporters: [fileURLToPath(new URL('../summary-reporter.ts', import.meta.url))],
  },
});
