/**
 * `tether serve --demo`'s sign-in callback over real HTTP: /oauth/callback needs no launch secret (a redirect from
 * the network carries none) but only answers a state it is waiting for, on our own Host; Facebook's fragment is
 * relayed by a same-origin script; the serve callback is registered in the simulated apps.
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
  it('relays a fragment with a same-origin script under a strict CSP, without the launch secret', async () => {
    const page = await get('/oauth/callback');
    expect(page.status).toBe(200);
    expect(page.body).toContain('<script src="/oauth/callback.js"></script>');
    expect(page.headers['content-security-policy']).toBe("default-src 'none'; script-src 'self'; style-src 'unsafe-inline'");
    const script = await get('/oauth/callback.js');
    expect(script.headers['content-type']).toContain('text/javascript');
    expect(script.body).toContain("location.replace(location.pathname + '?' + hash)");
  });

  it('refuses a state it is not waiting for, and another Host', async () => {
    const unknown = await get('/oauth/callback?state=not-ours&code=abc');
    expect(unknown.status).toBe(400);
    expect(unknown.body).toContain('This sign-in is not waiting');
    expect((await get('/oauth/callback?state=x', `evil.example:${running.server.port}`)).status).toBe(421);
  });

  it('completes an X sign-in through it, registered in the demo apps, and then refuses the same state again', async () => {
    const started = await running.core.signIn.start({ network: 'twitter' });
    expect(started.openUrl).toContain(encodeURIComponent(`http://127.0.0.1:${running.server.port}/oauth/callback`));
    const landing = new URL(await answerXAuthorize(started.openUrl ?? '', demo.simulator.world.xUsers[2]?.id ?? ''));
    expect(landing.origin).toBe(`http://127.0.0.1:${running.server.port}`);
    const page = await get(`${landing.pathname}${landing.search}`);
    expect(page.status).toBe(200);
    expect(page.body).toContain('Signed in');
    expect(await running.core.signIn.result(started.flowId)).toMatchObject({
      kind: 'connected',
      network: 'twitter',
      signedInAs: '@brightline_hq',
      reconnected: true,
    });
    expect((await get(`${landing.pathname}${landing.search}`)).status).toBe(400);
  });
});
