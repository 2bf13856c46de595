/**
 * In a browser tab of `tether serve`: the notifications main decided (the same ones, deduplicated, grouped and
 * held through quiet hours, that the desktop shows natively) become Web Notifications once the user has allowed
 * them. Before that, nothing is shown and nothing is asked.
 */
import type { TetherApi } from '../../../../shared/ipc/channels';
import type { WebNotifications } from '../../platform/web-notifications';
import { openRequested } from '../../store/open-requested';
import type { AppStore } from '../../store/store';

/** Shows each decided notification while permission is granted; returns the function that stops. */
export function connectBrowserAlerts(api: TetherApi, store: AppStore, web: WebNotifications, focus: () => void = () => window.focus()): () => void {
  return api.on('notifications:decided', ({ notifications }) => {
    const permission = web.permission();
    // The user may have allowed or blocked them in the browser's own settings since: keep the screen true.
    if (store.getState().browserPermission !== permission) store.setState({ browserPermission: permission });
    if (permission !== 'granted') return;
    for (const n of notifications) {
      web.show({ title: n.title, body: n.body, tag: n.id, requireInteraction: n.urgency === 'critical' }, () => {
        focus();
        const state = store.getState();
        state.setScreen('dashboard');
        openRequested(state, n.openAccountId);
      });
    }
  });
}
