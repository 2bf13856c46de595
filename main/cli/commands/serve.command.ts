/** `tether serve`: runs Tether headless and serves the dashboard to a browser on 127.0.0.1. */
import { parseArgs } from 'node:util';
import { resolve } from 'node:path';
import type { CliCommand } from '../cli-command';
import { UsageError } from '../cli-command';
import { DATA_DIR_HELP, resolveDataDir } from '../data-dir-option';
import { startTetherServe } from '../../serve/start-tether-serve';
import { NETWORK_ORIGIN_HELP, networkEndpoints } from '../network-origin-option';

/** The built renderer, next to the bundled CLI in out/. */
export function defaultRendererDir(env: NodeJS.ProcessEnv): string {
  return env.TETHER_RENDERER_DIR ? resolve(env.TETHER_RENDERER_DIR) : resolve(__dirname, '../renderer');
}

export const serveCommand: CliCommand = {
  name: 'serve',
  summary: 'serve the dashboard to your browser on 127.0.0.1 (headless mode)',
  usage: [
    'Usage: tether serve [--data-dir DIR] [--port N] [--demo]',
    '',
    'Starts Tether without a desktop window and prints a private link to its dashboard.',
    'The link carries a key (after #) that changes on every launch; the page sends it only to this server,',
    'never in a cookie. Without it the page shows where to find the link, and every data route answers 401.',
    '',
    DATA_DIR_HELP,
    NETWORK_ORIGIN_HELP,
    '  --port N         listen on this port (default: a free one)',
    '  --demo           try Tether without accounts: a built-in simulator plays Facebook, Instagram and X,',
    '                   with a Scenarios panel to cause each kind of disconnection (data in DIR-demo, wiped each start)',
  ].join('\n'),
  async run(args, io) {
    const { values } = parseArgs({
      args: [...args],
      options: { 'data-dir': { type: 'string' }, port: { type: 'string' }, demo: { type: 'boolean', default: false } },
      strict: true,
    });
    const port = values.port === undefined ? 0 : Number(values.port);
    if (!Number.isInteger(port) || port < 0 || port > 65535) throw new UsageError(`--port must be a number from 0 to 65535, not "${values.port}"`);
    const dataDir = resolveDataDir(values['data-dir'], io.env);
    const endpoints = networkEndpoints(io.env);
    const running = await startTetherServe({ dataDir, staticDir: defaultRendererDir(io.env), port, demo: values.demo === true, endpoints });
    io.stdout.write(`Tether is running${values.demo ? ' in demo mode' : ''}. Open this link in your browser:\n${running.server.url}\n`);
    io.stdout.write(`Data folder: ${running.core.dataDir}\nPress Ctrl+C to stop.\n`);
    await io.stopSignal;
    await running.stop();
    return 0;
  },
};
