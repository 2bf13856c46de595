/** Settings → Network apps: the apps Tether signs in through, with their guidance and checked saves. */
import { NetworkApps } from './NetworkApps';

export function NetworkAppsSection() {
  return (
    <section className="settings-section" aria-labelledby="settings-apps">
      <h2 id="settings-apps">Network apps</h2>
      <NetworkApps />
    </section>
  );
}
