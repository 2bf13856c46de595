/**
 * The dashboard shell: banners, the header with the overall state, demo mode's Scenarios panel, the filtered list,
 * and the open account's panel.
 */
import { AccountDetail } from './features/detail/AccountDetail';
import { AccountFilters } from './features/accounts/AccountFilters';
import { AccountsList } from './features/accounts/AccountsList';
import { Banners } from './features/banners/Banners';
import { DashboardHeader } from './features/dashboard/DashboardHeader';
import { ScenariosPanel } from './features/demo/ScenariosPanel';
import { useAppStore } from './store/store-context';

/** The whole window. */
export function App() {
  const hasAccounts = useAppStore((s) => s.accounts.length > 0);
  const detailOpen = useAppStore((s) => s.selectedAccountId !== null);
  return (
    <div className="app">
      <Banners />
      <DashboardHeader />
      <ScenariosPanel />
      <main className={detailOpen ? 'layout with-detail' : 'layout'}>
        <div className="accounts-pane">
          {hasAccounts ? <AccountFilters /> : null}
          <AccountsList />
        </div>
        <AccountDetail />
      </main>
    </div>
  );
}
