/** "3 of 42 need you · 2 expiring this week · last full check 4 min ago": the state of every account in one line. */
import { useShallow } from 'zustand/react/shallow';
import { formatAgo } from '../../../../shared/reasons/countdown';
import { useAppStore } from '../../store/store-context';
import { selectSummary, type Summary } from '../../store/slices/summary.selectors';

/** The line's words at `now`. */
export function summaryWords(summary: Summary, now: number): string {
  if (summary.total === 0) return '';
  const need =
    summary.needYou === 0 ? `None of ${summary.total} need you` : `${summary.needYou} of ${summary.total} need${summary.needYou === 1 ? 's' : ''} you`;
  const expiring = `${summary.expiringThisWeek} expiring this week`;
  const checked = summary.lastFullCheck === null ? 'not every account checked yet' : `last full check ${formatAgo(summary.lastFullCheck, now)}`;
  return [need, expiring, checked].join(' · ');
}

/** The summary under the title. */
export function SummaryLine() {
  const words = useAppStore(useShallow((s) => summaryWords(selectSummary(s), s.now)));
  return (
    <p className="summary-line" role="note" aria-label="Summary">
      {words}
    </p>
  );
}
