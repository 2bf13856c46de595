import { describe, expect, it } from 'vitest';
import { cannotVerify, freshHealth, nextHealth, type AccountHealth } from '../../../../../main/core/accounts/status-machine';
import type { Classification } from '../../../../../main/core/reasons/classification';
import type { ReasonId } from '../../../../../shared/domain/reason-id';

const H = 3_600_000;
const DAY = 24 * H;
const t0 = Date.parse('2026-11-28T09:00:00Z');

function classification(reason: ReasonId, permanent: boolean, reconnectFixes: boolean | null): Classification {
  return { reason, permanent, reconnectFixes, retryAfterMs: null, provider: { code: null, subcode: null, type: null, message: null, traceId: null } };
}
const connected: AccountHealth = freshHealth(t0, null);

describe('status machine', () => {
  it('a successful check keeps or restores connected, or expiring inside 7 days', () => {
    expect(nextHealth(connected, { kind: 'ok', expiresAt: null }, t0 + H)).toEqual({ changed: false, next: { ...connected } });
    const soon = nextHealth(connected, { kind: 'ok', expiresAt: t0 + 6 * DAY }, t0 + H);
    expect(soon.changed).toBe(true);
    expect(soon.next).toMatchObject({ status: 'expiring', statusSince: t0 + H, expiresAt: t0 + 6 * DAY });
  });

  it('a permanent failure that reconnect fixes is needs_reconnect; one that needs the user first is needs_action', () => {
    const pw = nextHealth(connected, { kind: 'problem', classification: classification('password_changed', true, true) }, t0 + H);
    expect(pw).toMatchObject({
      changed: true,
      next: { status: 'needs_reconnect', reason: 'password_changed', lastKnownStatus: 'needs_reconnect', statusSince: t0 + H },
    });
    const cp = nextHealth(connected, { kind: 'problem', classification: classification('security_checkpoint', true, false) }, t0 + H);
    expect(cp.next).toMatchObject({ status: 'needs_action', reason: 'security_checkpoint' });
  });

  it('a transient failure makes a healthy account unverified and keeps its last known status', () => {
    const blip = nextHealth(connected, { kind: 'problem', classification: classification('transient_provider_error', false, null) }, t0 + H);
    expect(blip.next).toMatchObject({ status: 'unverified', lastKnownStatus: 'connected', unverifiedSince: t0 + H });
    const again = nextHealth(blip.next, { kind: 'problem', classification: classification('rate_limited', false, null) }, t0 + 2 * H);
    expect(again).toEqual({ changed: false, next: blip.next });
    expect(cannotVerify(again.next, t0 + 3 * H)).toBe(false);
    expect(cannotVerify(again.next, t0 + 4 * H)).toBe(true);
    const back = nextHealth(again.next, { kind: 'ok', expiresAt: null }, t0 + 5 * H);
    expect(back.next).toMatchObject({ status: 'connected', unverifiedSince: null, reason: null });
  });

  it('never lets a transient failure hide or replace a known disconnection', () => {
    const down = nextHealth(connected, { kind: 'problem', classification: classification('access_revoked', true, true) }, t0).next;
    const blip = nextHealth(down, { kind: 'problem', classification: classification('transient_provider_error', false, null) }, t0 + H);
    expect(blip).toEqual({ changed: false, next: down });
  });

  it('an inconclusive content error is not a disconnection', () => {
    const odd = nextHealth(connected, { kind: 'problem', classification: classification('not_a_disconnect', false, null) }, t0);
    expect(odd.next.status).toBe('unverified');
  });

  it('a warning reason rides along a connected status', () => {
    const creator = nextHealth(connected, { kind: 'ok', expiresAt: null, warning: 'instagram_creator_account' }, t0);
    expect(creator).toMatchObject({ changed: true, next: { status: 'connected', reason: 'instagram_creator_account' } });
  });
});
