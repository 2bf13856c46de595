/**
 * What the desktop adds around the core: the tray, native notifications from the notification policy, wake and
 * network-back signals, launch at login and close-to-tray. Started once the core and the window exist.
 */
import { app, type BrowserWindow } from 'electron';
import type { AccountId } from '../../shared/domain/ids';
import type { AppCore } from '../core/app/tether-core';
import type { Logger } from '../core/logging/create-logger';
import { followLaunchAtLogin } from './app-lifecycle/login-item';
import { SystemSignals } from './power/system-signals';
import { NotificationPresenter } from './tray/notifications';
import { loadTrayIcons, trayIconDir } from './tray/tray-icons';
import { TetherTray } from './tray/tray';
import { installCloseToTray, revealWindow } from './windows/close-to-tray';

export interface DesktopServices {
  stop(): void;
}

/** Starts the tray, notifications and system signals for one window. */
export function startDesktopServices(core: AppCore, window: BrowserWindow, log: Logger): DesktopServices {
  if (process.platform === 'win32') app.setAppUserModelId('app.tether.desktop');
  const open = (accountId: AccountId | null): void => {
    revealWindow(window);
    core.events.emit('ui:open-requested', { accountId });
  };
  const presenter = new NotificationPresenter({ showWindow: () => revealWindow(window), onOpen: open, log: log.child('notify') });
  const offs = [core.notifications.start({ deliver: (list) => void presenter.show(list) })];
  const tray = new TetherTray({
    icons: loadTrayIcons(trayIconDir(), log),
    actions: { open: () => revealWindow(window), checkAll: () => void core.validation.checkNow(), quit: () => app.quit() },
  });
  tray.update(core.accounts.list());
  // Events carry deltas now; the feed's own copy of every account gives the tray its counts without a read.
  offs.push(core.events.on('accounts:changed', () => tray.update(core.accounts.current())));
  const signals = new SystemSignals({ signal: (t) => core.validation.signal(t), log: log.child('signals') });
  signals.start();
  offs.push(followLaunchAtLogin(core.settings, log.child('login-item')));
  installCloseToTray(window, { closeToTray: () => core.settings.get().closeToTray });
  return {
    stop() {
      offs.forEach((off) => off());
      signals.stop();
      tray.destroy();
    },
  };
}
