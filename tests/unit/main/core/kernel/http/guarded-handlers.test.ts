import { afterEach, describe, expect, it } from 'vitest';
import { createServer, request, type Server } from 'node:http';
import { connect } from 'node:net';
import { serveGuarded } from '../../../../../../main/core/kernel/http/guarded-handlers';

let server: Server;
const reports: string[] = [];

async function listen(handlers: Parameters<typeof serveGuarded>[1]): Promise<number> {
  server = createServer();
  serveGuarded(server, handlers, (what, message) => reports.push(`${what}: ${message}`));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return (server.address() as { port: number }).port;
}

function get(port: number, path = '/'): Promise<{ status: number; body: string } | 'dropped'> {
  return new Promise((resolve) => {
    const req = request({ host: '127.0.0.1', port, path }, (res) => {
      let body = '';
      res.on('data', (c: Buffer) => (body += c.toString()));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
      res.on('error', () => resolve('dropped'));
    });
    req.on('error', () => resolve('dropped'));
    req.end();
  });
}

afterEach(async () => {
  reports.length = 0;
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

describe('serveGuarded', () => {
  it('answers a handler that throws, or rejects, with a 500 and goes on serving', async () => {
    let calls = 0;
    const port = await listen({
      request: (req, res) => {
        calls += 1;
        if (req.url === '/throw') decodeURIComponent('%E0%A4%A');
        if (req.url === '/reject') return Promise.reject(new Error('later'));
        res.end('fine');
      },
    });
    expect(await get(port, '/throw')).toEqual({ status: 500, body: 'Tether could not answer this request.\n' });
    expect(await get(port, '/reject')).toMatchObject({ status: 500 });
    expect(await get(port, '/')).toEqual({ status: 200, body: 'fine' });
    expect(calls).toBe(3);
    expect(reports).toEqual(['request handler failed: URI malformed', 'request handler failed: later']);
  });

  it('drops the connection when the answer had already begun, rather than send a second one', async () => {
    const port = await listen({
      request: (_req, res) => {
        res.writeHead(200);
        res.write('partial');
        throw new Error('mid-answer');
      },
    });
    expect(await get(port)).toBe('dropped');
    expect(reports).toEqual(['request handler failed: mid-answer']);
  });

  it('closes only the socket of an upgrade whose handler throws', async () => {
    const port = await listen({
      request: (_req, res) => res.end('ok'),
      upgrade: () => {
        throw new Error('bad upgrade');
      },
    });
    const closed = await new Promise<boolean>((resolve) => {
      const socket = connect(port, '127.0.0.1', () =>
        socket.write(`GET /ws HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n\r\n`),
      );
      socket.on('error', () => undefined);
      socket.on('close', () => resolve(true));
    });
    expect(closed).toBe(true);
    expect(await get(port)).toEqual({ status: 200, body: 'ok' });
    expect(reports).toEqual(['upgrade handler failed: bad upgrade']);
  });

  it('answers a request Node cannot parse with a 400', async () => {
    const port = await listen({ request: (_req, res) => res.end('ok') });
    const answer = await new Promise<string>((resolve) => {
      let got = '';
      const socket = connect(port, '127.0.0.1', () => socket.write('GET / HTTP/1.1\r\nBad Header\r\n\r\n'));
      socket.on('data', (c: Buffer) => (got += c.toString()));
      socket.on('close', () => resolve(got));
    });
    expect(answer).toMatch(/^HTTP\/1\.1 400/);
  });
});
