/** Every `tether` sub-command. Adding one is one import and one line. */
import type { CliCommand } from '../cli-command';
import { serveCommand } from './serve.command';
import { classifyCommand } from './classify.command';
import { simulateCommand } from './simulate.command';
import { historyCommand } from './history.command';
import { checkCommand } from './check.command';

export const COMMANDS: readonly CliCommand[] = [serveCommand, classifyCommand, simulateCommand, historyCommand, checkCommand];
