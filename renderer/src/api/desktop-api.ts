/** The TetherApi over the preload's bridge, when running inside the desktop app. */
import type { DesktopBridge, TetherApi } from '../../../shared/ipc/channels';

/** Adapts `window.tether` to the TetherApi. */
export function createDesktopApi(bridge: DesktopBridge): TetherApi {
  return {
    invoke: (channel, req) => bridge.invoke[channel](req),
    on: (event, listener) => bridge.on[event](listener),
  };
}
