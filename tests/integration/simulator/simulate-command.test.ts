/** `tether simulate`: runs the demo world standalone, drives it with apply/revert/time/reset, and refuses bad input clearly. */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { CliIo } from '../../../main/cli/cli-command';
import { parseDuration, simulateCommand } from '../../../main/cli/commands/simulate.command';
import { call, controlCall } from '../../fixtures/simulator/simulator-kit';
import { TEST_WORLD_PATH } from '../../fixtures/simulator/simulator-kit';

function captureIo(env: NodeJS.ProcessEnv = {}): { io: CliIo; out: () => string; stop: () => void } {
  let text = '';
  let stop: () => void = () => undefined;
  const stopSignal = new Promise<void>((resolve) => {
    stop = resolve;
  });
  const io: CliIo = { stdout: { write: (t: string) => (text += t) }, stderr: { write: (t: string) => (text += t) }, stdin: process.stdin, env, stopSignal };
  return { io, out: () => text, stop };
}

async function waitFor(read: () => string, pattern: RegExp): Promise<RegExpExecArray> {
  for (let i = 0; i < 200; i++) {
    const match = pattern.exec(read());
    if (match) return match;
    await new Promise((r) => setTimeout(r, 10));
  }
  throw new Error(`never printed ${pattern}: ${read()}`);
}

describe('tether simulate', () => {
  it('serves the demo world until stopped, and its sub-commands drive it', async () => {
    const server = captureIo();
    const running = simulateCommand.run(['--seed', '7'], server.io);
    const [, url = ''] = await waitFor(server.out, /running at (http:\/\/127\.0\.0\.1:\d+)/);
    expect(server.out()).toContain('Seed: 7');
    expect(server.out()).toContain('Brightline Social');
    expect(server.out()).toContain(`${url}/_sim`);
    const [, key = ''] = await waitFor(server.out, /Control key:\s+(\S+)/);
    const sim = { url, controlKey: key };
    expect((await call(`${url}/_sim/scenarios`)).status).toBe(401);
    const listing = (await controlCall(sim, '/scenarios')).json as { targets: { id: string; label: string }[] };
    const maya = listing.targets.find((t) => t.label === 'Maya Chen')?.id ?? '';

    const client = captureIo();
    await expect(simulateCommand.run(['apply', '--url', url, 'checkpoint', maya], client.io)).rejects.toThrow('needs --key or $TETHER_SIM_KEY');
    await expect(simulateCommand.run(['apply', '--url', url, '--key', 'wrong', 'checkpoint', maya], client.io)).rejects.toThrow('control key');
    expect(await simulateCommand.run(['apply', '--url', url, '--key', key, 'checkpoint', maya], client.io)).toBe(0);
    expect(client.out()).toContain(`Applied checkpoint to ${maya}.`);
    expect(((await controlCall(sim, '/scenarios')).json as { active: unknown[] }).active).toHaveLength(1);
    expect(await simulateCommand.run(['revert', '--url', url, '--key', key, 'checkpoint', maya], client.io)).toBe(0);
    expect(await simulateCommand.run(['time', '--url', url, '--key', key, '2h'], client.io)).toBe(0);
    expect(((await controlCall(sim, '/time')).json as { offsetMs: number }).offsetMs).toBe(7_200_000);
    const viaEnv = captureIo({ TETHER_SIM_KEY: key });
    expect(await simulateCommand.run(['reset', '--url', url], viaEnv.io)).toBe(0);
    expect(await simulateCommand.run(['scenarios', '--url', url], viaEnv.io)).toBe(0);
    expect(viaEnv.out()).toContain('x_refresh_token_reused');
    await expect(simulateCommand.run(['apply', '--url', url, '--key', key, 'checkpoint', '123'], client.io)).rejects.toThrow('there is none with id "123"');
    await expect(simulateCommand.run(['apply', '--url', url, '--key', key, 'melted', maya], client.io)).rejects.toThrow('unknown scenario "melted"');

    server.stop();
    expect(await running).toBe(0);
    await expect(fetch(`${url}/_sim`)).rejects.toThrow();
  });

  it('plays a world file and explains a broken one', async () => {
    const server = captureIo();
    const running = simulateCommand.run(['--world', TEST_WORLD_PATH], server.io);
    await waitFor(server.out, /World: Test world/);
    server.stop();
    expect(await running).toBe(0);

    const dir = mkdtempSync(join(tmpdir(), 'sim-world-'));
    const bad = join(dir, 'bad.json');
    writeFileSync(
      bad,
      JSON.stringify({
        name: 'x',
        meta: { appId: 'abc', appSecret: 'short', name: 'A', redirectUris: [] },
        x: { clientId: 'c', name: 'X', redirectUris: ['nope'] },
      }),
    );
    // Every problem is listed, one per line, the first one on the first line.
    const broken = captureIo();
    expect(await simulateCommand.run(['--world', bad], broken.io)).toBe(2);
    expect(broken.out()).toContain(`tether simulate: Invalid world file ${bad}: `);
    expect(broken.out()).toContain('  - meta.appId: must be a numeric id');
    const missing = captureIo();
    expect(await simulateCommand.run(['--world', join(dir, 'missing.json')], missing.io)).toBe(2);
    expect(missing.out()).toContain('no such file');
    await expect(simulateCommand.run(['--port', 'abc'], captureIo().io)).rejects.toThrow('--port must be a whole number');
    await expect(simulateCommand.run(['apply', 'checkpoint', '1'], captureIo().io)).rejects.toThrow('needs --url');
  });

  it('parses durations', () => {
    expect(parseDuration('90m')).toBe(5_400_000);
    expect(parseDuration('61d')).toBe(61 * 86_400_000);
    expect(parseDuration('1500')).toBe(1500);
    expect(() => parseDuration('soon')).toThrow('not a duration');
  });
});
