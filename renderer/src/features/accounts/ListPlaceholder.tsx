/** What the accounts area shows instead of the list: loading, a load failure, no accounts yet, or nothing matching. */
import { useAppStore } from '../../store/store-context';
import type { AccountsSlice } from '../../store/slices/accounts.slice';
import { ErrorLine } from '../../components/ErrorLine';
import { FirstRun } from '../first-run/FirstRun';

interface ListPlaceholderProps {
  readonly load: AccountsSlice['accountsLoad'];
  /** Accounts in all, before filtering. */
  readonly total: number;
  readonly filtered: boolean;
}

/** The placeholder for the current situation. */
export function ListPlaceholder({ load, total, filtered }: ListPlaceholderProps) {
  const error = useAppStore((s) => s.accountsError);
  const retry = useAppStore((s) => s.loadAccounts);
  const clearFilters = useAppStore((s) => s.clearFilters);

  if (load === 'loading' || load === 'idle') return <p role="status">Loading your accounts…</p>;
  if (load === 'error') {
    return <ErrorLine what="load your accounts" error={error ?? 'unknown error'} onRetry={() => void retry()} retryLabel="Try again" />;
  }
  if (total === 0 || !filtered) return <FirstRun />;
  return (
    <div className="empty">
      <p>No accounts match these filters.</p>
      <button type="button" onClick={clearFilters}>
        Clear filters
      </button>
    </div>
  );
}
