import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';
import { slowMachineMs } from './tests/support/timeouts';

const root = dirname(fileURLToPath(import.meta.url));

export default defineConfig({
  resolve: { alias: { '@shared': resolve(root, 'src/shared') } },
  test: {
    include: ['tests/**/*.test.ts'],
    environment: 'node',
    reporters: ['default', './tests/support/summary-reporter.ts'],
    testTimeout: slowMachineMs(2),
    hookTimeout: slowMachineMs(4),
    // Two cores: browser tests in parallel with everything else would starve each other.
    maxWorkers: 2,
  },
});
