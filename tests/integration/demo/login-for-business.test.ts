/**
 * Demo mode plays today's Meta: the demo's Meta app is a Business app with Facebook Login for Business, set up with
 * its first configuration, and a Facebook login connects through it as in the desktop app (the sign-in window played
 * by a script answering the simulator's dialog over HTTP, since Electron can't run here).
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDemoCore, type DemoCore } from '../../../main/app/demo/open-demo-core';
import { answerFacebookDialog } from '../../fixtures/oauth/dialog-driver';
import { ScriptedAgent, redirected } from '../../fixtures/oauth/scripted-agent';

let root: string;
let demo: DemoCore;
beforeEach(async () => {
  root = mkdtempSync(join(tmpdir(), 'tether-demo-fl4b-'));
  demo = await openDemoCore(join(root, 'data'));
});
afterEach(async () => {
  await demo.close();
  rmSync(root, { recursive: true, force: true });
});

describe('demo mode', () => {
  it('sets up the demo app’s Login for Business configuration, and a Facebook login connects through it', async () => {
    const { core, simulator } = demo;
    const config = simulator.world.meta.loginForBusinessConfigs[0];
    expect(simulator.world.meta.loginProduct).toBe('login_for_business');
    expect(core.settings.get().networkApps.metaConfigId).toBe(config?.id);
    const agent = new ScriptedAgent({ facebook: `${simulator.url}/connect/login_success.html`, twitter: `${simulator.url}/unused` });
    const luis = simulator.world.facebookUsers.find((u) => u.name === 'Luis Ortega')?.id ?? '';
    agent.script = async (req) => redirected(await answerFacebookDialog(req.url, { userId: luis }));
    core.signIn.attachAgent(agent);
    const started = await core.signIn.start({ network: 'facebook' });
    const outcome = await core.signIn.result(started.flowId);
    expect(new URL(agent.opened[0]?.url ?? '').searchParams.get('config_id')).toBe(config?.id);
    if (outcome.kind !== 'pick') throw new Error(JSON.stringify(outcome));
    expect(outcome.signedInAs).toBe('Luis Ortega');
    const done = await core.signIn.choose(
      outcome.flowId,
      outcome.candidates.map((c) => c.key),
    );
    expect(done).toMatchObject({ kind: 'connected', signedInAs: 'Luis Ortega', lifetime: 'long' });
  });
});
