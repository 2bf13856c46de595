/**
 * Telling the manager wherever they are: whether this window is the desktop app or a browser tab of `tether
 * serve`, the browser's notification permission (asked only from a click), and the team channel's webhook.
 */
import type { StateCreator } from 'zustand';
import type { SaveWebhookRequest, TeamAlertsStatus, TestAlertResult } from '../../../../shared/domain/team-alerts';
import type { TetherApi } from '../../../../shared/ipc/channels';
import type { WebNotificationPermission, WebNotifications } from '../../platform/web-notifications';
import type { AppState } from '../store';

/** Where this window runs: settings that only the desktop can honour are hidden in a browser tab. */
export type Surface = 'desktop' | 'browser';

/** Remembers "Not now" on the browser-notifications bar in this browser. */
export interface PromptMemory {
  dismissed(): boolean;
  dismiss(): void;
}

export interface AlertsSlice {
  surface: Surface;
  browserPermission: WebNotificationPermission;
  browserPromptDismissed: boolean;
  teamAlerts: TeamAlertsStatus | null;
  teamAlertsError: string | null;
  /** A save, removal or test is under way. */
  teamAlertsBusy: boolean;
  /** What the last "Send a test alert" did. */
  testResult: TestAlertResult | null;
  /** Asks the browser for notifications. Call it from a click only: never on load. */
  askBrowserPermission(): Promise<void>;
  dismissBrowserPrompt(): void;
  loadTeamAlerts(): Promise<void>;
  receiveTeamAlerts(status: TeamAlertsStatus): void;
  /** Keeps the webhook; on refusal the reason shows and nothing changes. Resolves to success. */
  saveWebhook(req: SaveWebhookRequest): Promise<boolean>;
  removeWebhook(): Promise<boolean>;
  sendTestAlert(): Promise<void>;
}

export interface AlertsDeps {
  readonly api: TetherApi;
  readonly surface: Surface;
  readonly webNotifications: WebNotifications;
  readonly promptMemory: PromptMemory;
}

/** Creates the alerts slice. */
export function createAlertsSlice(deps: AlertsDeps): StateCreator<AppState, [], [], AlertsSlice> {
  return (set, get) => {
    const settle = <T>(result: { ok: true; value: T } | { ok: false; error: { message: string } }, apply: (value: T) => void): boolean => {
      set({ teamAlertsBusy: false });
      if (result.ok) {
        apply(result.value);
        set({ teamAlertsError: null });
        return true;
      }
      set({ teamAlertsError: result.error.message });
      return false;
    };
    return {
      surface: deps.surface,
      browserPermission: deps.surface === 'browser' ? deps.webNotifications.permission() : 'unsupported',
      browserPromptDismissed: deps.promptMemory.dismissed(),
      teamAlerts: null,
      teamAlertsError: null,
      teamAlertsBusy: false,
      testResult: null,
      async askBrowserPermission() {
        const permission = await deps.webNotifications.request();
        set({ browserPermission: permission });
      },
      dismissBrowserPrompt() {
        deps.promptMemory.dismiss();
        set({ browserPromptDismissed: true });
      },
      async loadTeamAlerts() {
        const result = await deps.api.invoke('alerts:status', undefined);
        if (result.ok) set({ teamAlerts: result.value, teamAlertsError: null });
        else set({ teamAlertsError: result.error.message });
      },
      receiveTeamAlerts: (status) => set({ teamAlerts: status }),
      async saveWebhook(req) {
        set({ teamAlertsBusy: true, testResult: null });
        return settle(await deps.api.invoke('alerts:save-webhook', req), (status) => set({ teamAlerts: status }));
      },
      async removeWebhook() {
        set({ teamAlertsBusy: true, testResult: null });
        return settle(await deps.api.invoke('alerts:remove-webhook', undefined), (status) => set({ teamAlerts: status }));
      },
      async sendTestAlert() {
        set({ teamAlertsBusy: true, testResult: null });
        settle(await deps.api.invoke('alerts:test', undefined), (testResult) => set({ testResult }));
        if (get().teamAlerts === null) void get().loadTeamAlerts();
      },
    };
  };
}

/** "Not now" kept in this browser's storage (per origin); forgotten if storage is unavailable. */
export function localPromptMemory(storage: Pick<Storage, 'getItem' | 'setItem'> | null, key = 'tether.browserNotificationsPrompt'): PromptMemory {
  let dismissed = false;
  try {
    dismissed = storage?.getItem(key) === 'dismissed';
  } catch {
    // storage blocked: the bar shows again next time
  }
  return {
    dismissed: () => dismissed,
    dismiss() {
      dismissed = true;
      try {
        storage?.setItem(key, 'dismissed');
      } catch {
        // storage blocked
      }
    },
  };
}
