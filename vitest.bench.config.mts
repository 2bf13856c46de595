import { defineConfig } from 'vitest/config';

// Benchmarks (npm run bench): performance figures live here, never in timed tests.
export default defineConfig({
  test: { environment: 'node', benchmark: { include: ['tests/bench/**/*.bench.ts'] }, testTimeout: 600_000, hookTimeout: 600_000 },
});
