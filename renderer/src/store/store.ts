/** The one app store, assembled from slices. Components read it through useAppStore; only actions call the API. */
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { TetherApi } from '../../../shared/ipc/channels';
import { createAccountsSlice, type AccountsSlice } from './slices/accounts.slice';
import { createAppStatusSlice, type AppStatusSlice } from './slices/app.slice';
import { createDemoSlice, type DemoSlice } from './slices/demo.slice';
import { createHistorySlice, type HistorySlice } from './slices/history.slice';
import { createUiSlice, type UiSlice } from './slices/ui.slice';
import { createValidationSlice, type ValidationSlice } from './slices/validation.slice';
import { createToastsSlice, type ToastsSlice } from './slices/toasts.slice';
import { createSettingsSlice, type SettingsSlice } from './slices/settings.slice';
import { createHistoryScreenSlice, type Exporter, type HistoryScreenSlice } from './slices/history-screen.slice';
import { createSignInSlice, type SignInSlice } from './slices/signin.slice';
import { createLoginsSlice, type LoginsSlice } from './slices/logins.slice';
import { createNetworkAppsSlice, type NetworkAppsSlice } from './slices/network-apps.slice';
import { openSignInTab, type SignInTab } from '../platform/sign-in-tab';
import { createAlertsSlice, localPromptMemory, type AlertsSlice, type PromptMemory, type Surface } from './slices/alerts.slice';
import { pageNotifications, type WebNotifications } from '../platform/web-notifications';

/** The wall clock, injected so tests can fix the time. */
export interface RendererClock {
  now(): number;
}

export interface StoreDeps {
  readonly api: TetherApi;
  /** Defaults to the system clock. */
  readonly clock?: RendererClock;
  /** How many history events one page asks for; defaults to 50. */
  readonly historyPageSize?: number;
  /** How History exports reach the user; defaults to IPC (the desktop's save dialog). */
  readonly exporter?: Exporter;
  /** Opens the tab a sign-in shows in under `tether serve`; defaults to a real popup. */
  readonly openSignInTab?: () => SignInTab | null;
  /** The desktop app (default) or a browser tab of `tether serve`. */
  readonly surface?: Surface;
  /** The browser's notifications; defaults to the page's own. */
  readonly webNotifications?: WebNotifications;
  /** Where "Not now" on the browser-notifications bar is remembered; defaults to localStorage. */
  readonly promptMemory?: PromptMemory;
}

export type AppState = AccountsSlice &
  UiSlice &
  ValidationSlice &
  AppStatusSlice &
  DemoSlice &
  HistorySlice &
  ToastsSlice &
  SettingsSlice &
  HistoryScreenSlice &
  SignInSlice &
  NetworkAppsSlice &
  LoginsSlice &
  AlertsSlice;
export type AppStore = StoreApi<AppState>;

const systemClock: RendererClock = { now: () => Date.now() };

/** Creates the store around an API (the real transport in the app, a test transport in tests). */
export function createAppStore(deps: StoreDeps): AppStore {
  const full = {
    api: deps.api,
    clock: deps.clock ?? systemClock,
    historyPageSize: deps.historyPageSize ?? 50,
    exporter: deps.exporter ?? ({ kind: 'ipc' } as const),
  };
  return createStore<AppState>()((...a) => ({
    ...createAccountsSlice(full)(...a),
    ...createUiSlice(full)(...a),
    ...createValidationSlice(full)(...a),
    ...createAppStatusSlice(full)(...a),
    ...createDemoSlice(full)(...a),
    ...createHistorySlice(full)(...a),
    ...createToastsSlice()(...a),
    ...createSettingsSlice(full)(...a),
    ...createHistoryScreenSlice(full)(...a),
    ...createSignInSlice({ api: deps.api, openSignInTab: deps.openSignInTab ?? openSignInTab })(...a),
    ...createNetworkAppsSlice(full)(...a),
    ...createLoginsSlice({ api: deps.api })(...a),
    ...createAlertsSlice({
      api: deps.api,
      surface: deps.surface ?? 'desktop',
      webNotifications: deps.webNotifications ?? pageNotifications(),
      promptMemory: deps.promptMemory ?? localPromptMemory(typeof localStorage === 'undefined' ? null : localStorage),
    })(...a),
  }));
}
