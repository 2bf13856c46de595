// Grouping: several accounts of one login with the same news become one notification; more than three
// notifications from one check or sweep become one digest that lists names.
import { describe, expect, it } from 'vitest';
import { decideNotifications } from '../../../../../main/core/notify/notification-policy';
import { EMPTY_NOTIFY_STATE } from '../../../../../main/core/notify/notify-state';
import type { StatusTransition } from '../../../../../main/core/notify/status-transition';
import { cardFor } from '../../../../../shared/reasons/catalog';
import { DAY, HOUR, NOON_UTC, UTC, disconnect, settingsWith, tr, warning } from './notify-fixtures';
import type { ExpiryWarningSignal } from '../../../../../main/core/notify/status-transition';

const decide = (transitions: StatusTransition[], expiryWarnings: ExpiryWarningSignal[] = []) =>
  decideNotifications(transitions, settingsWith(), EMPTY_NOTIFY_STATE, NOON_UTC, { localMinutes: UTC, expiryWarnings }).notifications;

/** A login of Dana's with 8 Pages and 3 Instagram accounts, all hit by the same reason. */
function danaLogin(reason: 'password_changed' | 'access_revoked' = 'password_changed', grantName: string | null = 'Dana'): StatusTransition[] {
  const pages = Array.from({ length: 8 }, (_, i) => disconnect(`page-${i}`, reason, { grant: 'dana', grantName, name: `Page ${i}` }));
  const ig = Array.from({ length: 3 }, (_, i) => disconnect(`ig-${i}`, reason, { grant: 'dana', grantName, provider: 'instagram', name: `ig${i}` }));
  return [...pages, ...ig];
}

describe('grant-wide failures', () => {
  it('become one notification naming the login, the reason and what was hit', () => {
    const notifications = decide(danaLogin());
    expect(notifications).toHaveLength(1);
    const [n] = notifications;
    expect(n?.title).toBe('Facebook login for Dana: Password changed');
    expect(n?.body).toBe(`8 Pages and 3 Instagram accounts disconnected. ${cardFor('password_changed').summary}`);
    expect(n).toMatchObject({ kind: 'disconnection', accountId: null, urgency: 'critical', target: { kind: 'account' } });
    expect(n?.accountIds).toHaveLength(11);
    // A click opens one account of the login, where one reconnect restores all eleven.
    expect(n?.accountIds).toContain(n?.target.kind === 'account' ? n.target.accountId : null);
  });

  it('group even when only two accounts are hit', () => {
    const notifications = decide([disconnect('p1', 'access_revoked', { grant: 'g' }), disconnect('p2', 'access_revoked', { grant: 'g' })]);
    expect(notifications.map((n) => n.title)).toEqual(["Facebook login: Tether's access was removed"]);
    expect(notifications[0]?.body.startsWith('2 Pages disconnected.')).toBe(true);
  });

  it('stay apart when the reasons differ or the logins differ', () => {
    const notifications = decide([
      disconnect('p1', 'insufficient_page_role', { grant: 'g' }),
      disconnect('p2', 'page_restricted', { grant: 'g' }),
      disconnect('p3', 'insufficient_page_role', { grant: 'h' }),
    ]);
    expect(notifications.map((n) => n.accountId)).toEqual(['p1', 'p2', 'p3']);
  });

  it('group expiry of one login with its date, and reconnection of one login', () => {
    const exp = NOON_UTC + 6 * DAY + HOUR;
    const expiring = decide([], [warning('p1', '7d', exp, { grantName: 'Dana' }), warning('i1', '7d', exp, { provider: 'instagram', grantName: 'Dana' })]);
    expect(expiring.map((n) => [n.title, n.body])).toEqual([
      ['Facebook login for Dana expires in 6 days', `1 Page and 1 Instagram account. ${cardFor('token_expiring').summary}`],
    ]);
    const back = decide([
      tr({ account: 'p1', from: 'needs_reconnect', to: 'connected', grantName: 'Dana' }),
      tr({ account: 'p2', from: 'needs_reconnect', to: 'connected', grantName: 'Dana' }),
    ]);
    expect(back.map((n) => [n.title, n.body, n.urgency])).toEqual([['Facebook login for Dana is connected again', '2 Pages are back.', 'low']]);
  });

  it("group a login whose checks can't be verified", () => {
    const failing = [
      tr({ account: 'p1', from: 'connected', to: 'unverified', reason: 'rate_limited', at: NOON_UTC - 4 * HOUR }),
      tr({ account: 'p2', from: 'connected', to: 'unverified', reason: 'rate_limited', at: NOON_UTC - 4 * HOUR }),
    ];
    expect(decide(failing).map((n) => n.title)).toEqual(["Facebook login: Can't verify since 4 h"]);
  });
});

describe('many at once', () => {
  const singles = (n: number): StatusTransition[] =>
    Array.from({ length: n }, (_, i) => disconnect(`a${i}`, 'access_revoked', { grant: `g${i}`, name: `Brand ${i}` }));

  it('shows up to three notifications as they are', () => {
    expect(decide(singles(3)).map((n) => n.accountId)).toEqual(['a0', 'a1', 'a2']);
  });

  it('turns more than three into one digest listing names, opening the "needs you" list', () => {
    const notifications = decide(singles(4));
    expect(notifications).toHaveLength(1);
    expect(notifications[0]).toMatchObject({
      kind: 'summary',
      title: '4 accounts need you',
      body: 'Brand 0, Brand 1, Brand 2 and Brand 3.',
      accountId: null,
      urgency: 'critical',
      target: { kind: 'needs_you' },
    });
  });

  it('lists four names and counts the rest', () => {
    expect(decide(singles(7))[0]?.body).toBe('Brand 0, Brand 1, Brand 2, Brand 3 and 3 more.');
  });

  it('counts a grant group as one notification towards the limit', () => {
    const notifications = decide([...danaLogin(), ...singles(2)]);
    expect(notifications.map((n) => n.kind)).toEqual(['disconnection', 'disconnection', 'disconnection']);
  });

  it('heads a mixed digest with the most pressing kind and counts the others', () => {
    const notifications = decide([
      ...singles(2),
      tr({ account: 'e1', grant: 'ge1', from: 'connected', to: 'expiring' }),
      tr({ account: 'e2', grant: 'ge2', from: 'connected', to: 'expiring' }),
      tr({ account: 'r1', grant: 'gr1', from: 'needs_action', to: 'connected' }),
    ]);
    expect(notifications).toHaveLength(1);
    expect(notifications[0]).toMatchObject({ title: '2 accounts need you', body: 'Brand 0 and Brand 1. Also 2 expiring soon and 1 connected again.' });
    expect(notifications[0]?.accountIds).toHaveLength(5);
  });

  it('words a digest without disconnections by its most pressing kind, and X accounts as X accounts', () => {
    const xs = Array.from({ length: 4 }, (_, i) =>
      tr({ account: `x${i}`, grant: `gx${i}`, provider: 'twitter', name: `@x${i}`, from: 'needs_reconnect', to: 'connected' }),
    );
    expect(decide(xs)[0]).toMatchObject({ title: '4 accounts connected again', urgency: 'low' });
    const pair = [
      tr({ account: 'x1', grant: 'gx', provider: 'twitter', from: 'needs_reconnect', to: 'connected' }),
      tr({ account: 'x2', grant: 'gx', provider: 'twitter', from: 'needs_reconnect', to: 'connected' }),
    ];
    expect(decide(pair)[0]?.body).toBe('2 X accounts are back.');
  });

  it('puts the most pressing notifications first', () => {
    const notifications = decide([
      tr({ account: 'r', grant: 'gr', from: 'needs_action', to: 'connected' }),
      tr({ account: 'e', grant: 'ge', from: 'connected', to: 'expiring' }),
      disconnect('d', 'password_changed', { grant: 'gd' }),
    ]);
    expect(notifications.map((n) => n.kind)).toEqual(['disconnection', 'expiring', 'reconnected']);
  });
});
