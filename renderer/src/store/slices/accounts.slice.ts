/**
 * Accounts as main announced them, kept normalized by id. Deltas replace only the accounts they name, so every
 * other account keeps its object and its row does not render again. A delta that doesn't follow on from the
 * version held (a missed message, a reconnect) fetches a fresh snapshot instead.
 */
import type { StateCreator } from 'zustand';
import type { AccountView } from '../../../../shared/domain/account-view';
import type { AccountPatch, AccountsChange, AccountsSnapshot } from '../../../../shared/domain/accounts-change';
import type { TetherApi } from '../../../../shared/ipc/channels';
import type { AppState } from '../store';

export interface AccountsSlice {
  /** Every account by id: rows read their own entry. */
  accountsById: Readonly<Record<string, AccountView>>;
  /** The same accounts as a list (same objects), for counts and sorting. */
  accounts: AccountView[];
  /** The version of main's feed this state matches; null before the first snapshot. */
  accountsVersion: number | null;
  accountsLoad: 'idle' | 'loading' | 'ready' | 'error';
  accountsError: string | null;
  /** Asks main for a snapshot (on start, after a gap, and when the user retries). */
  loadAccounts(): Promise<void>;
  /** Applies a delta or snapshot main pushed. */
  receiveAccountsChange(change: AccountsChange): void;
}

const VIEW_KEYS: ReadonlyArray<keyof AccountView> = [
  'id',
  'grantId',
  'provider',
  'name',
  'handle',
  'connectedBy',
  'status',
  'reason',
  'statusSince',
  'lastCheckedAt',
  'expiresAt',
  'lastKnownStatus',
  'unverifiedSince',
  'problem',
];

/** A patch for an account we don't hold must carry the whole view. */
function asFullView(patch: AccountPatch): AccountView | null {
  return VIEW_KEYS.every((key) => key in patch) ? (patch as AccountView) : null;
}

type Applied = { byId: Record<string, AccountView> } | { gap: true };

function applyDelta(byId: Readonly<Record<string, AccountView>>, changed: readonly AccountPatch[], removed: readonly string[]): Applied {
  const next: Record<string, AccountView> = { ...byId };
  for (const patch of changed) {
    const prev = next[patch.id];
    const view = prev ? ({ ...prev, ...patch } as AccountView) : asFullView(patch);
    if (!view) return { gap: true };
    next[patch.id] = view;
  }
  for (const id of removed) delete next[id];
  return { byId: next };
}

/** Creates the accounts slice; its actions talk to main through the injected API. */
export function createAccountsSlice(deps: { readonly api: TetherApi }): StateCreator<AppState, [], [], AccountsSlice> {
  let loading: Promise<void> | null = null;
  return (set, get) => {
    const install = (byId: Record<string, AccountView>, version: number): void => {
      // An account that went away takes its open detail panel with it.
      set((s) => ({
        accountsById: byId,
        accounts: Object.values(byId),
        accountsVersion: version,
        accountsLoad: 'ready',
        accountsError: null,
        selectedAccountId: s.selectedAccountId !== null && byId[s.selectedAccountId] ? s.selectedAccountId : null,
      }));
    };
    const installSnapshot = (snapshot: AccountsSnapshot): void => {
      const current = get().accountsVersion;
      if (current !== null && snapshot.version < current) return;
      install(Object.fromEntries(snapshot.accounts.map((a) => [a.id, a])), snapshot.version);
    };
    return {
      accountsById: {},
      accounts: [],
      accountsVersion: null,
      accountsLoad: 'idle',
      accountsError: null,
      loadAccounts() {
        // One request at a time: several gaps in a row need one snapshot.
        loading ??= (async () => {
          if (get().accountsLoad !== 'ready') set({ accountsLoad: 'loading', accountsError: null });
          const result = await deps.api.invoke('accounts:snapshot', undefined);
          loading = null;
          if (result.ok) installSnapshot(result.value);
          // With a list on screen, keep it and say the refresh failed; without one, the list area says so.
          else if (get().accountsLoad === 'ready') get().showError('refresh the accounts', result.error.message, () => void get().loadAccounts());
          else set({ accountsLoad: 'error', accountsError: result.error.message });
        })();
        return loading;
      },
      receiveAccountsChange(change) {
        if (change.kind === 'snapshot') return installSnapshot(change);
        const version = get().accountsVersion;
        if (version === null || change.to <= version) return;
        const applied = change.from === version ? applyDelta(get().accountsById, change.changed, change.removed) : ({ gap: true } as const);
        if ('gap' in applied) void get().loadAccounts();
        else install(applied.byId, change.to);
      },
    };
  };
}
