/**
 * Settings: checks, X checks' plan and budget, notifications (kinds, expiry warnings, quiet hours), browser notifications (in a browser tab)
 * or the desktop (in the app), team alerts, appearance, history retention, data folder, network apps.
 */
import { useEffect } from 'react';
import {
  CHECK_INTERVAL_MINUTES,
  EXPIRY_LEAD_TIMES,
  NOTIFICATION_KINDS,
  RETENTION_DAYS,
  THEMES,
  type ExpiryLeadTime,
  type NotificationKind,
  type Theme,
} from '../../../../shared/domain/settings-choices';
import { BrowserNotificationsSection } from '../alerts/BrowserNotificationsSection';
import { TeamAlertsSection } from '../alerts/TeamAlertsSection';
import { ErrorLine } from '../../components/ErrorLine';
import { useAppStore } from '../../store/store-context';
import { CheckField, NumberField, TimeField } from './fields';
import { NetworkAppsSection } from './NetworkAppsSection';
import { XChecksSection } from './XChecksSection';

const KIND_LABELS: Record<NotificationKind, string> = {
  disconnection: 'An account disconnects',
  expiring: 'A login is about to expire',
  cannot_verify: "Tether can't verify an account for a while",
  reconnected: 'An account is connected again',
};
const LEAD_TIME_LABELS: Record<ExpiryLeadTime, string> = {
  '7d': '7 days before',
  '1d': '1 day before',
  '1h': '1 hour before',
};
const THEME_LABELS: Record<Theme, string> = { system: 'Follow the system', light: 'Light', dark: 'Dark' };

/** The Settings screen. */
export function SettingsScreen() {
  const settings = useAppStore((s) => s.settings);
  const error = useAppStore((s) => s.settingsError);
  const dataDir = useAppStore((s) => s.dataDir);
  const saving = useAppStore((s) => s.settingsSaving);
  const load = useAppStore((s) => s.loadSettings);
  const update = useAppStore((s) => s.updateSettings);
  const surface = useAppStore((s) => s.surface);
  useEffect(() => {
    void load();
  }, [load]);

  if (!settings) {
    return error ? <ErrorLine what="load the settings" error={error} onRetry={() => void load()} /> : <p role="status">Loading the settings…</p>;
  }
  const quiet = settings.notifications.quietHours;
  return (
    <section className="settings" aria-labelledby="settings-title">
      <h1 id="settings-title">Settings</h1>
      <p className="hint" role="status">
        {saving ? 'Saving…' : 'Changes are saved as you make them.'}
      </p>

      <section className="settings-section" aria-labelledby="settings-checks">
        <h2 id="settings-checks">Checks</h2>
        <NumberField
          label="Check every connection every"
          unit="minutes"
          value={settings.checkIntervalMinutes}
          {...CHECK_INTERVAL_MINUTES}
          onSave={(v) => update({ checkIntervalMinutes: v })}
        />
      </section>

      <XChecksSection settings={settings} update={update} />

      <section className="settings-section" aria-labelledby="settings-notify">
        <h2 id="settings-notify">Notifications</h2>
        <fieldset>
          <legend>Tell me when</legend>
          {NOTIFICATION_KINDS.map((kind) => (
            <CheckField
              key={kind}
              label={KIND_LABELS[kind]}
              checked={settings.notifications.kinds[kind]}
              onSave={(v) => update({ notifications: { kinds: { [kind]: v } } })}
            />
          ))}
        </fieldset>
        <fieldset>
          <legend>Warn me before a login expires</legend>
          {EXPIRY_LEAD_TIMES.map((lead) => (
            <CheckField
              key={lead}
              label={LEAD_TIME_LABELS[lead]}
              checked={settings.notifications.leadTimes[lead]}
              onSave={(v) => update({ notifications: { leadTimes: { [lead]: v } } })}
            />
          ))}
        </fieldset>
        <fieldset>
          <legend>Quiet hours</legend>
          <CheckField
            label="No notifications during quiet hours"
            checked={quiet.enabled}
            onSave={(v) => update({ notifications: { quietHours: { enabled: v } } })}
            hint="Team alerts wait too. What happened meanwhile comes as one summary when quiet hours end."
          />
          <TimeField label="From" value={quiet.start} disabled={!quiet.enabled} onSave={(v) => update({ notifications: { quietHours: { start: v } } })} />
          <TimeField label="Until" value={quiet.end} disabled={!quiet.enabled} onSave={(v) => update({ notifications: { quietHours: { end: v } } })} />
        </fieldset>
      </section>

      {surface === 'browser' ? (
        <BrowserNotificationsSection />
      ) : (
        <section className="settings-section" aria-labelledby="settings-desktop">
          <h2 id="settings-desktop">Desktop</h2>
          <CheckField
            label="Launch Tether when I log in"
            checked={settings.launchAtLogin}
            onSave={(v) => update({ launchAtLogin: v })}
            hint="Desktop app only."
          />
          <CheckField
            label="Closing the window keeps Tether in the tray"
            checked={settings.closeToTray}
            onSave={(v) => update({ closeToTray: v })}
            hint="Desktop app only."
          />
        </section>
      )}

      <TeamAlertsSection />

      <section className="settings-section" aria-labelledby="settings-look">
        <h2 id="settings-look">Appearance</h2>
        <div className="field">
          <label htmlFor="settings-theme">Theme</label>
          <select id="settings-theme" value={settings.theme} onChange={(e) => void update({ theme: e.target.value as Theme })}>
            {THEMES.map((t) => (
              <option key={t} value={t}>
                {THEME_LABELS[t]}
              </option>
            ))}
          </select>
        </div>
      </section>

      <section className="settings-section" aria-labelledby="settings-history">
        <h2 id="settings-history">History</h2>
        <NumberField
          label="Keep every single check for"
          unit="days"
          value={settings.retention.rawCheckDays}
          {...RETENTION_DAYS}
          onSave={(v) => update({ retention: { rawCheckDays: v } })}
        />
        <p className="hint">After that, checks are kept as daily totals. Status changes are kept forever.</p>
      </section>

      <section className="settings-section" aria-labelledby="settings-data">
        <h2 id="settings-data">Data folder</h2>
        <p>
          <code>{dataDir ?? '…'}</code>
        </p>
        <p className="hint">
          History and settings live here. Tokens are kept here encrypted, with a key that stays in your system keychain; never in plain text.
        </p>
      </section>

      <NetworkAppsSection />
    </section>
  );
}
