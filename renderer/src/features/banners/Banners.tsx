/** The app-wide banners above the dashboard: demo mode, the keychain, missing network apps, X checks paused or slowed, and notices. */
import { useShallow } from 'zustand/react/shallow';
import type { SecretsState } from '../../../../shared/domain/app-status';
import { useAppStore } from '../../store/store-context';
import { selectMissingNetworkApps, type NetworkApp } from '../../store/slices/app.selectors';
import { DemoBanner } from './DemoBanner';
import { NoticeBanner } from './NoticeBanner';
import { SetupBanner } from './SetupBanner';
import { XChecksBanner } from './XChecksBanner';
import { ErrorLine } from '../../components/ErrorLine';

const KEYCHAIN_TITLES: Readonly<Record<Exclude<SecretsState['kind'], 'ok'>, string>> = {
  locked: 'Keychain locked',
  unavailable: 'Keychain unavailable',
  insecure: 'No secure keychain',
};

const APPS: Readonly<Record<NetworkApp, { title: string; provider: 'facebook' | 'twitter' }>> = {
  meta: { title: 'Meta app not set up (Facebook and Instagram)', provider: 'facebook' },
  x: { title: 'X app not set up', provider: 'twitter' },
};

/** With the App ID saved, only the secret is left to add: say so rather than "not set up". */
const META_SECRET_MISSING = 'Meta App Secret not saved (Facebook and Instagram)';

/** Every banner that applies now, or nothing. */
export function Banners() {
  const status = useAppStore((s) => s.appStatus);
  const error = useAppStore((s) => s.appStatusError);
  const missingApps = useAppStore(useShallow(selectMissingNetworkApps));
  if (!status && !error) return null;
  const keychain = status?.keychain;
  return (
    <div className="banners">
      {error ? <ErrorLine what="get Tether's status" error={error} className="banner banner-warn" /> : null}
      {status?.demo ? <DemoBanner /> : null}
      {keychain && keychain.kind !== 'ok' ? (
        <SetupBanner name="keychain" title={KEYCHAIN_TITLES[keychain.kind]} card="keychain_unavailable" provider="facebook" detail={keychain.detail} />
      ) : null}
      {missingApps.map((app) => (
        <SetupBanner
          key={app}
          name={`app-${app}`}
          title={app === 'meta' && status?.networkApps.metaIdOnly ? META_SECRET_MISSING : APPS[app].title}
          card="network_app_missing"
          provider={APPS[app].provider}
          lead="whatHappened"
        />
      ))}
      {status?.xChecks ? <XChecksBanner status={status.xChecks} /> : null}
      {status?.notices.map((notice) => (
        <NoticeBanner key={notice.id} notice={notice} />
      ))}
    </div>
  );
}
