/** The toolbar above the list: filter by network and by state, and search. */
import { PROVIDER_IDS, PROVIDER_NAMES, type ProviderId } from '../../../../shared/domain/providers';
import { ATTENTION_ORDER, type Attention } from '../../../../shared/reasons/account-state';
import { ATTENTION_LABELS } from '../../components/attention-labels';
import { useAppStore } from '../../store/store-context';
import type { AttentionFilter, NetworkFilter } from '../../store/slices/ui.slice';
import { SearchBox } from './SearchBox';
import { ListViewSwitch } from './ListViewSwitch';

const isNetwork = (value: string): value is ProviderId => (PROVIDER_IDS as readonly string[]).includes(value);
const isAttention = (value: string): value is Attention => (ATTENTION_ORDER as readonly string[]).includes(value);

/** The filters and the search field. */
export function AccountFilters() {
  const network = useAppStore((s) => s.filters.network);
  const attention = useAppStore((s) => s.filters.attention);
  const setNetwork = useAppStore((s) => s.setNetworkFilter);
  const setAttention = useAppStore((s) => s.setAttentionFilter);

  return (
    <div className="filters" role="search" aria-label="Filter accounts">
      <label>
        <span>Network</span>
        <select value={network} onChange={(e) => setNetwork(isNetwork(e.target.value) ? e.target.value : ('all' satisfies NetworkFilter))}>
          <option value="all">All networks</option>
          {PROVIDER_IDS.map((id) => (
            <option key={id} value={id}>
              {PROVIDER_NAMES[id]}
            </option>
          ))}
        </select>
      </label>
      <label>
        <span>State</span>
        <select value={attention} onChange={(e) => setAttention(isAttention(e.target.value) ? e.target.value : ('all' satisfies AttentionFilter))}>
          <option value="all">All states</option>
          {ATTENTION_ORDER.map((id) => (
            <option key={id} value={id}>
              {ATTENTION_LABELS[id]}
            </option>
          ))}
        </select>
      </label>
      <SearchBox />
      <ListViewSwitch />
    </div>
  );
}
