import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { electronFake, ipcMainFake, resetElectronFake, FakeBrowserWindow } from '../../../fixtures/fake-electron';
import { openTetherCore, type TetherCore } from '../../../../main/core/app/tether-core';
import { createHandlers } from '../../../../main/core/ipc/handlers';
import { createRouter } from '../../../../main/core/ipc/router';
import { createLogger } from '../../../../main/core/logging/create-logger';
import { INVOKE_CHANNELS } from '../../../../shared/ipc/channels';
import { addOneMoreAccount, seedFewAccounts } from '../../../fixtures/seed-accounts';

vi.mock('electron', () => ({ ...electronFake, default: electronFake }));
const { registerIpcHandlers, forwardEvents } = await import('../../../../main/electron/ipc/register-handlers');

let dir: string;
let core: TetherCore;
beforeEach(async () => {
  resetElectronFake();
  dir = mkdtempSync(join(tmpdir(), 'tether-ipc-'));
  core = await openTetherCore({ dataDir: dir });
  seedFewAccounts(core.accounts);
});
afterEach(() => {
  core.close();
  rmSync(dir, { recursive: true, force: true });
});

const router = () => createRouter(createHandlers(core), core.events, createLogger('test'));
const frame = (url: string, parent: unknown = null) => ({ senderFrame: { url, parent } });

describe('Electron IPC handlers', () => {
  it('registers exactly one handler per contract channel, and removes them', () => {
    const off = registerIpcHandlers(router(), undefined);
    expect([...ipcMainFake.handlers.keys()].sort()).toEqual([...INVOKE_CHANNELS].sort());
    off();
    expect(ipcMainFake.handlers.size).toBe(0);
  });

  it('answers our own renderer through the router', async () => {
    registerIpcHandlers(router(), undefined);
    const handler = ipcMainFake.handlers.get('accounts:list');
    const result = (await handler?.(frame('app://tether/index.html#/accounts'), undefined)) as { ok: boolean; value: unknown[] };
    expect(result.ok).toBe(true);
    expect(result.value).toHaveLength(3);
  });

  it('refuses other origins, sub-frames and frames without a URL', async () => {
    registerIpcHandlers(router(), 'http://localhost:5173');
    const handler = ipcMainFake.handlers.get('accounts:list');
    for (const event of [
      frame('https://www.facebook.com/login'),
      frame('http://localhost:5174/'),
      frame('http://user:pw@localhost:5173/'),
      frame('http://localhost:5173/', { url: 'http://localhost:5173/' }),
      { senderFrame: null },
    ]) {
      expect(await handler?.(event, undefined)).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    }
    expect(await handler?.(frame('http://localhost:5173/#/accounts'), undefined)).toMatchObject({ ok: true });
  });

  it('refuses file: pages and look-alikes of app://tether', async () => {
    registerIpcHandlers(router(), undefined);
    const handler = ipcMainFake.handlers.get('accounts:list');
    for (const url of [
      'file:///opt/Tether/resources/app.asar/out/renderer/index.html',
      'file:///tmp/downloaded.html',
      'app://tether.evil/index.html',
      'app://evil/index.html',
      'app://tether@evil/index.html',
      'app://x@tether/index.html',
      'app://tether:8080/index.html',
      'http://localhost:5173/',
    ]) {
      expect(await handler?.(frame(url), undefined), url).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    }
  });

  it('validates payloads from the renderer', async () => {
    registerIpcHandlers(router(), undefined);
    const handler = ipcMainFake.handlers.get('accounts:list');
    expect(await handler?.(frame('app://tether/index.html'), { drop: 'tables' })).toMatchObject({ ok: false, error: { code: 'invalid_request' } });
  });

  it('forwards pushed events to the window until it is destroyed', () => {
    const window = new FakeBrowserWindow({});
    forwardEvents(router(), window as never);
    addOneMoreAccount(core.accounts);
    window.destroyed = true;
    core.db.prepare('DELETE FROM accounts').run();
    core.accounts.announce();
    expect(window.webContents.sent.map(([channel]) => channel)).toEqual(['accounts:changed']);
  });
});
