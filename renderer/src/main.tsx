/** Renderer entry: create the API and the store, connect them, and render. */
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createApi } from './api/api';
import { createAppStore } from './store/store';
import { connectStoreToMain } from './store/bridge';
import { startClockTicker } from './store/clock-ticker';
import { StoreProvider } from './store/store-context';
import { App } from './App';
import './styles.css';

const api = createApi();
const store = createAppStore({ api });
connectStoreToMain(api, store);
startClockTicker(store);
void store.getState().loadAccounts();
void store.getState().loadAppStatus();

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
