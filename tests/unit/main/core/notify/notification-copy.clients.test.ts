// The client (brand) leads the notification when the account has one: "Harbor Coffee: Instagram disconnected".
import { describe, expect, it } from 'vitest';
import { decideNotifications } from '../../../../../main/core/notify/notification-policy';
import { EMPTY_NOTIFY_STATE } from '../../../../../main/core/notify/notify-state';
import type { ExpiryWarningSignal, StatusTransition } from '../../../../../main/core/notify/status-transition';
import { cardFor } from '../../../../../shared/reasons/catalog';
import { HOUR, NOON_UTC, UTC, disconnect, settingsWith, tr, warning } from './notify-fixtures';

const decide = (transitions: StatusTransition[], warnings: ExpiryWarningSignal[] = []) =>
  decideNotifications(transitions, settingsWith(), EMPTY_NOTIFY_STATE, NOON_UTC, { localMinutes: UTC, expiryWarnings: warnings }).notifications;

describe('notification copy with a client', () => {
  it('leads a disconnection with the client and the network, and names the account and reason in the body', () => {
    const [n] = decide([{ ...disconnect('ig-1', 'password_changed', { provider: 'instagram', name: 'harborcoffee' }), clientName: 'Harbor Coffee' }]);
    expect(n?.title).toBe('Harbor Coffee: Instagram disconnected');
    expect(n?.body).toBe(`harborcoffee: ${cardFor('password_changed').title}. ${cardFor('password_changed').summary}`);
  });

  it('keeps the account-first words when there is no client', () => {
    const [n] = decide([disconnect('ig-1', 'password_changed', { provider: 'instagram', name: 'harborcoffee' })]);
    expect(n?.title).toBe(`harborcoffee: ${cardFor('password_changed').title}`);
  });

  it('leads expiry warnings, reconnections and "can\u2019t verify" with the client too', () => {
    const [expiring] = decide([], [warning('p1', '1d', NOON_UTC + 23 * HOUR, { accountName: 'Harbor Coffee Roasters', clientName: 'Harbor Coffee' })]);
    expect(expiring?.title).toBe('Harbor Coffee: Facebook login expires in 23 hours');
    expect(expiring?.body).toMatch(/^Harbor Coffee Roasters\. /);
    const [back] = decide([{ ...tr({ from: 'needs_reconnect', to: 'connected', provider: 'twitter', name: '@harbor' }), clientName: 'Harbor Coffee' }]);
    expect(back?.title).toBe('Harbor Coffee: X connected again');
  });

  it('names the clients of a login-wide group in its body', () => {
    const [n] = decide([
      { ...disconnect('p1', 'password_changed', { grant: 'g', name: 'Harbor Coffee Roasters' }), clientName: 'Harbor Coffee' },
      { ...disconnect('p2', 'password_changed', { grant: 'g', name: 'Bloom Studio' }), clientName: 'Bloom' },
      disconnect('p3', 'password_changed', { grant: 'g', name: 'Unassigned Page' }),
    ]);
    expect(n?.body).toMatch(/^3 Pages for Harbor Coffee and Bloom disconnected\. /);
  });
});
