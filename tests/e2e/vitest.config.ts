import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// End-to-end suites: real browsers (Debian Chromium, Firefox ESR) load the built
// extension (.output/) and browse local fixture shops. One file at a time: each
// suite starts its own browser, and CI machines have two cores.
const ci = !!process.env.CI;

export default defineConfig({
  root: fileURLToPath(new URL('../..', import.meta.url)),
  test: {
    include: ['tests/e2e/**/*.e2e.ts'],
    environment: 'node',
    pool: 'forks',
    fileParallelism: false,
    maxWorkers: 1,
    testTimeout: 120_000,
    hookTimeout: ci ? 180_000 : 120_000,
    teardownTimeout: 60_000,
    // Tests within a file are steps of one journey: run them in order, and
    // stop the file at the first failed step (later steps would only repeat it).
    sequence: { concurrent: false, shuffle: false },
    retry: 0,
    reporters: ['default'],
  },
});
