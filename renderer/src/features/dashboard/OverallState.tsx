/** The header's verdict over every account, announced politely when it changes. */
import { useShallow } from 'zustand/react/shallow';
import { useAppStore } from '../../store/store-context';
import { selectAttentionCounts } from '../../store/slices/accounts.selectors';
import { overallState } from './overall-state';

/** "All good", "2 need you · 3 expiring", … */
export function OverallState() {
  const counts = useAppStore(useShallow(selectAttentionCounts));
  const ready = useAppStore((s) => s.accountsLoad === 'ready');
  const worst = counts.needs_you > 0 ? 'bad' : counts.cannot_verify + counts.expiring > 0 ? 'warn' : 'ok';
  return (
    <p className={`overall overall-${worst}`} role="status" aria-label="Overall state">
      {ready ? overallState(counts) : ''}
    </p>
  );
}
