/**
 * Demo mode's Scenarios panel: the simulator's catalogue and what is active, the one apply or revert under way,
 * what the last one changed, and the last error. Main owns the truth; this slice only asks and remembers.
 */
import type { StateCreator } from 'zustand';
import type { AccountView } from '../../../../shared/domain/account-view';
import type { DemoListing, DemoScenarioRequest } from '../../../../shared/domain/demo';
import type { AccountId } from '../../../../shared/domain/ids';
import type { TetherApi } from '../../../../shared/ipc/channels';
import type { AppState } from '../store';

/** One request to the simulator: cause a scenario on a target, or undo it. */
export interface DemoOperation extends DemoScenarioRequest {
  readonly kind: 'apply' | 'revert';
}

/** What a finished operation did to the accounts, as main's check reported before it answered. */
export interface DemoOutcome {
  readonly operation: DemoOperation;
  /** Accounts whose status or reason differs from before the operation, in list order. */
  readonly changed: readonly AccountId[];
  /** The scenario was already in force on that target before an apply (so nothing new could happen). */
  readonly wasActive: boolean;
}

/** Why the last request failed: loading the catalogue, or an apply or revert. */
export type DemoError = { readonly kind: 'load'; readonly message: string } | (DemoOperation & { readonly message: string });

export interface DemoSlice {
  /** The catalogue, the targets and the active scenarios; null until loaded. */
  demoListing: DemoListing | null;
  demoLoading: boolean;
  /** The apply or revert main has not answered yet; only one runs at a time. */
  demoPending: DemoOperation | null;
  demoOutcome: DemoOutcome | null;
  demoError: DemoError | null;
  /** Whether the Scenarios panel is shown (toggled from the Demo banner). */
  scenariosOpen: boolean;
  setScenariosOpen(open: boolean): void;
  /** Asks main for the catalogue and what is active. */
  loadDemo(): Promise<void>;
  /** Causes a scenario on the simulated network; main then checks everything. Ignored while another runs. */
  applyScenario(request: DemoScenarioRequest): Promise<void>;
  /** Undoes a scenario; main then checks everything. Ignored while another runs. */
  revertScenario(request: DemoScenarioRequest): Promise<void>;
}

const fingerprint = (a: AccountView): string => `${a.status}|${a.reason ?? ''}`;

/** Accounts now in `after` whose status or reason is not what it was in `before` (new accounts count as changed). */
export function changedAccounts(before: readonly AccountView[], after: readonly AccountView[]): AccountId[] {
  const was = new Map(before.map((a) => [a.id, fingerprint(a)]));
  return after.filter((a) => was.get(a.id) !== fingerprint(a)).map((a) => a.id);
}

/** Creates the demo slice; its actions talk to main through the injected API. */
export function createDemoSlice(deps: { readonly api: TetherApi }): StateCreator<AppState, [], [], DemoSlice> {
  return (set, get) => {
    const run = async (operation: DemoOperation): Promise<void> => {
      if (get().demoPending) return;
      const request: DemoScenarioRequest = { scenario: operation.scenario, target: operation.target };
      const wasActive = get().demoListing?.active.some((a) => a.scenario === request.scenario && a.target === request.target) ?? false;
      const before = get().accounts;
      set({ demoPending: operation, demoError: null, demoOutcome: null });
      const result = await deps.api.invoke(operation.kind === 'apply' ? 'demo:apply' : 'demo:revert', request);
      if (!result.ok) {
        set({ demoPending: null, demoError: { ...operation, message: result.error.message } });
        return;
      }
      // Main pushed the check's results (accounts:changed) before it answered, so the list is already fresh.
      const changed = changedAccounts(before, get().accounts);
      set({ demoPending: null, demoListing: result.value, demoOutcome: { operation, changed, wasActive } });
    };

    return {
      demoListing: null,
      demoLoading: false,
      demoPending: null,
      demoOutcome: null,
      demoError: null,
      scenariosOpen: false,
      setScenariosOpen: (open) => set({ scenariosOpen: open }),
      async loadDemo() {
        if (get().demoLoading) return;
        set({ demoLoading: true });
        const result = await deps.api.invoke('demo:scenarios', undefined);
        if (result.ok) {
          set((s) => ({ demoLoading: false, demoListing: result.value, demoError: s.demoError?.kind === 'load' ? null : s.demoError }));
        } else {
          set({ demoLoading: false, demoError: { kind: 'load', message: result.error.message } });
        }
      },
      applyScenario: (request) => run({ kind: 'apply', ...request }),
      revertScenario: (request) => run({ kind: 'revert', ...request }),
    };
  };
}
