/**
 * `tether simulate`: runs the network simulator standalone (Graph, the Facebook dialog, X API v2 and OAuth on
 * 127.0.0.1), or drives a running one: `tether simulate scenarios|apply|revert|reset|time --url URL …`.
 */
import { parseArgs } from 'node:util';
import type { CliCommand, CliIo } from '../cli-command';
import { UsageError } from '../cli-command';
import { createControlClient, DEFAULT_GRAPH_VERSION, demoWorld, isScenarioId, loadWorldFile, startSimulator, WorldError } from '../../simulator';
import { sanitizeForTerminal, terminalLine } from '../terminal-text';

const USAGE = [
  'Usage: tether simulate [--port N] [--world FILE] [--seed S]',
  '       tether simulate scenarios --url URL --key KEY',
  '       tether simulate apply --url URL --key KEY SCENARIO TARGET [--permission NAME]',
  '       tether simulate revert --url URL --key KEY SCENARIO TARGET',
  '       tether simulate reset --url URL --key KEY',
  '       tether simulate time --url URL --key KEY DURATION        (e.g. 90m, 2h, 61d, or milliseconds)',
  '',
  'Runs a network simulator that plays Facebook, Instagram and X on 127.0.0.1, with every disconnection',
  'scenario and network fault on demand. Without --world it plays the built-in demo agency.',
  '',
  '  --port N         listen on this port (default: a free one)',
  '  --world FILE     a world file (JSON: people, Pages, Instagram and X accounts, app credentials)',
  '  --seed S         seed for the fault dice (default: random; printed so a run can be replayed)',
  '  --url URL        the running simulator to drive (printed when it starts)',
  '  --key KEY        its control key, new at each start and printed then (or set $TETHER_SIM_KEY)',
].join('\n');

const UNITS: Record<string, number> = { ms: 1, s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000 };

/** "90m" → 5 400 000 ms. */
export function parseDuration(text: string): number {
  const match = /^(\d+(?:\.\d+)?)(ms|s|m|h|d)?$/.exec(text.trim());
  if (!match) throw new UsageError(`"${text}" is not a duration: use a number with ms, s, m, h or d (e.g. 2h)`);
  const ms = Number(match[1]) * (UNITS[match[2] ?? 'ms'] ?? 1);
  if (!(ms > 0)) throw new UsageError('the duration must be more than zero');
  return ms;
}

function integerOption(value: string | undefined, name: string, min: number, max: number): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isInteger(n) || n < min || n > max) throw new UsageError(`--${name} must be a whole number from ${min} to ${max}, not "${value}"`);
  return n;
}

async function run(values: { port?: string; world?: string; seed?: string }, io: CliIo): Promise<number> {
  const port = integerOption(values.port, 'port', 0, 65535) ?? 0;
  const seed = integerOption(values.seed, 'seed', 0, 2 ** 31 - 1);
  const world = values.world ? loadWorldFile(values.world) : demoWorld();
  const sim = await startSimulator({ world, port, seed });
  const u = sim.url;
  io.stdout.write(
    [
      `Network simulator running at ${u}`,
      `World: ${terminalLine(world.name)} (${terminalLine(values.world ?? 'built-in demo world')})`,
      `Seed: ${sim.seed} (pass --seed ${sim.seed} to replay the same fault dice)`,
      `Graph API:       ${u}/${DEFAULT_GRAPH_VERSION}`,
      `Facebook login:  ${u}/${DEFAULT_GRAPH_VERSION}/dialog/oauth`,
      `X API v2:        ${u}/2`,
      `X authorize:     ${u}/i/oauth2/authorize`,
      `Control API:     ${u}${sim.controlPrefix}   (scenarios: ${u}${sim.controlPrefix}/scenarios)`,
      `Control key:     ${sim.controlKey}   (new at each start: send "Authorization: Bearer KEY", or pass --key KEY / TETHER_SIM_KEY=KEY to the sub-commands)`,
      `Meta app id ${world.meta.appId}, X client id ${world.x.clientId}; the app secret is meta.appSecret in ${values.world ?? 'main/simulator/worlds/demo-world.json'}.`,
      'Press Ctrl+C to stop.',
      '',
    ].join('\n'),
  );
  await io.stopSignal;
  await sim.close();
  return 0;
}

async function drive(sub: string, positionals: readonly string[], values: { url?: string; key?: string; permission?: string }, io: CliIo): Promise<number> {
  if (!values.url) throw new UsageError(`simulate ${sub} needs --url (the address the simulator printed)`);
  const key = values.key ?? io.env.TETHER_SIM_KEY;
  if (!key) throw new UsageError(`simulate ${sub} needs --key or $TETHER_SIM_KEY (the control key the simulator printed)`);
  const client = createControlClient(values.url, key);
  const [first, second] = positionals;
  switch (sub) {
    case 'scenarios': {
      const list = await client.scenarios();
      for (const s of list.scenarios) io.stdout.write(`${s.id.padEnd(26)} ${s.targetKind.padEnd(18)} ${terminalLine(s.label)}\n`);
      io.stdout.write(
        `\nTargets:\n${list.targets.map((t) => `  ${t.kind.padEnd(18)} ${terminalLine(t.id).padEnd(20)} ${terminalLine(t.label)}`).join('\n')}\n`,
      );
      io.stdout.write(`\nActive: ${list.active.length === 0 ? 'none' : list.active.map((a) => `${a.scenario} on ${terminalLine(a.target)}`).join(', ')}\n`);
      return 0;
    }
    case 'apply':
    case 'revert': {
      if (!first || !second) throw new UsageError(`simulate ${sub} needs SCENARIO and TARGET`);
      if (!isScenarioId(first)) throw new UsageError(`unknown scenario "${first}"; run \`tether simulate scenarios --url …\` to list them`);
      if (sub === 'apply') {
        await client.apply({ scenario: first, target: second, ...(values.permission ? { options: { permission: values.permission } } : {}) });
        io.stdout.write(`Applied ${first} to ${second}.\n`);
      } else {
        io.stdout.write(
          (await client.revert({ scenario: first, target: second })) ? `Reverted ${first} on ${second}.\n` : `${first} was not active on ${second}.\n`,
        );
      }
      return 0;
    }
    case 'reset':
      await client.reset();
      io.stdout.write('The simulator is back to its initial world.\n');
      return 0;
    case 'time': {
      if (!first) throw new UsageError('simulate time needs a DURATION, e.g. 2h');
      const now = await client.advanceTime(parseDuration(first));
      io.stdout.write(`Simulated time is now ${new Date(now).toISOString()}.\n`);
      return 0;
    }
    default:
      throw new UsageError(`unknown sub-command "${sub}"; see \`tether simulate --help\``);
  }
}

export const simulateCommand: CliCommand = {
  name: 'simulate',
  summary: 'run the Facebook/Instagram/X network simulator, or trigger its scenarios',
  usage: USAGE,
  async run(args, io) {
    const { values, positionals } = parseArgs({
      args: [...args],
      options: {
        port: { type: 'string' },
        world: { type: 'string' },
        seed: { type: 'string' },
        url: { type: 'string' },
        key: { type: 'string' },
        permission: { type: 'string' },
      },
      allowPositionals: true,
      strict: true,
    });
    const [sub, ...rest] = positionals;
    if (sub !== undefined) return drive(sub, rest, values, io);
    try {
      return await run(values, io);
    } catch (error) {
      if (!(error instanceof WorldError)) throw error;
      // Every problem, one per line: the first line alone (what the CLI prints for other errors) names only one.
      io.stderr.write(`tether simulate: ${sanitizeForTerminal(error.message)}\n`);
      return 2;
    }
  },
};
