// keytar with no D-Bus session at all (a headless server, a broken desktop session). Vitest runs each test
// file in its own process, and keytar connects on its first call, so removing the bus address here is enough.
import { describe, expect, it } from 'vitest';
import type { GrantId } from '../../../shared/domain/ids';
import { KeytarSecretStore } from '../../../main/core/secrets/keytar-secret-store';
import { chooseSecretStore } from '../../../main/core/secrets/choose-secret-store';
import { isSecretStoreError } from '../../../main/core/secrets/secret-store';
import { keyringPassword } from './keyring-control';

// Proves this file does start with a working bus (so what follows is caused by removing it).
keyringPassword();
delete process.env.DBUS_SESSION_BUS_ADDRESS;
delete process.env.DISPLAY;

const store = new KeytarSecretStore({ service: `Tether-nobus-${process.pid}`, timeoutMs: 20_000 });

describe('KeytarSecretStore without a Secret Service', () => {
  it('reports unavailable with a reason a person can act on', async () => {
    const health = await store.health();
    expect(health.kind).toBe('unavailable');
    if (health.kind === 'unavailable') expect(health.reason).toMatch(/No D-Bus session is running/);
  });

  it('rejects every call with a typed error instead of answering "not found"', async () => {
    const key = { kind: 'grant_tokens', grantId: 'g-1' as GrantId } as const;
    for (const call of [() => store.get(key), () => store.set(key, 'value-1'), () => store.delete(key), () => store.listByGrant('g-1' as GrantId)]) {
      const error = await call().then(
        () => null,
        (e: unknown) => e,
      );
      expect(isSecretStoreError(error, 'unavailable')).toBe(true);
    }
  });

  it('without a fallback, the choice surfaces the state (what `tether serve` shows)', async () => {
    const choice = await chooseSecretStore({ store, health: await store.health() });
    expect(choice.source).toBe('none');
    expect(choice.health.kind).toBe('unavailable');
  });
});
