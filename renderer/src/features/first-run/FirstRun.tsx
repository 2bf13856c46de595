/**
 * What a new user sees before any account is connected: what Tether does, and the three ways to start (set up
 * network apps, connect a first account, or try the demo).
 */
import { useAppStore } from '../../store/store-context';

/** The first-run and empty state of the dashboard. */
export function FirstRun() {
  const setScreen = useAppStore((s) => s.setScreen);
  const demo = useAppStore((s) => s.appStatus?.demo ?? false);
  const apps = useAppStore((s) => s.appStatus?.networkApps ?? null);
  const appsReady = apps !== null && (apps.meta || apps.x);
  return (
    <section className="first-run" aria-labelledby="first-run-title">
      <h2 id="first-run-title">No accounts yet</h2>
      <p>
        Tether keeps your Facebook Pages, Instagram Business accounts and X accounts connected. It checks each connection on a schedule, tells you the moment
        one drops and why, and reconnects it with one click.
      </p>
      <ol className="first-run-steps">
        <li>
          <h3>Set up your network apps</h3>
          <p>{appsReady ? 'Done: your network apps are set.' : 'Tether signs in through your own Meta and X apps. Add their IDs in Settings.'}</p>
          <button type="button" onClick={() => setScreen('settings')}>
            Open network apps
          </button>
        </li>
        <li>
          <h3>Connect your first account</h3>
          <p>Sign in to Facebook (it brings the Pages and Instagram accounts you manage) or to X.</p>
        </li>
        <li>
          <h3>Or try the demo</h3>
          <p>
            {demo
              ? 'You are in demo mode: the simulated accounts appear here in a moment.'
              : 'Start Tether with --demo to explore it against simulated networks, with no real accounts.'}
          </p>
        </li>
      </ol>
    </section>
  );
}
