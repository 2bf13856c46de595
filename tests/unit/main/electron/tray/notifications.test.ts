// Native notifications: what the policy decides is shown, and a click brings the window forward and opens the
// account's card (or the "needs you" list for a group).
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { electronFake, FakeEvent, FakeNotification, resetElectronFake } from '../../../../fixtures/fake-electron';
import { decideNotifications } from '../../../../../main/core/notify/notification-policy';
import { EMPTY_NOTIFY_STATE } from '../../../../../main/core/notify/notify-state';
import type { TetherNotification } from '../../../../../main/core/notify/notification';
import { NOON_UTC, UTC, disconnect, settingsWith, tr } from '../../core/notify/notify-fixtures';

vi.mock('electron', () => ({ ...electronFake, default: electronFake }));
const { NotificationPresenter } = await import('../../../../../main/electron/tray/notifications');

let calls: string[];
let warnings: string[];
const log = { debug() {}, info() {}, warn: (m: string) => warnings.push(m), error() {}, child: () => log };

function presenter(extra: { isSupported?: () => boolean } = {}) {
  return new NotificationPresenter({
    onOpen: (accountId) => calls.push(`open:${accountId ?? 'needs-you'}`),
    showWindow: () => calls.push('show-window'),
    icon: '/icons/tray-ok@2x.png',
    log,
    ...extra,
  });
}

function policy(...transitions: Parameters<typeof decideNotifications>[0]): TetherNotification[] {
  return decideNotifications(transitions, settingsWith(), EMPTY_NOTIFY_STATE, NOON_UTC, { localMinutes: UTC }).notifications;
}

beforeEach(() => {
  resetElectronFake();
  calls = [];
  warnings = [];
});

describe('NotificationPresenter', () => {
  it('shows each notification with its title, body and urgency', () => {
    const shown = presenter().show(
      policy(
        disconnect('a', 'password_changed', { grant: 'g1', name: 'Acme' }),
        tr({ account: 'r', grant: 'g2', name: 'Bolt', from: 'needs_action', to: 'connected' }),
      ),
    );
    expect(shown).toBe(2);
    expect(FakeNotification.created.map((n) => [n.options.title, n.options.urgency, n.options.silent, n.shown])).toEqual([
      ['Acme: Password changed', 'critical', false, true],
      ['Bolt is connected again', 'low', true, true],
    ]);
    expect(FakeNotification.created[0]?.options.icon).toBe('/icons/tray-ok@2x.png');
  });

  it("opens the account's card on click, after bringing the window forward", () => {
    presenter().show(policy(disconnect('acc-42', 'security_checkpoint')));
    FakeNotification.created[0]?.emit('click', new FakeEvent());
    expect(calls).toEqual(['show-window', 'open:acc-42']);
  });

  it('opens one account of the login for a login-wide disconnection, where one reconnect restores them all', () => {
    presenter().show(policy(disconnect('p1', 'password_changed', { grant: 'g' }), disconnect('p2', 'password_changed', { grant: 'g' })));
    expect(FakeNotification.created).toHaveLength(1);
    FakeNotification.created[0]?.emit('click', new FakeEvent());
    expect(calls).toEqual(['show-window', 'open:p1']);
  });

  it('shows nothing where the desktop has no notifications, and says so once', () => {
    const p = presenter({ isSupported: () => false });
    expect(p.show(policy(disconnect('a')))).toBe(0);
    p.show(policy(disconnect('b')));
    expect(FakeNotification.created).toEqual([]);
    expect(warnings).toHaveLength(1);
  });

  it('asks Electron whether notifications are supported when not told', () => {
    FakeNotification.supported = false;
    expect(presenter().show(policy(disconnect('a')))).toBe(0);
  });

  it('logs a notification the desktop failed to show', () => {
    presenter().show(policy(disconnect('a')));
    FakeNotification.created[0]?.emit('failed', new FakeEvent(), 'toast failed');
    expect(warnings).toEqual(['a notification could not be shown']);
  });
});
