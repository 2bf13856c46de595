/** The `tether` command-line entry (bundled to out/main/cli.js; bin/tether.cjs loads it). */
import { runCli } from './run-cli';
import { COMMANDS } from './commands';
import { setLogLevel } from '../core/logging/create-logger';
import { listenForStop } from './stop-signals';

// A command line prints its own one-line errors; diagnostic log lines only when asked for.
if (!process.env.TETHER_LOG_LEVEL) setLogLevel('error');

const stop = listenForStop();

void runCli(
  process.argv.slice(2),
  { stdout: process.stdout, stderr: process.stderr, stdin: process.stdin, env: process.env, stopSignal: stop.stopped },
  COMMANDS,
).then((code) => {
  // Stopped by a signal: say so in the exit code (130 or 143), whatever the command returned while stopping.
  const exitCode = stop.exitCode() ?? code;
  process.exitCode = exitCode;
  // Long-running commands resolve only after their servers are closed; exit so no stray handle keeps us alive.
  setImmediate(() => process.exit(exitCode));
});
