/** Renderer entry: create the API and the store, connect them, and render. */
import { StrictMode } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import type { TetherApi } from '../../shared/ipc/channels';
import { createBridgeApi, createServeApi } from './api/api';
import { takeLaunchKey } from './api/launch-key';
import { LINK_KEY_PARAM } from '../../shared/ipc/http-routes';
import { createAppStore } from './store/store';
import type { Exporter } from './store/slices/history-screen.slice';
import { connectStoreToMain } from './store/bridge';
import { startClockTicker } from './store/clock-ticker';
import { StoreProvider } from './store/store-context';
import { App } from './App';
import { keyedDownloader } from './platform/download';
import { LinkNeeded, type LinkProblem } from './features/serve-link/LinkNeeded';
import type { Surface } from './store/slices/alerts.slice';
import { pageNotifications } from './platform/web-notifications';
import { startTabBadge } from './features/alerts/tab-badge';
import { connectBrowserAlerts } from './features/alerts/browser-alerts';
import './styles.css';

const container = document.getElementById('root');
const root: Root | null = container ? createRoot(container) : null;

function showLinkNeeded(problem: LinkProblem): void {
  document.title = 'Tether: open the private link';
  root?.render(
    <StrictMode>
      <LinkNeeded problem={problem} />
    </StrictMode>,
  );
}

function startApp(api: TetherApi, exporter: Exporter, surface: Surface): void {
  const webNotifications = pageNotifications();
  const store = createAppStore({ api, exporter, surface, webNotifications });
  connectStoreToMain(api, store);
  if (surface === 'browser') {
    // The tab tells what needs the user: its title and favicon, and Web Notifications once they are allowed.
    startTabBadge(store);
    connectBrowserAlerts(api, store, webNotifications);
  }
  startClockTicker(store);
  void store.getState().loadAccounts();
  void store.getState().loadAppStatus();
  void store.getState().loadLogins();
  // The settings carry the theme, so they load with the window, not when Settings opens.
  void store.getState().loadSettings();
  root?.render(
    <StrictMode>
      <StoreProvider store={store}>
        <App />
      </StoreProvider>
    </StrictMode>,
  );
}

// The desktop saves exports through its own dialog; the browser downloads them from `tether serve`.
if (window.tether) {
  startApp(createBridgeApi(window.tether), { kind: 'ipc' }, 'desktop');
} else {
  // A new link pasted into this tab changes only the fragment, which loads nothing: keep its key and start over.
  window.addEventListener('hashchange', () => {
    if (new URLSearchParams(window.location.hash.slice(1)).has(LINK_KEY_PARAM) && takeLaunchKey() !== null) window.location.reload();
  });
  const key = takeLaunchKey();
  if (key === null) showLinkNeeded('missing');
  else
    startApp(
      createServeApi(key, () => showLinkNeeded('stale')),
      { kind: 'download', start: keyedDownloader(key) },
      'browser',
    );
}
