import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';

// Three projects: unit tests in Node, renderer tests in jsdom, and integration tests against real SQLite,
// a real Secret Service (run under scripts/with-keyring.sh) and the simulator on loopback.
export default defineConfig({
  plugins: [react()],
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'node',
          environment: 'node',
          // Some tests parse an SDK's types or start the simulator: seconds on a busy 2-core machine, not 5.
          testTimeout: 30_000,
          include: ['tests/unit/**/*.test.ts'],
          server: { deps: { inline: ['electron-store'] } },
        },
      },
      {
        extends: true,
        test: { name: 'jsdom', environment: 'jsdom', include: ['tests/unit/**/*.test.tsx'], testTimeout: 30_000 },
      },
      {
        extends: true,
        test: {
          name: 'integration',
          environment: 'node',
          include: ['tests/integration/**/*.test.ts'],
          testTimeout: 60_000,
          hookTimeout: 60_000,
          // SQLite files, child processes and a shared keyring: one file at a time keeps 2-core CI steady.
          fileParallelism: false,
        },
      },
    ],
  },
});
