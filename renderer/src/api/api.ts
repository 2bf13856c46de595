/** Picks the transport: the preload bridge in the desktop app, the WebSocket under `tether serve`. */
import type { TetherApi } from '../../../shared/ipc/channels';
import { createDesktopApi } from './desktop-api';
import { createWsApi } from './ws-client';

/** Creates the API for this page. */
export function createApi(): TetherApi {
  return window.tether ? createDesktopApi(window.tether) : createWsApi();
}
