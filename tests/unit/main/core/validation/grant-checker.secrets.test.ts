/** GrantChecker.check when the tokens aren't there or the keychain can't be read. */
import { afterEach, describe, expect, it } from 'vitest';
import { UnavailableSecretStore } from '../../../../../main/core/secrets/unavailable-secret-store';
import { SecretStoreError } from '../../../../../main/core/secrets/secret-store';
import type { GrantId } from '../../../../../shared/domain/ids';
import { IDS } from '../../../../fixtures/simulator/simulator-kit';
import { startCheckerKit, type CheckerKit } from '../../../../fixtures/validation/checker-kit';

let kit: CheckerKit;
afterEach(() => kit.close());

describe('GrantChecker.check: tokens and keychain', () => {
  it('disconnects a grant whose tokens are missing, without asking the network', async () => {
    kit = await startCheckerKit();
    const { grantId } = await kit.addX(IDS.alphaX, { saveTokens: false });
    expect(await kit.checker.check(grantId)).toEqual({ kind: 'permanent' });
    expect(kit.account(grantId).health).toMatchObject({ status: 'needs_reconnect', reason: 'invalid_token_other' });
    expect(kit.sim.control.requests()).toEqual([]);
    expect(kit.checked).toHaveLength(1);
    expect(kit.checked[0]?.recorded.signals.transitions).toEqual([
      expect.objectContaining({ from: 'connected', to: 'needs_reconnect', reason: 'invalid_token_other' }),
    ]);
  });

  it.each([
    ['locked', { kind: 'locked' } as const],
    ['unavailable', { kind: 'unavailable', reason: 'No Secret Service on this session' } as const],
  ])('reports a %s keychain and retries later, changing no status and recording nothing', async (_label, state) => {
    kit = await startCheckerKit({ store: new UnavailableSecretStore(state) });
    const { grantId } = await kit.addX(IDS.alphaX, { saveTokens: false });
    expect(await kit.checker.check(grantId)).toEqual({ kind: 'transient', retryAfterMs: null });
    expect(kit.unavailable).toHaveLength(1);
    expect(kit.unavailable[0]).toMatch(state.kind === 'locked' ? /locked/ : /No Secret Service/);
    expect(kit.account(grantId).health).toMatchObject({ status: 'connected', reason: null });
    expect(kit.eventKinds()).toEqual([]);
    expect(kit.checked).toEqual([]);
    expect(kit.sim.control.requests()).toEqual([]);
  });

  it('asks for a reconnect, naming why, when the saved tokens are there but unreadable (never retried forever)', async () => {
    kit = await startCheckerKit();
    const { grantId } = await kit.addX(IDS.alphaX);
    // What a value sealed under a lost key, or a damaged one, reads as: the store's typed "unreadable" error.
    const unreadable = new SecretStoreError(
      'unreadable',
      "Tether can't read this login's saved tokens: they were sealed with a key that is no longer in your keychain",
    );
    kit.store.get = () => Promise.reject(unreadable);
    kit.vault.forget(grantId);
    expect(await kit.checker.check(grantId)).toEqual({ kind: 'permanent' });
    expect(kit.account(grantId).health).toMatchObject({ status: 'needs_reconnect', reason: 'invalid_token_other' });
    expect(kit.checked[0]?.recorded.signals.transitions).toEqual([expect.objectContaining({ to: 'needs_reconnect', reason: 'invalid_token_other' })]);
    // The why is the account's problem detail, shown on its card.
    const row = kit.db.prepare('SELECT problem FROM accounts WHERE grant_id = ?').get(grantId) as { problem: string };
    expect((JSON.parse(row.problem) as { detail: string }).detail).toMatch(/no longer in your keychain/);
    expect(kit.unavailable).toEqual([]);
    expect(kit.sim.control.requests()).toEqual([]);
  });

  it('does nothing for a grant it does not know', async () => {
    kit = await startCheckerKit();
    expect(await kit.checker.check('g-gone' as GrantId)).toEqual({ kind: 'ok' });
    expect(kit.checked).toEqual([]);
    expect(kit.sim.control.requests()).toEqual([]);
  });

  it('records a successful check with saved tokens', async () => {
    kit = await startCheckerKit();
    const { grantId } = await kit.addX(IDS.alphaX);
    expect(await kit.checker.check(grantId)).toEqual({ kind: 'ok' });
    expect(kit.calls('GET', '/2/users/me')).toBe(1);
    expect(kit.account(grantId).health).toMatchObject({ status: 'connected', reason: null });
    expect(kit.eventKinds()).toEqual(['check']);
    expect(kit.checker.requestCount).toBe(1);
  });
});
