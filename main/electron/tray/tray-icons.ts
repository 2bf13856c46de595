/**
 * The tray's three icons (build/tray/tray-*.png, with @2x twins Electron picks up on high-DPI screens): where
 * they are in a dev checkout and in a packaged app (electron-builder copies them to resources/tray).
 */
import { app, nativeImage, type NativeImage } from 'electron';
import { join } from 'node:path';
import type { TrayLevel } from '../../core/notify/tray-state';
import type { Logger } from '../../core/logging/create-logger';

/** The file of each level's icon; `<name>@2x.png` beside it is the 32 px version. */
export const TRAY_ICON_FILES: Readonly<Record<TrayLevel, string>> = {
  ok: 'tray-ok.png',
  expiring: 'tray-expiring.png',
  needs_you: 'tray-needs-you.png',
};

/**
 * The folder holding the icons: `<resources>/tray` when packaged (electron-builder.yml `extraResources`), and
 * `<app path>/build/tray` when run from a checkout (`electron .` runs with the repository as the app path).
 */
export function trayIconDir(resourcesPath: string = process.resourcesPath): string {
  return app.isPackaged ? join(resourcesPath, 'tray') : join(app.getAppPath(), 'build', 'tray');
}

/** Loads the three icons. A missing file gives an empty image and a warning: the tray would be invisible. */
export function loadTrayIcons(dir: string = trayIconDir(), log?: Logger): Record<TrayLevel, NativeImage> {
  const load = (level: TrayLevel): NativeImage => {
    const path = join(dir, TRAY_ICON_FILES[level]);
    const image = nativeImage.createFromPath(path);
    if (image.isEmpty()) log?.warn('tray icon missing or unreadable', { path });
    return image;
  };
  return { ok: load('ok'), expiring: load('expiring'), needs_you: load('needs_you') };
}
