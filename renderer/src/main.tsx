/** Renderer entry: create the API and the store, connect them, and render. */
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createApi } from './api/api';
import { createAppStore } from './store/store';
import { connectStoreToMain } from './store/bridge';
import { startClockTicker } from './store/clock-ticker';
import { StoreProvider } from './store/store-context';
import { App } from './App';
import { startDownload } from './platform/download';
import './styles.css';

const api = createApi();
// The desktop saves exports through its own dialog; the browser downloads them from `tether serve`.
const store = createAppStore({ api, exporter: window.tether ? { kind: 'ipc' } : { kind: 'download', start: startDownload } });
connectStoreToMain(api, store);
startClockTicker(store);
void store.getState().loadAccounts();
void store.getState().loadAppStatus();
void store.getState().loadLogins();
// The settings carry the theme, so they load with the window, not when Settings opens.
void store.getState().loadSettings();

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <StoreProvider store={store}>
        <App />
      </StoreProvider>
    </StrictMode>,
  );
}
