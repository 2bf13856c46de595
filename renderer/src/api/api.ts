/** Picks the transport: the preload bridge in the desktop app, the WebSocket under `tether serve`. */
import type { TetherApi } from '../../../shared/ipc/channels';
import { createDesktopApi } from './desktop-api';
import { fetchSnapshot } from './http-snapshot';
import { withPrefetch } from './prefetching-api';
import { createWsApi } from './ws-client';

/** The API for the desktop window, which needs no key. */
export function createBridgeApi(bridge: NonNullable<Window['tether']>): TetherApi {
  return createDesktopApi(bridge);
}

/** The API under `tether serve`, with this launch's key; `onKeyRejected` hears once that the key is stale. */
export function createServeApi(key: string, onKeyRejected: () => void): TetherApi {
  let told = false;
  const rejectedOnce = (): void => {
    if (told) return;
    told = true;
    onKeyRejected();
  };
  // The first snapshot comes over HTTP, asked for now, while the socket is still being opened.
  const snapshot = fetchSnapshot(key, rejectedOnce);
  return withPrefetch(createWsApi({ key, onKeyRejected: rejectedOnce }), { 'accounts:snapshot': snapshot });
}
