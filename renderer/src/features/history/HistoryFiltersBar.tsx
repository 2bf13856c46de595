/** The History screen's filters: account, network, reason and an inclusive date range (UTC days). */
import { useMemo } from 'react';
import type { AccountId } from '../../../../shared/domain/ids';
import { PROVIDER_IDS, PROVIDER_NAMES, type ProviderId } from '../../../../shared/domain/providers';
import { REASON_IDS, type ReasonId } from '../../../../shared/domain/reason-ids';
import { useAppStore } from '../../store/store-context';
import { reasonLabel } from './reason-label';

/** The filter bar. */
export function HistoryFiltersBar() {
  const filters = useAppStore((s) => s.historyFilters);
  const setFilters = useAppStore((s) => s.setHistoryFilters);
  const accounts = useAppStore((s) => s.accounts);
  const options = useMemo(() => [...accounts].sort((a, b) => a.name.localeCompare(b.name)).slice(0, 2000), [accounts]);
  return (
    <div className="filters history-filters" role="search" aria-label="Filter history">
      <label>
        <span>Account</span>
        <select value={filters.accountId ?? ''} onChange={(e) => setFilters({ accountId: e.target.value === '' ? null : (e.target.value as AccountId) })}>
          <option value="">All accounts</option>
          {options.map((a) => (
            <option key={a.id} value={a.id}>
              {a.name} ({PROVIDER_NAMES[a.provider]})
            </option>
          ))}
        </select>
      </label>
      <label>
        <span>Network</span>
        <select value={filters.provider ?? ''} onChange={(e) => setFilters({ provider: e.target.value === '' ? null : (e.target.value as ProviderId) })}>
          <option value="">All networks</option>
          {PROVIDER_IDS.map((p) => (
            <option key={p} value={p}>
              {PROVIDER_NAMES[p]}
            </option>
          ))}
        </select>
      </label>
      <label>
        <span>Reason</span>
        <select value={filters.reason ?? ''} onChange={(e) => setFilters({ reason: e.target.value === '' ? null : (e.target.value as ReasonId) })}>
          <option value="">All reasons</option>
          {REASON_IDS.map((r) => (
            <option key={r} value={r}>
              {reasonLabel(r)}
            </option>
          ))}
        </select>
      </label>
      <label>
        <span>From</span>
        <input type="date" value={filters.from} max={filters.to} onChange={(e) => e.target.value && setFilters({ from: e.target.value })} />
      </label>
      <label>
        <span>To</span>
        <input type="date" value={filters.to} min={filters.from} onChange={(e) => e.target.value && setFilters({ to: e.target.value })} />
      </label>
    </div>
  );
}
