/** The `tether` command-line entry (bundled to out/main/cli.js; bin/tether.cjs loads it). */
import { runCli } from './run-cli';
import { COMMANDS } from './commands';
import { setLogLevel } from '../core/logging/create-logger';

// A command line prints its own one-line errors; diagnostic log lines only when asked for.
if (!process.env.TETHER_LOG_LEVEL) setLogLevel('error');

const stopSignal = new Promise<void>((resolve) => {
  process.once('SIGINT', () => resolve());
  process.once('SIGTERM', () => resolve());
});

void runCli(process.argv.slice(2), { stdout: process.stdout, stderr: process.stderr, stdin: process.stdin, env: process.env, stopSignal }, COMMANDS).then(
  (code) => {
    process.exitCode = code;
    // Long-running commands resolve only after their servers are closed; exit so no stray handle keeps us alive.
    setImmediate(() => process.exit(code));
  },
);
