/** The dashboard shell. */
import { AccountsList } from './features/accounts/AccountsList';
import { useAppStore } from './store/store-context';
import { selectNeedsUserCount } from './store/slices/accounts.selectors';

export function App() {
  const needsYou = useAppStore(selectNeedsUserCount);
  return (
    <div className="app">
      <header className="app-header">
        <h1>Tether</h1>
        <p className="summary" role="status">
          {needsYou === 0 ? 'All good' : `${needsYou} need${needsYou === 1 ? 's' : ''} you`}
        </p>
      </header>
      <main>
        <AccountsList />
      </main>
    </div>
  );
}
