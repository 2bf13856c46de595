import { defineConfig } from 'vitest/config';

// Benchmarks (npm run bench): performance figures live here, never in timed tests. One file at a time: files
// running side by side would skew each other's figures, and the cold-check ones share the keychain service.
export default defineConfig({
  test: { environment: 'node', fileParallelism: false, benchmark: { include: ['tests/bench/**/*.bench.ts'] }, testTimeout: 600_000, hookTimeout: 600_000 },
});
