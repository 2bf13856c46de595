/** Picks the transport: the preload bridge in the desktop app, the WebSocket under `tether serve`. */
import type { TetherApi } from '../../../shared/ipc/channels';
import { createDesktopApi } from './desktop-api';
import { fetchSnapshot } from './http-snapshot';
import { withPrefetch } from './prefetching-api';
import { createWsApi } from './ws-client';

/** Creates the API for this page. */
export function createApi(): TetherApi {
  if (window.tether) return createDesktopApi(window.tether);
  // The first snapshot comes over HTTP, preloaded with the page, while the socket is still being opened.
  return withPrefetch(createWsApi(), { 'accounts:snapshot': fetchSnapshot() });
}
