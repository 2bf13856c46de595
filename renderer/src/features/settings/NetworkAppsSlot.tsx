/**
 * Where Settings → Network apps goes. The connect/reconnect work (issue 12) brings the real section,
 * features/settings/NetworkApps.tsx; on merge this slot renders <NetworkApps /> instead of the status below.
 */
import { useAppStore } from '../../store/store-context';

/** The network apps section, for now: whether each app is set. */
export function NetworkAppsSlot() {
  const apps = useAppStore((s) => s.appStatus?.networkApps ?? null);
  const settings = useAppStore((s) => s.settings?.networkApps ?? null);
  return (
    <section className="settings-section" aria-labelledby="settings-apps">
      <h2 id="settings-apps">Network apps</h2>
      <p className="hint">Tether signs in through your own Meta and X apps; it ships no secrets.</p>
      <dl className="settings-facts">
        <dt>Meta App ID</dt>
        <dd>
          {settings?.metaAppId ?? 'not set'}
          {apps ? (apps.meta ? ' · ready' : ' · not ready') : ''}
        </dd>
        <dt>X Client ID</dt>
        <dd>
          {settings?.xClientId ?? 'not set'}
          {apps ? (apps.x ? ' · ready' : ' · not ready') : ''}
        </dd>
      </dl>
    </section>
  );
}
