/**
 * Signing in from the dashboard: connect a network, reconnect a login, the picker, the wrong-account choice,
 * and disconnect. Main runs the flow and keeps every token; this slice only follows it and shows its outcome.
 */
import type { StateCreator } from 'zustand';
import type { AccountId, GrantId } from '../../../../shared/domain/ids';
import { REASON_POLICY } from '../../../../shared/reasons/reason-policy';
import { signInNetworkOf } from '../../../../shared/domain/sign-in-network';
import type { DisconnectResult, FlowId, SignInOutcome, SignInStart } from '../../../../shared/domain/sign-in';
import type { TetherApi } from '../../../../shared/ipc/channels';
import type { Result } from '../../../../shared/ipc/result';
import type { SignInTab } from '../../platform/sign-in-tab';
import type { AppState } from '../store';

export type SignInView =
  | { readonly phase: 'idle' }
  /** Main is showing the network's page (or the tab is); waiting for the person. */
  | { readonly phase: 'waiting'; readonly request: SignInStart; readonly flowId: FlowId | null; readonly inTab: boolean }
  /** Saving what was chosen. */
  | { readonly phase: 'saving'; readonly request: SignInStart }
  | { readonly phase: 'outcome'; readonly request: SignInStart; readonly outcome: SignInOutcome }
  /** The request itself failed (e.g. main is unreachable). */
  | { readonly phase: 'error'; readonly request: SignInStart; readonly message: string };

export interface SignInSlice {
  signIn: SignInView;
  /** Why the last disconnect failed, by grant. */
  disconnectError: { readonly grantId: GrantId; readonly message: string } | null;
  /** What the last disconnect did, in words, until dismissed. */
  disconnectNote: string | null;
  dismissDisconnectNote(): void;
  /** Runs a sign-in: opens the tab (serve) at once, asks main to start, then waits for the outcome. */
  startSignIn(request: SignInStart): Promise<void>;
  /**
   * A notification about one account was clicked: when reconnecting alone fixes it, the reconnect starts at once
   * (one click); otherwise its card is all there is to show.
   */
  reconnectIfItFixes(accountId: AccountId): Promise<void>;
  cancelSignIn(): Promise<void>;
  chooseAccounts(keys: readonly string[]): Promise<void>;
  addLoginInstead(): Promise<void>;
  closeSignIn(): void;
  disconnect(grantId: GrantId): Promise<DisconnectResult | null>;
}

export interface SignInDeps {
  readonly api: TetherApi;
  readonly openSignInTab: () => SignInTab | null;
}

export function createSignInSlice(deps: SignInDeps): StateCreator<AppState, [], [], SignInSlice> {
  return (set, get) => {
    let tab: SignInTab | null = null;
    const closeTab = (): void => {
      tab?.close();
      tab = null;
    };
    const settle = (request: SignInStart, result: Result<SignInOutcome>): void => {
      closeTab();
      set({ signIn: result.ok ? { phase: 'outcome', request, outcome: result.value } : { phase: 'error', request, message: result.error.message } });
    };
    return {
      signIn: { phase: 'idle' },
      disconnectError: null,
      disconnectNote: null,
      dismissDisconnectNote: () => set({ disconnectNote: null }),
      async startSignIn(request) {
        closeTab();
        if (get().signInSetup?.facebookSignIn === 'desktop_app_only' && request.network === 'facebook') {
          // Said at once, without opening a tab (main refuses it too, for a click before the setup arrived).
          const outcome: SignInOutcome = { kind: 'failed', network: request.network, failure: 'desktop_app_only', detail: null };
          set({ signIn: { phase: 'outcome', request, outcome } });
          return;
        }
        tab = deps.openSignInTab();
        set({ signIn: { phase: 'waiting', request, flowId: null, inTab: tab !== null } });
        const started = await deps.api.invoke('signin:start', request);
        if (get().signIn.phase !== 'waiting') {
          // Cancelled before main answered: end the flow it just started.
          if (started.ok) await deps.api.invoke('signin:cancel', { flowId: started.value.flowId });
          return;
        }
        if (!started.ok) return settle(request, started);
        if (started.value.openUrl && tab) tab.show(started.value.openUrl);
        else closeTab();
        const { flowId } = started.value;
        set({ signIn: { phase: 'waiting', request, flowId, inTab: started.value.openUrl !== null } });
        const result = await deps.api.invoke('signin:result', { flowId });
        // Cancelled in Tether meanwhile (or another sign-in started): the person already knows; show nothing.
        const now = get().signIn;
        if (now.phase !== 'waiting' || now.flowId !== flowId) return;
        settle(request, result);
      },
      async reconnectIfItFixes(accountId) {
        const state = get();
        const account = state.accounts.find((a) => a.id === accountId);
        if (!account || state.signIn.phase !== 'idle' || account.status !== 'needs_reconnect' || !account.reason) return;
        if (REASON_POLICY[account.reason].reconnectFixes !== true) return;
        const network = signInNetworkOf(account.provider);
        await get().startSignIn({
          network,
          grantId: account.grantId,
          ...(account.reason === 'missing_permissions' && network === 'facebook' ? { mode: 'rerequest' as const } : {}),
        });
      },
      async cancelSignIn() {
        const view = get().signIn;
        closeTab();
        if (view.phase === 'waiting' && view.flowId) await deps.api.invoke('signin:cancel', { flowId: view.flowId });
        else if (view.phase === 'outcome' && 'flowId' in view.outcome) await deps.api.invoke('signin:cancel', { flowId: view.outcome.flowId });
        set({ signIn: { phase: 'idle' } });
      },
      async chooseAccounts(keys) {
        const view = get().signIn;
        if (view.phase !== 'outcome' || view.outcome.kind !== 'pick') return;
        set({ signIn: { phase: 'saving', request: view.request } });
        settle(view.request, await deps.api.invoke('signin:choose', { flowId: view.outcome.flowId, keys: [...keys] }));
      },
      async addLoginInstead() {
        const view = get().signIn;
        if (view.phase !== 'outcome' || view.outcome.kind !== 'wrong_account') return;
        const request = { network: view.request.network };
        set({ signIn: { phase: 'saving', request } });
        settle(request, await deps.api.invoke('signin:add-instead', { flowId: view.outcome.flowId }));
      },
      closeSignIn() {
        closeTab();
        set({ signIn: { phase: 'idle' } });
      },
      async disconnect(grantId) {
        const login = get().accounts.find((a) => a.grantId === grantId);
        const network = login && signInNetworkOf(login.provider) === 'twitter' ? 'X' : 'Facebook';
        const result = await deps.api.invoke('connections:disconnect', { grantId });
        if (!result.ok) {
          set({ disconnectError: { grantId, message: result.error.message } });
          return null;
        }
        const { accounts, revokedAtNetwork, detail } = result.value;
        const removed = `Disconnected: ${accounts} ${accounts === 1 ? 'account' : 'accounts'} removed from Tether and the tokens deleted from your keychain.`;
        const revoke = revokedAtNetwork
          ? ` ${network} confirmed that Tether's access is revoked.${detail ? ` ${detail}` : ''}`
          : ` ${network} couldn't be asked to revoke Tether's access (${detail ?? 'no answer'}): remove Tether from the apps your ${network} account allows to be sure.`;
        set({ disconnectError: null, selectedAccountId: null, disconnectNote: removed + revoke });
        return result.value;
      },
    };
  };
}
