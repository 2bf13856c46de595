/**
 * Tether's tray icon: all good, expiring or needs you, with the count (beside the icon on macOS, in the tooltip
 * and the menu everywhere), and a menu to open the window, check everything now, or quit.
 */
import { Menu, Tray, type MenuItemConstructorOptions, type NativeImage } from 'electron';
import type { AccountView } from '../../../shared/domain/account-view';
import { trayState, type TrayLevel, type TrayState } from '../../core/notify/tray-state';

/** What the tray's menu and click do; the composition root wires them. */
export interface TrayActions {
  /** Show and focus the dashboard. */
  open(): void;
  /** Check every connection now. */
  checkAll(): void;
  /** Quit for real (not just hide to the tray). */
  quit(): void;
}

export interface TetherTrayOptions {
  readonly icons: Readonly<Record<TrayLevel, NativeImage | string>>;
  readonly actions: TrayActions;
  /** For tests: builds the Electron Tray (the idiom of Signal's SystemTrayService). */
  readonly createTrayInstance?: (image: NativeImage | string) => Tray;
  readonly platform?: NodeJS.Platform;
}

export class TetherTray {
  private readonly tray: Tray;
  private readonly platform: NodeJS.Platform;
  private shown: TrayState | undefined;

  constructor(private readonly options: TetherTrayOptions) {
    this.platform = options.platform ?? process.platform;
    this.tray = (options.createTrayInstance ?? ((image) => new Tray(image)))(options.icons.ok);
    // On macOS a click opens the menu; elsewhere a click opens the window and the menu is on right-click.
    if (this.platform !== 'darwin') this.tray.on('click', () => options.actions.open());
    this.show(trayState([]));
  }

  /** Shows the state of these accounts. Returns what it shows. */
  update(accounts: readonly AccountView[]): TrayState {
    const next = trayState(accounts);
    this.show(next);
    return next;
  }

  /** Removes the icon (at quit). */
  destroy(): void {
    if (!this.tray.isDestroyed()) this.tray.destroy();
  }

  private show(next: TrayState): void {
    const previous = this.shown;
    this.shown = next;
    if (previous?.level !== next.level) this.tray.setImage(this.options.icons[next.level]);
    if (previous?.count !== next.count && this.platform === 'darwin') this.tray.setTitle(next.count > 0 ? String(next.count) : '');
    // Rebuilding the menu makes some Linux panels flicker: only when its words change.
    if (previous?.tooltip !== next.tooltip) {
      this.tray.setToolTip(next.tooltip);
      this.tray.setContextMenu(Menu.buildFromTemplate(this.menu(next)));
    }
  }

  private menu(state: TrayState): MenuItemConstructorOptions[] {
    const { actions } = this.options;
    return [
      // Some Linux panels show no tooltip: the first line of the menu says the same.
      { label: state.tooltip, enabled: false },
      { type: 'separator' },
      { label: 'Open Tether', click: () => actions.open() },
      { label: 'Check all now', click: () => actions.checkAll() },
      { type: 'separator' },
      { label: 'Quit Tether', click: () => actions.quit() },
    ];
  }
}
