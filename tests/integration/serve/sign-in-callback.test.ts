/**
 * `tether serve --demo`'s sign-in callback over real HTTP: /oauth/callback needs no launch secret (a redirect from
 * the network carries none), only the state of a waiting sign-in ends one, on our own Host, and the answer that
 * carries X's code is 204 (nothing for the browser to record). Facebook is refused up front: it can't come back here.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serveAppCore, type RunningTetherServe } from '../../../main/serve/start-tether-serve';
import { openDemoCore, type DemoCore } from '../../../main/app/demo/open-demo-core';
import { answerXAuthorize } from '../../fixtures/oauth/dialog-driver';

let root: string;
let demo: DemoCore;
let running: RunningTetherServe;

beforeEach(async () => {
  root = mkdtempSync(join(tmpdir(), 'tether-serve-signin-'));
  writeFileSync(join(root, 'index.html'), '<!doctype html><title>Tether</title>');
  demo = await openDemoCore(join(root, 'data'));
  running = await serveAppCore(demo, { staticDir: root, background: false });
});
afterEach(async () => {
  await running.stop();
  rmSync(root, { recursive: true, force: true });
});

function get(path: string, host = `127.0.0.1:${running.server.port}`): Promise<{ status: number; headers: Record<string, unknown>; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port: running.server.port, path, headers: { host } }, (res) => {
      let body = '';
      res.on('data', (c: Buffer) => (body += c.toString()));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
    });
    req.on('error', reject);
    req.end();
  });
}

describe('the serve sign-in callback', () => {
  it('answers an address that is not a waiting sign-in with a page, without the launch secret, and refuses another Host', async () => {
    const bare = await get('/oauth/callback');
    expect(bare.status).toBe(400);
    expect(bare.body).toContain('This sign-in is not waiting');
    expect(bare.headers['content-security-policy']).toBe("default-src 'none'; script-src 'self'; style-src 'unsafe-inline'");
    expect((await get('/oauth/callback.js')).status).toBe(404);
    // Someone else's code is not shown back, nor kept by the browser.
    const unknown = await get('/oauth/callback?state=not-ours&code=abc');
    expect(unknown).toMatchObject({ status: 204, body: '' });
    expect((await get('/oauth/callback?state=x', `evil.example:${running.server.port}`)).status).toBe(421);
  });

  it('completes an X sign-in through it, registered in the demo apps, with a 204 for the code, and then ignores the same state', async () => {
    const started = await running.core.signIn.start({ network: 'twitter' });
    expect(started.openUrl).toContain(encodeURIComponent(`http://127.0.0.1:${running.server.port}/oauth/callback`));
    const landing = new URL(await answerXAuthorize(started.openUrl ?? '', demo.simulator.world.xUsers[2]?.id ?? ''));
    expect(landing.origin).toBe(`http://127.0.0.1:${running.server.port}`);
    const answer = await get(`${landing.pathname}${landing.search}`);
    expect(answer).toMatchObject({ status: 204, body: '' });
    expect(answer.headers['cache-control']).toBe('no-store');
    expect(await running.core.signIn.result(started.flowId)).toMatchObject({
      kind: 'connected',
      network: 'twitter',
      signedInAs: '@brightline_hq',
      reconnected: true,
    });
    expect((await get(`${landing.pathname}${landing.search}`)).status).toBe(204);
  });

  it('a denial without the sign-in’s state (any page can send one with an <img>) does not end a waiting X sign-in', async () => {
    const started = await running.core.signIn.start({ network: 'twitter' });
    const state = new URL(started.openUrl ?? '').searchParams.get('state') ?? '';
    let ended = false;
    void running.core.signIn.result(started.flowId).then(() => (ended = true));
    const forged = await get('/oauth/callback?error=access_denied');
    expect(forged.status).toBe(400);
    expect((await get('/oauth/callback?error=access_denied&state=guess')).status).toBe(400);
    await new Promise((r) => setTimeout(r, 50));
    expect(ended).toBe(false);
    // The real denial, with its state, ends it.
    const real = await get(`/oauth/callback?error=access_denied&state=${encodeURIComponent(state)}`);
    expect(real.body).toContain('Sign-in cancelled');
    expect(await running.core.signIn.result(started.flowId)).toMatchObject({ kind: 'failed', failure: 'denied' });
  });

  it('refuses Facebook up front: no address to open, nothing asked of Facebook, and Network apps says so', async () => {
    const before = demo.simulator.control.requests().length;
    const started = await running.core.signIn.start({ network: 'facebook' });
    expect(started.openUrl).toBeNull();
    expect(await running.core.signIn.result(started.flowId)).toEqual({ kind: 'failed', network: 'facebook', failure: 'desktop_app_only', detail: null });
    expect(demo.simulator.control.requests().length).toBe(before);
    expect(await running.core.networkApps.setup()).toMatchObject({ facebookSignIn: 'desktop_app_only', facebookRedirectUris: [] });
  });
});
