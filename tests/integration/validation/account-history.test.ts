/** The detail panel's history over IPC: a real account's timeline after real checks, its uptime and reconnect time. */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { IDS } from '../../fixtures/simulator/simulator-kit';
import { startEngineKit, type EngineKit } from '../../fixtures/validation/engine-kit';
import { createRouter } from '../../../main/core/ipc/router';
import { createHandlers } from '../../../main/core/ipc/handlers';
import { createLogger } from '../../../main/core/logging/create-logger';
import type { AccountHistory } from '../../../shared/domain/account-history';

let kit: EngineKit;
beforeEach(async () => {
  kit = await startEngineKit();
  await kit.connectX(IDS.alphaX);
});
afterEach(() => kit.close());

describe('history:account', () => {
  it('pages the timeline newest first and reports uptime and time to reconnect', async () => {
    const router = createRouter(createHandlers(kit.core), kit.core.events, createLogger('test'));
    const account = kit.account('twitter', IDS.alphaX);
    kit.sim.control.advanceTime(10 * 60_000);
    kit.sim.control.apply({ scenario: 'x_account_locked', target: IDS.alphaX });
    await kit.core.validation.checkNow();
    kit.sim.control.advanceTime(20 * 60_000);
    kit.sim.control.revert({ scenario: 'x_account_locked', target: IDS.alphaX });
    await kit.core.validation.checkNow();

    const first = await router.invoke('history:account', { accountId: account.id, limit: 2 });
    expect(first.ok).toBe(true);
    const page = (first as { value: AccountHistory }).value;
    expect(page.events.map((e) => e.kind)).toEqual(['status_changed', 'check']);
    expect(page.events[0]).toMatchObject({ kind: 'status_changed', from: 'needs_action', to: 'connected' });
    expect(page.nextCursor).not.toBeNull();
    const rest = (await router.invoke('history:account', { accountId: account.id, cursor: page.nextCursor, limit: 50 })) as { ok: true; value: AccountHistory };
    expect(rest.value.events.some((e) => e.kind === 'status_changed' && e.to === 'needs_action' && e.reason === 'account_locked')).toBe(true);
    // Twenty simulated minutes between the two checks, plus the few real milliseconds the first check took.
    expect(page.reconnect).toMatchObject({ count: 1, open: 0 });
    expect(page.reconnect.meanMs).toBeGreaterThanOrEqual(20 * 60_000);
    expect(page.reconnect.meanMs).toBeLessThan(20 * 60_000 + 5_000);
    expect(page.reconnect.medianMs).toBe(page.reconnect.meanMs);
    expect(page.uptime.map((u) => u.days)).toEqual([7, 30, 90]);
    expect(page.uptime[0]?.uptime).toBeGreaterThan(0);
    expect(page.uptime[0]?.uptime).toBeLessThan(1);

    expect(await router.invoke('history:account', { accountId: account.id, cursor: 'not-a-cursor' })).toMatchObject({
      ok: false,
      error: { code: 'invalid_request' },
    });
    expect(await router.invoke('history:account', { accountId: 'no-such-account' })).toMatchObject({ ok: false, error: { code: 'not_found' } });
  });

  it('answers an empty history for an account that was never checked', async () => {
    const router = createRouter(createHandlers(kit.core), kit.core.events, createLogger('test'));
    kit.core.accounts.addGrant(
      {
        id: 'g-new' as never,
        provider: 'twitter',
        networkUserId: '999',
        name: 'New',
        scopes: [],
        accessExpiresAt: null,
        refreshExpiresAt: null,
        dataAccessExpiresAt: null,
      },
      [{ id: 'a-new' as never, grantId: 'g-new' as never, provider: 'twitter', networkAccountId: '999', name: 'New', handle: null, expiresAt: null }],
    );
    expect(await router.invoke('history:account', { accountId: 'a-new' })).toEqual({
      ok: true,
      value: {
        events: [],
        nextCursor: null,
        uptime: [
          { days: 7, uptime: null },
          { days: 30, uptime: null },
          { days: 90, uptime: null },
        ],
        reconnect: { count: 0, open: 0, meanMs: null, medianMs: null },
      },
    });
  });
});
