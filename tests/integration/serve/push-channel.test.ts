// The push protocol over a real WebSocket on loopback: deltas in order, a gap answered by a snapshot, and a slow
// tab that stops reading gets no unbounded queue, then one snapshot when it catches up.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import WebSocket, { WebSocketServer } from 'ws';
import { openTetherCore, type TetherCore } from '../../../main/core/app/tether-core';
import { createHandlers } from '../../../main/core/ipc/handlers';
import { createRouter } from '../../../main/core/ipc/router';
import { createLogger } from '../../../main/core/logging/create-logger';
import { attachPushChannel } from '../../../main/serve/push-channel';
import type { AccountsChange } from '../../../shared/domain/accounts-change';
import type { AccountId, GrantId } from '../../../shared/domain/ids';
import { UnavailableSecretStore } from '../../../main/core/secrets/unavailable-secret-store';

let dir: string;
let core: TetherCore;
let server: Server;
let wss: WebSocketServer;
let serverSocket: WebSocket;

/** Adds one login with `n` Pages whose names are long, so each delta is a few kB. */
function addLogin(i: number, n = 10): void {
  const grant = `g-${i}` as GrantId;
  core.accounts.addGrant(
    {
      id: grant,
      provider: 'facebook',
      networkUserId: `u${i}`,
      name: `Manager ${i}`,
      scopes: [],
      accessExpiresAt: null,
      refreshExpiresAt: null,
      dataAccessExpiresAt: null,
    },
    Array.from({ length: n }, (_, k) => ({
      id: `a-${i}-${k}` as AccountId,
      grantId: grant,
      provider: 'facebook' as const,
      networkAccountId: `${i}-${k}`,
      name: `Page ${i}-${k} ${'x'.repeat(200)}`,
      handle: null,
      expiresAt: null,
    })),
  );
}

async function connect(highWaterBytes: number): Promise<{ client: WebSocket; changes: AccountsChange[] }> {
  const router = createRouter(createHandlers(core), core.events, createLogger('test'));
  wss.removeAllListeners('connection');
  wss.on('connection', (ws) => {
    serverSocket = ws;
    ws.on('close', attachPushChannel(ws, router, { highWaterBytes, pollMs: 10 }));
  });
  const port = (server.address() as AddressInfo).port;
  const client = new WebSocket(`ws://127.0.0.1:${port}/`);
  const changes: AccountsChange[] = [];
  client.on('message', (data) => {
    const message = JSON.parse(String(data)) as { type: string; event?: string; payload?: AccountsChange };
    if (message.event === 'accounts:changed' && message.payload) changes.push(message.payload);
  });
  await new Promise((resolve) => client.once('open', resolve));
  await new Promise((resolve) => setTimeout(resolve, 20));
  return { client, changes };
}

beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), 'tether-push-'));
  core = await openTetherCore({ dataDir: dir, secrets: { store: new UnavailableSecretStore({ kind: 'locked' }), health: { kind: 'locked' } } });
  server = createServer();
  wss = new WebSocketServer({ server });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
});

afterEach(async () => {
  for (const c of wss.clients) c.terminate();
  wss.close();
  await new Promise((resolve) => server.close(resolve));
  core.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('accounts push over a WebSocket', () => {
  it('sends each change once, as a delta that follows on from the last', async () => {
    const { client, changes } = await connect(1024 * 1024);
    addLogin(1, 2);
    addLogin(2, 1);
    await expect.poll(() => changes.length).toBe(2);
    expect(changes.map((c) => (c.kind === 'delta' ? [c.from, c.to, c.changed.length] : c.kind))).toEqual([
      [0, 1, 2],
      [1, 2, 1],
    ]);
    client.close();
  });

  it('stops queueing deltas for a tab that stops reading, and sends it one snapshot once it catches up', async () => {
    const { client, changes } = await connect(64 * 1024);
    // The browser tab stalls: its end of the socket stops reading, so the server's buffer fills.
    (client as unknown as { _socket: { pause(): void; resume(): void } })._socket.pause();
    let i = 0;
    while (serverSocket.bufferedAmount <= 64 * 1024 && i < 2000) addLogin((i += 1));
    const stalledAt = serverSocket.bufferedAmount;
    for (let k = 0; k < 200; k += 1) addLogin((i += 1));
    // Two hundred more deltas went nowhere: the buffer did not grow with them.
    expect(serverSocket.bufferedAmount).toBe(stalledAt);
    (client as unknown as { _socket: { resume(): void } })._socket.resume();

    const latest = core.accounts.snapshot().version;
    await expect.poll(() => changes.at(-1)?.kind, { timeout: 10_000 }).toBe('snapshot');
    const snapshot = changes.at(-1) as Extract<AccountsChange, { kind: 'snapshot' }>;
    expect(snapshot.version).toBe(latest);
    expect(snapshot.accounts).toHaveLength(i * 10);
    // Before the snapshot: an unbroken run of deltas, then nothing for the ones dropped.
    const deltas = changes.filter((c) => c.kind === 'delta');
    deltas.forEach((d, n) => expect(d.from).toBe(n));
    expect(deltas.length).toBeLessThan(i);

    // Afterwards, deltas follow on from the snapshot again.
    addLogin(i + 1, 1);
    await expect.poll(() => changes.at(-1)).toMatchObject({ kind: 'delta', from: latest, to: latest + 1 });
    client.close();
  });
});
