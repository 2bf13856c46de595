/** "Check all now", with the progress of every check under way ("Checking 12 of 40…") in a live region. */
import { useShallow } from 'zustand/react/shallow';
import { useAppStore } from '../../store/store-context';
import { selectSweepProgress } from '../../store/slices/validation.selectors';
import { ErrorLine } from '../../components/ErrorLine';

/** The button, the progress bar and the words that go with it. */
export function CheckAllControl() {
  const progress = useAppStore(useShallow(selectSweepProgress));
  const pending = useAppStore((s) => s.checkAllPending);
  const hasAccounts = useAppStore((s) => s.accounts.length > 0);
  const error = useAppStore((s) => (s.checkError?.scope === 'all' ? s.checkError.message : null));
  const checkAll = useAppStore((s) => s.checkAll);

  const words = progress ? `Checking ${progress.done} of ${progress.total}…` : pending ? 'Checking…' : '';
  return (
    <div className="check-all">
      {progress ? <progress className="check-progress" aria-label="Check progress" max={Math.max(progress.total, 1)} value={progress.done} /> : null}
      {/* Always present, so assistive technology hears each change. */}
      <span className="check-words" role="status" aria-label="Check progress">
        {words}
      </span>
      <button type="button" onClick={() => void checkAll()} disabled={pending || !hasAccounts}>
        Check all now
      </button>
      {error ? <ErrorLine what="check" error={error} /> : null}
    </div>
  );
}
