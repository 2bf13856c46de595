/** Settings over the IPC contract: read, update (all or nothing), and the Meta App Secret sealed, never in settings. */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startEngineKit, type EngineKit } from '../../fixtures/validation/engine-kit';
import { createRouter, type Router } from '../../../main/core/ipc/router';
import { createHandlers } from '../../../main/core/ipc/handlers';
import { createLogger } from '../../../main/core/logging/create-logger';
import type { AppStatus } from '../../../shared/domain/app-status';
import type { Settings } from '../../../shared/domain/settings';

let kit: EngineKit;
let router: Router;
beforeEach(async () => {
  kit = await startEngineKit();
  router = createRouter(createHandlers(kit.core), kit.core.events, createLogger('test'));
});
afterEach(() => kit.close());

describe('settings over IPC', () => {
  it('reads and updates settings, refusing an invalid patch as a whole', async () => {
    const got = (await router.invoke('settings:get', undefined)) as { ok: true; value: Settings };
    expect(got.value.checkIntervalMinutes).toBe(30);
    const updated = (await router.invoke('settings:update', { checkIntervalMinutes: 15, notifications: { quietHours: { enabled: true } } })) as {
      ok: true;
      value: Settings;
    };
    expect(updated.value).toMatchObject({ checkIntervalMinutes: 15, notifications: { quietHours: { enabled: true, start: '22:00' } } });
    const refused = await router.invoke('settings:update', { checkIntervalMinutes: 1, theme: 'dark' });
    expect(refused).toMatchObject({ ok: false, error: { code: 'invalid_request', message: expect.stringContaining('checkIntervalMinutes') } });
    expect(kit.core.settings.get()).toMatchObject({ checkIntervalMinutes: 15, theme: 'system' });
    expect(await router.invoke('settings:update', { networkApps: { metaAppSecret: 'x' } })).toMatchObject({ ok: false, error: { code: 'invalid_request' } });
  });

  it('keeps the Meta App Secret sealed under the keychain key, never in settings, and never sends it back', async () => {
    await kit.core.secrets.delete({ kind: 'app_secret', app: 'meta' });
    let status = (await router.invoke('app:status', undefined)) as { ok: true; value: AppStatus };
    expect(status.value.networkApps.meta).toBe(false);
    const secret = 'a-meta-app-secret-0123456789abcdef';
    const set = (await router.invoke('settings:set-meta-app-secret', { appSecret: secret })) as { ok: true; value: AppStatus };
    expect(set.value.networkApps.meta).toBe(true);
    expect(await kit.core.secrets.get({ kind: 'app_secret', app: 'meta' })).toBe(secret);
    expect(await kit.store.get({ kind: 'app_secret', app: 'meta' })).toBeNull();
    const everything = JSON.stringify([set, await router.invoke('settings:get', undefined), await router.invoke('app:status', undefined)]);
    expect(everything).not.toContain(secret);
    status = (await router.invoke('settings:set-meta-app-secret', { appSecret: null })) as { ok: true; value: AppStatus };
    expect(status.value.networkApps.meta).toBe(false);
    expect(await router.invoke('settings:set-meta-app-secret', { appSecret: 'short' })).toMatchObject({ ok: false, error: { code: 'invalid_request' } });
  });
});
