/** Dispatches `tether <command> …` and turns every failure into a one-line message and an exit code. */
import type { CliCommand, CliIo } from './cli-command';
import { terminalLine } from './terminal-text';

/** The top-level help text. */
export function helpText(commands: readonly CliCommand[]): string {
  const width = Math.max(...commands.map((c) => c.name.length));
  return [
    'Tether keeps your social accounts connected and tells you why when one drops.',
    '',
    'Usage: tether <command> [options]',
    '',
    'Commands:',
    ...commands.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`),
    '',
    'Run `tether <command> --help` for the options of one command.',
    '',
  ].join('\n');
}

/** Runs the CLI; resolves to the exit code. Never throws. */
export async function runCli(argv: readonly string[], io: CliIo, commands: readonly CliCommand[]): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    io.stdout.write(helpText(commands));
    return name === undefined ? 2 : 0;
  }
  if (name === '--version' || name === '-v') {
    io.stdout.write(`${io.env.npm_package_version ?? '0.1.0'}\n`);
    return 0;
  }
  const command = commands.find((c) => c.name === name);
  if (!command) {
    io.stderr.write(`tether: unknown command "${terminalLine(name)}". Run \`tether --help\` to see the commands.\n`);
    return 2;
  }
  if (rest.includes('--help') || rest.includes('-h')) {
    io.stdout.write(`${command.usage}\n`);
    return 0;
  }
  try {
    return await command.run(rest, io);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    // Usage errors and failures alike exit 2: exit 1 is reserved for "an account needs you" (tether check).
    io.stderr.write(`tether ${name}: ${terminalLine(message.split('\n')[0] ?? '')}\n`);
    return 2;
  }
}
