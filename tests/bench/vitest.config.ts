import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

// `npm run bench`: performance goals are measured here, printed as a table and
// written to bench/results.json — never asserted as timings in unit tests.
export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    include: ['tests/bench/run.bench-suite.ts'],
    testTimeout: 600_000,
    fileParallelism: false,
  },
});
