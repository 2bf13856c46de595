/** The rows of the list: accounts, or, grouped by login, each login's header followed by its accounts. */
import type { AccountView } from '../../../../shared/domain/account-view';
import type { LoginGroup } from '../../store/slices/logins.selectors';

export type ListEntry =
  | { readonly kind: 'account'; readonly key: string; readonly account: AccountView }
  | { readonly kind: 'login'; readonly key: string; readonly group: LoginGroup };

const flatCache = new WeakMap<readonly AccountView[], ListEntry[]>();
const groupedCache = new WeakMap<readonly LoginGroup[], ListEntry[]>();

/** One entry per account (the same array for the same accounts). */
export function flatEntries(accounts: readonly AccountView[]): ListEntry[] {
  let entries = flatCache.get(accounts);
  if (!entries) {
    entries = accounts.map((account) => ({ kind: 'account', key: account.id, account }));
    flatCache.set(accounts, entries);
  }
  return entries;
}

/** A header per login, then its accounts. */
export function groupedEntries(groups: readonly LoginGroup[]): ListEntry[] {
  let entries = groupedCache.get(groups);
  if (!entries) {
    entries = groups.flatMap((group): ListEntry[] => [
      { kind: 'login', key: `login:${group.grantId}`, group },
      ...group.accounts.map((account): ListEntry => ({ kind: 'account', key: account.id, account })),
    ]);
    groupedCache.set(groups, entries);
  }
  return entries;
}
