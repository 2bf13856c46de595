/**
 * The loopback callback of RFC 8252 §7.3: checks Host, path and state; only this sign-in's state ends it; the answer
 * carrying the code is 204 (nothing for the browser to record); then it stops.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { request } from 'node:http';
import { createServer } from 'node:net';
import { startLoopbackListener, type LoopbackListener } from '../../../../../main/core/oauth/loopback-listener';

let listener: LoopbackListener | undefined;
afterEach(() => listener?.close());

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as { port: number }).port;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

function get(port: number, path: string, host = `127.0.0.1:${port}`): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path, headers: { host } }, (res) => {
      let body = '';
      res.on('data', (chunk: Buffer) => (body += chunk.toString()));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
    });
    req.on('error', reject);
    req.end();
  });
}

describe('loopback listener', () => {
  it('answers the code for our state on our path with 204 No Content, hands the URL over, then stops listening', async () => {
    const port = await freePort();
    listener = startLoopbackListener({ port, path: '/callback', state: 'S1' });
    expect(listener.redirectUri).toBe(`http://127.0.0.1:${port}/callback`);
    await new Promise((r) => setTimeout(r, 20));
    const answer = await get(port, '/callback?state=S1&code=abc');
    // A navigation answered 204 never commits: the address with the code stays out of the browser's history.
    expect(answer).toEqual({ status: 204, body: '' });
    expect(await listener.landed).toEqual({ kind: 'redirected', url: `http://127.0.0.1:${port}/callback?state=S1&code=abc` });
    await new Promise((r) => setTimeout(r, 20));
    await expect(get(port, '/callback?state=S1')).rejects.toThrow(/ECONNREFUSED/);
  });

  it('refuses another Host (DNS rebinding) and other paths without ending the sign-in', async () => {
    const port = await freePort();
    listener = startLoopbackListener({ port, path: '/callback', state: 'S1' });
    await new Promise((r) => setTimeout(r, 20));
    expect((await get(port, '/callback?state=S1&code=x', `evil.example:${port}`)).status).toBe(400);
    expect((await get(port, '/favicon.ico')).status).toBe(404);
    let settled = false;
    void listener.landed.then(() => (settled = true));
    await new Promise((r) => setTimeout(r, 20));
    expect(settled).toBe(false);
  });

  it('a request without the state of this sign-in is answered and ignored: the sign-in keeps waiting for the right one', async () => {
    const port = await freePort();
    listener = startLoopbackListener({ port, path: '/callback', state: 'S1' });
    let settled = false;
    void listener.landed.then(() => (settled = true));
    await new Promise((r) => setTimeout(r, 20));
    // What any web page can make the browser send: an <img src="http://127.0.0.1:<port>/callback?error=access_denied">.
    const denial = await get(port, '/callback?error=access_denied');
    expect(denial.status).toBe(400);
    expect(denial.body).toContain('does not match');
    expect((await get(port, '/callback?state=OTHER&error=access_denied')).status).toBe(400);
    // Another sign-in's code (a stale tab): not shown, not recorded, not used.
    expect(await get(port, '/callback?state=OTHER&code=x')).toEqual({ status: 204, body: '' });
    // Not even an address: Chromium sends "//[" as it is.
    expect((await get(port, '//[')).status).toBe(400);
    await new Promise((r) => setTimeout(r, 20));
    expect(settled).toBe(false);
    expect((await get(port, '/callback?state=S1&error=access_denied')).body).toContain('Sign-in cancelled');
    expect(await listener.landed).toEqual({ kind: 'redirected', url: `http://127.0.0.1:${port}/callback?state=S1&error=access_denied` });
  });

  it('a port in use is a failure the user can act on', async () => {
    const port = await freePort();
    const blocker = createServer();
    await new Promise<void>((resolve) => blocker.listen(port, '127.0.0.1', resolve));
    try {
      listener = startLoopbackListener({ port, path: '/callback', state: 'S1' });
      const landing = await listener.landed;
      expect(landing).toMatchObject({ kind: 'failed' });
      expect(landing.kind === 'failed' ? landing.message : '').toContain(`Port ${port} is in use`);
    } finally {
      await new Promise<void>((resolve) => blocker.close(() => resolve()));
    }
  });

  it('closing it ends the sign-in as closed and frees the port for the next sign-in at once', async () => {
    const port = await freePort();
    const first = startLoopbackListener({ port, path: '/callback', state: 'S1' });
    await new Promise((r) => setTimeout(r, 20));
    first.close();
    expect(await first.landed).toEqual({ kind: 'closed' });
    listener = startLoopbackListener({ port, path: '/callback', state: 'S2' });
    await new Promise((r) => setTimeout(r, 20));
    expect((await get(port, '/callback?state=S2&code=x')).status).toBe(204);
    expect(await listener.landed).toMatchObject({ kind: 'redirected' });
  });
});
