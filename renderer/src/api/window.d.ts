import type { DesktopBridge } from '../../../shared/ipc/channels';

declare global {
  interface Window {
    /** Present only inside the desktop app (set by the preload). */
    readonly tether?: DesktopBridge;
  }
}
