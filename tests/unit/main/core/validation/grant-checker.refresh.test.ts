/** GrantChecker.check refreshes X tokens before a check when they are about to run out, and saves them first. */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { TokenVault } from '../../../../../main/core/secrets/token-vault';
import type { GrantId } from '../../../../../shared/domain/ids';
import type { TokenSet } from '../../../../../main/core/secrets/token-set.codec';
import { IDS } from '../../../../fixtures/simulator/simulator-kit';
import { startCheckerKit, type CheckerKit } from '../../../../fixtures/validation/checker-kit';

const MINUTE = 60_000;
const ACCESS_TTL = 2 * 60 * MINUTE;
let kit: CheckerKit;
let grantId: GrantId;
let issued: TokenSet;

beforeEach(async () => {
  kit = await startCheckerKit();
  ({ grantId, tokens: issued } = await kit.addX(IDS.alphaX));
});
afterEach(() => kit.close());

const refreshCalls = () => kit.calls('POST', '/2/oauth2/token');

describe('GrantChecker.check: refresh when due', () => {
  it('does not refresh tokens with time left', async () => {
    kit.sim.control.advanceTime(ACCESS_TTL / 2);
    expect(await kit.checker.check(grantId)).toEqual({ kind: 'ok' });
    expect(refreshCalls()).toBe(0);
    expect(kit.eventKinds()).not.toContain('token_refreshed');
  });

  it('refreshes tokens about to expire, saves the new pair and checks with it', async () => {
    kit.sim.control.advanceTime(ACCESS_TTL - 2 * MINUTE);
    expect(await kit.checker.check(grantId)).toEqual({ kind: 'ok' });
    expect(refreshCalls()).toBe(1);
    // The keychain (read by a fresh vault, nothing cached) holds the rotated pair.
    const saved = await new TokenVault(kit.store).read(grantId);
    expect(saved?.refreshToken).not.toBe(issued.refreshToken);
    expect(saved?.accessToken).not.toBe(issued.accessToken);
    // Two fresh hours from the refresh (the simulated clock keeps ticking in real time).
    expect(Math.abs((saved?.accessExpiresAt ?? 0) - (kit.sim.control.now() + ACCESS_TTL))).toBeLessThan(5_000);
    expect(kit.eventKinds()).toEqual(['token_refreshed', 'check']);
    expect(kit.account(grantId).health).toMatchObject({ status: 'connected', reason: null });
  });

  it('refreshes once for many checks racing for the same grant', async () => {
    kit.sim.control.advanceTime(ACCESS_TTL + MINUTE);
    const results = await Promise.all(Array.from({ length: 5 }, () => kit.checker.check(grantId)));
    expect(results.every((r) => r.kind === 'ok')).toBe(true);
    expect(refreshCalls()).toBe(1);
    expect(kit.eventKinds().filter((k) => k === 'token_refreshed')).toHaveLength(1);
  });

  it('checks with the old access token when the refresh fails for a transient reason', async () => {
    kit.sim.control.advanceTime(ACCESS_TTL - 2 * MINUTE);
    kit.sim.control.addFault({ type: 'http_error', status: 503, network: 'x', pathPrefix: '/2/oauth2/token' });
    expect(await kit.checker.check(grantId)).toEqual({ kind: 'ok' });
    expect(refreshCalls()).toBe(1);
    expect(kit.account(grantId).health).toMatchObject({ status: 'connected' });
    expect((await new TokenVault(kit.store).read(grantId))?.refreshToken).toBe(issued.refreshToken);
    expect(kit.eventKinds()).not.toContain('token_refreshed');
  });

  // After a transient refresh failure the checker validates with the old access token; X's 401 for a token past its
  // known expiry must not disconnect the account while the refresh token may still be fine.
  it('does not disconnect an expired access token when the refresh failed for a transient reason', async () => {
    // Woken after the access token ran out, and X's token endpoint has a bad minute: the refresh token is fine.
    kit.sim.control.advanceTime(ACCESS_TTL + MINUTE);
    kit.sim.control.addFault({ type: 'http_error', status: 503, network: 'x', pathPrefix: '/2/oauth2/token' });
    expect(await kit.checker.check(grantId)).toMatchObject({ kind: 'transient' });
    expect(kit.account(grantId).health).toMatchObject({ status: 'unverified', lastKnownStatus: 'connected' });
    // The next sweep, with the endpoint back, recovers.
    kit.sim.control.clearFaults();
    expect(await kit.checker.check(grantId)).toEqual({ kind: 'ok' });
    expect(kit.account(grantId).health).toMatchObject({ status: 'connected' });
  });

  it('disconnects when the refresh token is dead', async () => {
    kit.sim.control.apply({ scenario: 'x_refresh_token_expired', target: IDS.alphaX });
    kit.sim.control.advanceTime(ACCESS_TTL + MINUTE);
    expect(await kit.checker.check(grantId)).toEqual({ kind: 'permanent' });
    expect(kit.account(grantId).health).toMatchObject({ status: 'needs_reconnect', reason: 'token_expired' });
    expect(kit.eventKinds()).not.toContain('token_refreshed');
  });
});
