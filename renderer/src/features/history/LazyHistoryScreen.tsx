/**
 * The History screen, fetched when first opened: its charts (and uPlot, in a chunk of its own) are code the
 * dashboard's first paint doesn't need. Nothing may import HistoryScreen statically, or it joins the first chunk.
 */
import { ErrorLine } from '../../components/ErrorLine';
import { useLazy } from '../../components/use-lazy';

const loadHistoryScreen = () => import('./HistoryScreen').then((m) => m.HistoryScreen);

export function LazyHistoryScreen() {
  const { value: HistoryScreen, error, retry } = useLazy(loadHistoryScreen);
  if (HistoryScreen) return <HistoryScreen />;
  if (error) return <ErrorLine what="open History" error={error} onRetry={retry} />;
  return <p className="hint">Opening History…</p>;
}
