/** Checks under way: sweeps main reports progress for, and the "Check now" requests this window made. */
import type { StateCreator } from 'zustand';
import type { AccountId, GrantId } from '../../../../shared/domain/ids';
import type { ValidationProgress } from '../../../../shared/domain/validation-progress';
import type { TetherApi } from '../../../../shared/ipc/channels';
import type { AppState } from '../store';

/** A failed "Check now": for everything, or for one account. */
export interface CheckError {
  readonly scope: 'all' | AccountId;
  readonly message: string;
}

export interface ValidationSlice {
  /**
   * Sweeps under way, keyed by trigger and size. Progress events carry no sweep id, so two sweeps with the same
   * trigger and the same number of accounts share an entry; that only makes the count briefly approximate.
   */
  sweeps: Readonly<Record<string, ValidationProgress>>;
  /** "Check all now" was asked and main has not answered yet. */
  checkAllPending: boolean;
  /** Grants whose "Check now" main has not answered yet. */
  checkingGrants: readonly GrantId[];
  checkError: CheckError | null;
  /** Records a progress report pushed by main. */
  receiveProgress(progress: ValidationProgress): void;
  /** Asks main to check every account now. */
  checkAll(): Promise<void>;
  /** Asks main to check one account now (main checks its whole login). */
  checkAccount(accountId: AccountId): Promise<void>;
  /** Asks main to check one login (every account it covers) now. */
  checkGrant(grantId: GrantId): Promise<void>;
}

const sweepKey = (p: ValidationProgress): string => `${p.trigger}:${p.total}`;

/** Creates the validation slice; its actions talk to main through the injected API. */
export function createValidationSlice(deps: { readonly api: TetherApi }): StateCreator<AppState, [], [], ValidationSlice> {
  return (set, get) => {
    /** One login's check; a failure is kept against the account asked about, or the whole list. */
    const checkOne = async (grantId: GrantId, req: { accountId: AccountId } | { grantId: GrantId }, scope: CheckError['scope']): Promise<void> => {
      if (get().checkingGrants.includes(grantId)) return;
      set((s) => ({
        checkingGrants: [...s.checkingGrants, grantId],
        checkError: null,
      }));
      const result = await deps.api.invoke('accounts:check', req);
      set((s) => ({
        checkingGrants: s.checkingGrants.filter((g) => g !== grantId),
        checkError: result.ok ? s.checkError : { scope, message: result.error.message },
      }));
    };
    return {
      sweeps: {},
      checkAllPending: false,
      checkingGrants: [],
      checkError: null,
      receiveProgress(progress) {
        set((s) => {
          const sweeps = { ...s.sweeps };
          if (progress.finished) delete sweeps[sweepKey(progress)];
          else sweeps[sweepKey(progress)] = progress;
          return { sweeps };
        });
      },
      async checkAll() {
        if (get().checkAllPending) return;
        set({ checkAllPending: true, checkError: null });
        const result = await deps.api.invoke('accounts:check', {});
        set((s) => {
          // Main has answered, so its manual sweeps are over even if a progress report went missing.
          const sweeps = Object.fromEntries(Object.entries(s.sweeps).filter(([, p]) => p.trigger !== 'manual'));
          return {
            sweeps,
            checkAllPending: false,
            checkError: result.ok ? null : { scope: 'all', message: result.error.message },
          };
        });
      },
      async checkAccount(accountId) {
        const grantId = get().accountsById[accountId]?.grantId;
        if (!grantId) return;
        await checkOne(grantId, { accountId }, accountId);
      },
      checkGrant: (grantId) => checkOne(grantId, { grantId }, 'all'),
    };
  };
}
