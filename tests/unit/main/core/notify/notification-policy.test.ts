// What is news for the notification policy: disconnections, expiry, "can't verify", reconnections; never blips.
import { describe, expect, it } from 'vitest';
import { decideNotifications, nextDecisionAt, type PolicyOptions } from '../../../../../main/core/notify/notification-policy';
import { EMPTY_NOTIFY_STATE, primeNotifyState, type NotifyState } from '../../../../../main/core/notify/notify-state';
import type { ExpiryWarningSignal, StatusTransition } from '../../../../../main/core/notify/status-transition';
import { openTargetAccount } from '../../../../../main/core/notify/notification';
import { cardFor } from '../../../../../shared/reasons/catalog';
import { NOTIFICATION_KINDS, type Settings } from '../../../../../shared/domain/settings';
import { DAY, HOUR, MIN, NOON_UTC, UTC, disconnect, settingsWith, tr, view, warning } from './notify-fixtures';

function decide(
  transitions: StatusTransition[],
  opts: { settings?: Settings; state?: NotifyState; now?: number; warnings?: ExpiryWarningSignal[]; policy?: Partial<PolicyOptions> } = {},
) {
  return decideNotifications(transitions, opts.settings ?? settingsWith(), opts.state ?? EMPTY_NOTIFY_STATE, opts.now ?? NOON_UTC, {
    localMinutes: UTC,
    expiryWarnings: opts.warnings ?? [],
    ...opts.policy,
  });
}

describe('disconnections', () => {
  it('tells a new disconnection with the reason card’s title and summary, opening the account’s card', () => {
    const { notifications } = decide([disconnect('acc-1', 'password_changed', { name: 'Acme Bakery' })]);
    expect(notifications).toHaveLength(1);
    const [n] = notifications;
    expect(n).toMatchObject({
      kind: 'disconnection',
      accountId: 'acc-1',
      accountIds: ['acc-1'],
      urgency: 'critical',
      target: { kind: 'account', accountId: 'acc-1' },
    });
    expect(n?.title).toBe(`Acme Bakery: ${cardFor('password_changed').title}`);
    expect(n?.body).toBe(cardFor('password_changed').summary);
    expect(openTargetAccount(n!.target)).toBe('acc-1');
  });

  it('tells a move into needs_action with that reason’s card', () => {
    const { notifications } = decide([tr({ from: 'connected', to: 'needs_action', reason: 'security_checkpoint', name: 'Acme' })]);
    expect(notifications.map((n) => n.title)).toEqual([`Acme: ${cardFor('security_checkpoint').title}`]);
  });

  it('tells a disconnection found while checks were failing', () => {
    const { notifications } = decide([tr({ from: 'unverified', to: 'needs_reconnect', reason: 'access_revoked' })]);
    expect(notifications.map((n) => n.kind)).toEqual(['disconnection']);
  });

  it('uses the "login no longer accepted" card when a disconnection comes without a reason', () => {
    const { notifications } = decide([tr({ from: 'connected', to: 'needs_reconnect', reason: null, name: 'Acme' })]);
    expect(notifications[0]?.title).toBe(`Acme: ${cardFor('invalid_token_other').title}`);
  });

  it('tells a new reason for an account that was already disconnected', () => {
    const first = decide([disconnect('acc-1', 'token_expired')]);
    const { notifications } = decide([tr({ from: 'needs_reconnect', to: 'needs_action', reason: 'security_checkpoint' })], {
      state: first.state,
      now: NOON_UTC + MIN,
    });
    expect(notifications.map((n) => n.title)).toEqual([`Page acc-1: ${cardFor('security_checkpoint').title}`]);
  });
});

describe('transient blips', () => {
  it('never tells a move into unverified, nor its end', () => {
    const blip = decide([tr({ from: 'connected', to: 'unverified', reason: 'transient_provider_error' })]);
    expect(blip.notifications).toEqual([]);
    const back = decide([tr({ from: 'unverified', to: 'connected', at: NOON_UTC + 10 * MIN })], { state: blip.state, now: NOON_UTC + 10 * MIN });
    expect(back.notifications).toEqual([]);
  });

  it('does not re-announce "expiring" when checks of an expiring account fail and pass again', () => {
    const a = decide([tr({ from: 'expiring', to: 'unverified', reason: 'rate_limited' })]);
    const b = decide([tr({ from: 'unverified', to: 'expiring', at: NOON_UTC + 7 * HOUR })], { state: a.state, now: NOON_UTC + 7 * HOUR });
    expect(b.notifications).toEqual([]);
  });

  it('does tell what changed while checks were failing (connected before, expiring after)', () => {
    const a = decide([tr({ from: 'connected', to: 'unverified', reason: 'rate_limited' })]);
    const b = decide([tr({ from: 'unverified', to: 'expiring', at: NOON_UTC + HOUR })], { state: a.state, now: NOON_UTC + HOUR });
    expect(b.notifications.map((n) => n.kind)).toEqual(['expiring']);
  });

  it('ignores the UI-only checking status', () => {
    expect(decide([tr({ from: 'connected', to: 'checking' }), tr({ from: 'checking', to: 'connected' })]).notifications).toEqual([]);
  });
});

describe('expiry', () => {
  it('tells an account entering the expiring window with the token_expiring card', () => {
    const { notifications } = decide([tr({ from: 'connected', to: 'expiring', name: 'Acme' })]);
    expect(notifications).toHaveLength(1);
    expect(notifications[0]).toMatchObject({
      kind: 'expiring',
      urgency: 'normal',
      title: `Acme: ${cardFor('token_expiring').title}`,
      body: cardFor('token_expiring').summary,
    });
  });

  it('tells expiry warnings with the time left, the 1-hour one as critical', () => {
    const day = decide([], { warnings: [warning('acc-1', '1d', NOON_UTC + 23 * HOUR, { accountName: 'Acme' })] });
    expect(day.notifications[0]).toMatchObject({ kind: 'expiring', urgency: 'normal', title: 'Acme: Facebook login expires in 23 hours' });
    const hour = decide([], { state: day.state, now: NOON_UTC + 22 * HOUR, warnings: [warning('acc-1', '1h', NOON_UTC + 23 * HOUR, { accountName: 'Acme' })] });
    expect(hour.notifications[0]).toMatchObject({ urgency: 'critical', title: 'Acme: Facebook login expires in 1 hour' });
  });

  it('names the Facebook login for an Instagram account, and the X login for an X account', () => {
    const { notifications } = decide([], {
      warnings: [
        warning('ig', '1d', NOON_UTC + 30 * HOUR, { provider: 'instagram', accountName: 'acme.ig', grantId: 'g-ig' as never }),
        warning('x', '1d', NOON_UTC + 30 * HOUR, { provider: 'twitter', accountName: '@acme', grantId: 'g-x' as never }),
      ],
    });
    expect(notifications.map((n) => n.title).sort()).toEqual(['@acme: X login expires in 30 hours', 'acme.ig: Facebook login expires in 30 hours']);
  });

  it('merges entering the window and the 7-day warning of the same check into one notification with the date', () => {
    const { notifications } = decide([tr({ from: 'connected', to: 'expiring', name: 'Acme' })], {
      warnings: [warning('acc-1', '7d', NOON_UTC + 6 * DAY + HOUR, { accountName: 'Acme' })],
    });
    expect(notifications.map((n) => n.title)).toEqual(['Acme: Facebook login expires in 6 days']);
  });

  it('keeps the most urgent warning when two of one account arrive together', () => {
    const { notifications } = decide([], { warnings: [warning('acc-1', '1d', NOON_UTC + 20 * HOUR), warning('acc-1', '1h', NOON_UTC + 50 * MIN)] });
    expect(notifications).toHaveLength(1);
    expect(notifications[0]?.title).toBe('Page acc-1: Facebook login expires in 50 minutes');
  });
});

describe("can't verify", () => {
  const start = decide([tr({ from: 'connected', to: 'unverified', reason: 'transient_provider_error', name: 'Acme' })]);

  it('escalates once checks have failed for three hours, once', () => {
    expect(decide([], { state: start.state, now: NOON_UTC + 3 * HOUR - 1 }).notifications).toEqual([]);
    const escalated = decide([], { state: start.state, now: NOON_UTC + 3 * HOUR });
    expect(escalated.notifications).toHaveLength(1);
    expect(escalated.notifications[0]).toMatchObject({
      kind: 'cannot_verify',
      urgency: 'normal',
      accountId: 'acc-1',
      title: "Acme: Can't verify since 3 h",
      body: cardFor('cannot_verify').summary,
    });
    expect(decide([], { state: escalated.state, now: NOON_UTC + 5 * HOUR }).notifications).toEqual([]);
  });

  it('escalates again after checks passed in between', () => {
    const escalated = decide([], { state: start.state, now: NOON_UTC + 3 * HOUR });
    const ok = decide([tr({ from: 'unverified', to: 'connected', at: NOON_UTC + 4 * HOUR })], { state: escalated.state, now: NOON_UTC + 4 * HOUR });
    const again = decide([tr({ from: 'connected', to: 'unverified', reason: 'rate_limited', at: NOON_UTC + 5 * HOUR })], {
      state: ok.state,
      now: NOON_UTC + 5 * HOUR,
    });
    expect(decide([], { state: again.state, now: NOON_UTC + 8 * HOUR }).notifications.map((n) => n.kind)).toEqual(['cannot_verify']);
  });

  it('follows a configured threshold, and a later reason change does not restart the clock', () => {
    const policy = { cannotVerifyAfterMs: HOUR };
    const other = decide([tr({ from: 'unverified', to: 'unverified', reason: 'rate_limited', at: NOON_UTC + 30 * MIN })], {
      state: start.state,
      now: NOON_UTC + 30 * MIN,
      policy,
    });
    expect(decide([], { state: other.state, now: NOON_UTC + HOUR, policy }).notifications).toHaveLength(1);
  });

  it('primes from the accounts at start-up: escalates the recent ones later, takes the old ones as told', () => {
    const primed = primeNotifyState(
      EMPTY_NOTIFY_STATE,
      [
        view('recent', 'unverified', { unverifiedSince: NOON_UTC - HOUR }),
        view('old', 'unverified', { unverifiedSince: NOON_UTC - 5 * HOUR }),
        view('fine', 'connected'),
      ],
      NOON_UTC,
      3 * HOUR,
    );
    expect(decide([], { state: primed }).notifications).toEqual([]);
    expect(nextDecisionAt(primed, settingsWith(), NOON_UTC, { localMinutes: UTC })).toBe(NOON_UTC + 2 * HOUR);
    const later = decide([], { state: primed, now: NOON_UTC + 2 * HOUR });
    expect(later.notifications.map((n) => n.accountId)).toEqual(['recent']);
  });

  it('treats the end of a primed blip like any other blip', () => {
    const primed = primeNotifyState(EMPTY_NOTIFY_STATE, [view('acc-1', 'unverified', { lastKnownStatus: 'expiring' })], NOON_UTC, 3 * HOUR);
    expect(decide([tr({ from: 'unverified', to: 'expiring' })], { state: primed }).notifications).toEqual([]);
  });
});

describe('reconnections', () => {
  it('tells an account back to connected from needs_reconnect or needs_action', () => {
    for (const from of ['needs_reconnect', 'needs_action'] as const) {
      const { notifications } = decide([tr({ from, to: 'connected', name: 'Acme' })]);
      expect(notifications).toHaveLength(1);
      expect(notifications[0]).toMatchObject({
        kind: 'reconnected',
        urgency: 'low',
        title: 'Acme is connected again',
        target: { kind: 'account', accountId: 'acc-1' },
      });
    }
  });

  it('tells nothing when an account disconnects and comes back within one batch', () => {
    const { notifications } = decide([disconnect('acc-1', 'password_changed', { at: NOON_UTC - MIN }), tr({ from: 'needs_reconnect', to: 'connected' })]);
    expect(notifications).toEqual([]);
  });
});

describe('kinds switched off in settings', () => {
  const batch = (): { transitions: StatusTransition[] } => ({
    transitions: [
      disconnect('d', 'password_changed', { grant: 'g-d' }),
      tr({ account: 'e', grant: 'g-e', from: 'connected', to: 'expiring' }),
      tr({ account: 'r', grant: 'g-r', from: 'needs_action', to: 'connected' }),
      tr({ account: 'u', grant: 'g-u', from: 'connected', to: 'unverified', reason: 'rate_limited', at: NOON_UTC - 4 * HOUR }),
    ],
  });

  it.each(NOTIFICATION_KINDS)('leaves out %s and keeps the others', (kind) => {
    const settings = settingsWith({ notifications: { kinds: { [kind]: false } } });
    const { notifications } = decide(batch().transitions, { settings });
    const kinds = notifications.map((n) => n.kind).sort();
    expect(kinds).toEqual(NOTIFICATION_KINDS.filter((k) => k !== kind).sort());
  });

  it('tells nothing at all with every kind off', () => {
    const settings = settingsWith({ notifications: { kinds: { disconnection: false, expiring: false, cannot_verify: false, reconnected: false } } });
    expect(decide(batch().transitions, { settings }).notifications).toEqual([]);
  });
});

describe('purity', () => {
  function deepFreeze<T>(value: T): T {
    if (value !== null && typeof value === 'object') {
      for (const item of Object.values(value)) deepFreeze(item);
      Object.freeze(value);
    }
    return value;
  }

  it('never changes the state it is given, and decides the same twice', () => {
    const before = decide([tr({ account: 'u', from: 'connected', to: 'unverified', reason: 'rate_limited', at: NOON_UTC - 4 * HOUR }), disconnect('a')]);
    const frozen = deepFreeze(structuredClone(before.state));
    const batch = [
      tr({ account: 'a', from: 'needs_reconnect', to: 'connected', at: NOON_UTC + HOUR }),
      disconnect('b', 'access_revoked', { grant: 'g2', at: NOON_UTC + HOUR }),
    ];
    const once = decide(batch, { state: frozen, now: NOON_UTC + HOUR });
    const twice = decide(batch, { state: frozen, now: NOON_UTC + HOUR });
    expect(twice).toEqual(once);
    expect(frozen).toEqual(before.state);
  });
});

describe('nextDecisionAt', () => {
  it('is null when nothing waits', () => {
    expect(nextDecisionAt(EMPTY_NOTIFY_STATE, settingsWith(), NOON_UTC, { localMinutes: UTC })).toBeNull();
    const told = decide([disconnect('acc-1')]);
    expect(nextDecisionAt(told.state, settingsWith(), NOON_UTC, { localMinutes: UTC })).toBeNull();
  });

  it('is the escalation time of a failing account', () => {
    const { state } = decide([tr({ from: 'connected', to: 'unverified', reason: 'rate_limited', at: NOON_UTC - HOUR })]);
    expect(nextDecisionAt(state, settingsWith(), NOON_UTC, { localMinutes: UTC })).toBe(NOON_UTC + 2 * HOUR);
  });
});
