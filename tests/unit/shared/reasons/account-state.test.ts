// What an account's status means on screen: urgency, the badge, "checking had trouble", and the cards shown.
import { describe, expect, it } from 'vitest';
import type { AccountView } from '../../../../shared/domain/account-view';
import type { AccountId, GrantId } from '../../../../shared/domain/ids';
import { ATTENTION_ORDER, CANNOT_VERIFY_AFTER_MS, accountCardIds, accountState, networkAppOf } from '../../../../shared/reasons/account-state';

const HOUR = 3_600_000;
const now = Date.UTC(2026, 10, 28, 9, 0, 0);
const setupOk = { keychainOk: true, networkAppReady: true };

function view(overrides: Partial<AccountView>): AccountView {
  return {
    id: 'a-1' as AccountId,
    grantId: 'g-1' as GrantId,
    provider: 'facebook',
    name: 'Harbor Bakery',
    handle: null,
    connectedBy: 'Priya Nair',
    status: 'connected',
    reason: null,
    statusSince: now - 10 * HOUR,
    lastCheckedAt: now - 60_000,
    expiresAt: null,
    lastKnownStatus: 'connected',
    unverifiedSince: null,
    problem: null,
    ...overrides,
  };
}

describe('accountState', () => {
  it('puts accounts that need the user first', () => {
    expect(ATTENTION_ORDER[0]).toBe('needs_you');
    expect(accountState(view({ status: 'needs_action', reason: 'security_checkpoint' }), now)).toEqual({
      attention: 'needs_you',
      badge: 'needs_action',
      checkTrouble: false,
      failingSince: null,
    });
    expect(accountState(view({ status: 'needs_reconnect', reason: 'password_changed' }), now).attention).toBe('needs_you');
  });

  it('keeps the last known status while checks have failed for less than 3 hours', () => {
    const since = now - CANNOT_VERIFY_AFTER_MS + 60_000;
    const state = accountState(view({ status: 'unverified', reason: 'rate_limited', lastKnownStatus: 'expiring', unverifiedSince: since }), now);
    expect(state).toEqual({ attention: 'expiring', badge: 'expiring', checkTrouble: true, failingSince: since });
  });

  it("escalates to can't verify at the threshold", () => {
    const since = now - CANNOT_VERIFY_AFTER_MS;
    const state = accountState(view({ status: 'unverified', reason: 'transient_provider_error', unverifiedSince: since }), now);
    expect(state).toEqual({ attention: 'cannot_verify', badge: 'unverified', checkTrouble: true, failingSince: since });
  });

  it('accepts another threshold', () => {
    const input = view({ status: 'unverified', unverifiedSince: now - HOUR });
    expect(accountState(input, now, HOUR).attention).toBe('cannot_verify');
    expect(accountState(input, now, 2 * HOUR).attention).toBe('ok');
  });

  it('marks a Creator account as working with limits', () => {
    const input = view({ provider: 'instagram', reason: 'instagram_creator_account' });
    expect(accountState(input, now).attention).toBe('limited');
  });
});

describe('accountCardIds', () => {
  it('shows no card for a healthy account', () => {
    const input = view({});
    expect(accountCardIds(input, accountState(input, now), setupOk)).toEqual([]);
  });

  it("shows the account's reason when it needs the user", () => {
    const input = view({ status: 'needs_reconnect', reason: 'password_changed' });
    expect(accountCardIds(input, accountState(input, now), setupOk)).toEqual(['password_changed']);
  });

  it("shows can't verify, then the failure behind it", () => {
    const input = view({ status: 'unverified', reason: 'rate_limited', unverifiedSince: now - 4 * HOUR });
    expect(accountCardIds(input, accountState(input, now), setupOk)).toEqual(['cannot_verify', 'rate_limited']);
  });

  it('shows the expiry card only where logins expire that way', () => {
    const fb = view({ status: 'expiring', expiresAt: now + 6 * 24 * HOUR });
    expect(accountCardIds(fb, accountState(fb, now), setupOk)).toEqual(['token_expiring']);
    const x = view({ provider: 'twitter', status: 'expiring', expiresAt: now + HOUR });
    expect(accountCardIds(x, accountState(x, now), setupOk)).toEqual([]);
  });

  it('adds setup problems after the account’s own card', () => {
    const input = view({ status: 'needs_action', reason: 'account_locked', provider: 'twitter' });
    expect(accountCardIds(input, accountState(input, now), { keychainOk: false, networkAppReady: false })).toEqual([
      'account_locked',
      'keychain_unavailable',
      'network_app_missing',
    ]);
  });

  it('knows which network app each network uses', () => {
    expect(networkAppOf('facebook')).toBe('meta');
    expect(networkAppOf('instagram')).toBe('meta');
    expect(networkAppOf('twitter')).toBe('x');
  });
});
