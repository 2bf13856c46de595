/** Derived views of the app status: which banners to show and what an account's setup looks like. */
import type { AccountView } from '../../../../shared/domain/account-view';
import type { ProviderId } from '../../../../shared/domain/providers';
import { networkAppOf, type SetupState } from '../../../../shared/reasons/account-state';
import type { AppState } from '../store';

export type NetworkApp = 'meta' | 'x';

/** The keychain and network-app state that matters to one account's cards. Unknown status reads as fine. */
export function selectSetup(state: AppState, provider: ProviderId): SetupState {
  const status = state.appStatus;
  if (!status) return { keychainOk: true, networkAppReady: true };
  return {
    keychainOk: status.keychain.kind === 'ok',
    // Demo mode talks to the built-in simulator, which needs no app of the user's own.
    networkAppReady: status.demo || status.networkApps[networkAppOf(provider)],
  };
}

/**
 * Network apps to ask the user to set up: those missing for a network they have accounts on, or every missing one
 * while there are no accounts yet (they are needed to connect the first). Never in demo mode.
 */
export function selectMissingNetworkApps(state: AppState): NetworkApp[] {
  const status = state.appStatus;
  if (!status || status.demo) return [];
  const missing = (['meta', 'x'] as const).filter((app) => !status.networkApps[app]);
  if (state.accounts.length === 0 || missing.length === 0) return missing;
  const used = appsInUse(state.accounts);
  return missing.filter((app) => used.has(app));
}

const appsInUseByList = new WeakMap<readonly AccountView[], ReadonlySet<NetworkApp>>();
/** The network apps some account needs; read once per list, since every store change asks again (5,000 accounts). */
function appsInUse(accounts: readonly AccountView[]): ReadonlySet<NetworkApp> {
  let used = appsInUseByList.get(accounts);
  if (!used) {
    used = new Set(accounts.map((a) => networkAppOf(a.provider)));
    appsInUseByList.set(accounts, used);
  }
  return used;
}
