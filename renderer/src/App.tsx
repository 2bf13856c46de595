/**
 * The window: banners, the navigation, and one screen. The dashboard is the header with the summary, demo mode's
 * Scenarios panel, the filtered list and the open account's panel; History and Settings are their own screens.
 */
import { AccountDetail } from './features/detail/AccountDetail';
import { AccountFilters } from './features/accounts/AccountFilters';
import { AccountsList } from './features/accounts/AccountsList';
import { Banners } from './features/banners/Banners';
import { DashboardHeader } from './features/dashboard/DashboardHeader';
import { ScenariosPanel } from './features/demo/ScenariosPanel';
import { LazyHistoryScreen } from './features/history/LazyHistoryScreen';
import { SettingsScreen } from './features/settings/SettingsScreen';
import { AppNav } from './features/shell/AppNav';
import { Toasts } from './features/shell/Toasts';
import { useTheme } from './features/shell/use-theme';
import { useAppStore } from './store/store-context';
import { ConnectBar } from './features/connect/ConnectBar';
import { SignInDialog } from './features/connect/SignInDialog';
import { NetworkAppsDialog } from './features/connect/NetworkAppsDialog';
import { LoginOffers } from './features/connect/LoginOffers';
import { BrowserNotificationsPrompt } from './features/alerts/BrowserNotificationsPrompt';

function Dashboard() {
  const hasAccounts = useAppStore((s) => s.accounts.length > 0);
  const detailOpen = useAppStore((s) => s.selectedAccountId !== null);
  return (
    <>
      <DashboardHeader />
      <ConnectBar />
      <LoginOffers />
      <ScenariosPanel />
      <main className={detailOpen ? 'layout with-detail' : 'layout'}>
        <div className="accounts-pane">
          <h2 className="visually-hidden">Accounts</h2>
          {hasAccounts ? <AccountFilters /> : null}
          <AccountsList />
        </div>
        <AccountDetail />
      </main>
    </>
  );
}

/** The whole window. */
export function App() {
  const screen = useAppStore((s) => s.screen);
  useTheme();
  return (
    <div className="app">
      <Banners />
      <BrowserNotificationsPrompt />
      <AppNav />
      {screen === 'dashboard' ? <Dashboard /> : <main className="screen">{screen === 'history' ? <LazyHistoryScreen /> : <SettingsScreen />}</main>}
      <Toasts />
      <SignInDialog />
      <NetworkAppsDialog />
    </div>
  );
}
