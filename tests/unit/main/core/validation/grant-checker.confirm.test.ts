/** GrantChecker.check confirms an ambiguous failure (X's bare 401) once before believing it; clear ones at once. */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { IDS } from '../../../../fixtures/simulator/simulator-kit';
import { startCheckerKit, type CheckerKit } from '../../../../fixtures/validation/checker-kit';

let kit: CheckerKit;
beforeEach(async () => {
  kit = await startCheckerKit();
});
afterEach(() => kit.close());

const usersMeCalls = () => kit.calls('GET', '/2/users/me');
const refreshCalls = () => kit.calls('POST', '/2/oauth2/token');

describe('GrantChecker.check: confirming ambiguous failures', () => {
  it('refreshes once after a bare 401 and believes the second look when it works', async () => {
    const { grantId } = await kit.addX(IDS.alphaX);
    // The access token dies early, before Tether thinks a refresh is due.
    kit.sim.control.apply({ scenario: 'x_access_token_expired', target: IDS.alphaX });
    expect(await kit.checker.check(grantId)).toEqual({ kind: 'ok' });
    expect(refreshCalls()).toBe(1);
    expect(usersMeCalls()).toBe(2);
    expect(kit.account(grantId).health).toMatchObject({ status: 'connected', reason: null });
    expect(kit.eventKinds()).toEqual(['token_refreshed', 'check']);
  });

  it('disconnects when the confirming refresh is refused for good', async () => {
    const { grantId } = await kit.addX(IDS.alphaX);
    kit.sim.control.apply({ scenario: 'x_app_access_revoked', target: IDS.alphaX });
    expect(await kit.checker.check(grantId)).toEqual({ kind: 'permanent' });
    expect(refreshCalls()).toBe(1);
    expect(kit.account(grantId).health).toMatchObject({ status: 'needs_reconnect', reason: 'token_expired' });
  });

  it('looks once more, without refreshing, when there is no refresh token, then believes it', async () => {
    const { grantId } = await kit.addX(IDS.alphaX, { scopes: ['tweet.read', 'tweet.write', 'users.read'] });
    kit.sim.control.apply({ scenario: 'x_access_token_expired', target: IDS.alphaX });
    expect(await kit.checker.check(grantId)).toEqual({ kind: 'permanent' });
    expect(refreshCalls()).toBe(0);
    expect(usersMeCalls()).toBe(2);
    expect(kit.account(grantId).health.status).toBe('needs_reconnect');
  });

  it('believes a clear failure at once', async () => {
    const { grantId } = await kit.addX(IDS.alphaX);
    kit.sim.control.apply({ scenario: 'x_account_suspended', target: IDS.alphaX });
    expect(await kit.checker.check(grantId)).toEqual({ kind: 'permanent' });
    expect(usersMeCalls()).toBe(1);
    expect(refreshCalls()).toBe(0);
    expect(kit.account(grantId).health).toMatchObject({ status: 'needs_action', reason: 'account_suspended' });
  });

  it('does not confirm a transient failure: one look, the account unverified', async () => {
    const { grantId } = await kit.addX(IDS.alphaX);
    kit.sim.control.addFault({ type: 'http_error', status: 503, network: 'x', pathPrefix: '/2/users/me' });
    expect(await kit.checker.check(grantId)).toMatchObject({ kind: 'transient' });
    expect(usersMeCalls()).toBe(1);
    expect(kit.account(grantId).health).toMatchObject({ status: 'unverified', lastKnownStatus: 'connected' });
  });
});
