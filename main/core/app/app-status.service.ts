/** Computes what the app-wide banners show, and announces it when it changes. */
import type { AppStatus, Notice, SecretsState } from '../../../shared/domain/app-status';
import type { MovedAside } from '../history/corrupt-file';
import type { SecretStore, SecretStoreHealth } from '../secrets/secret-store';
import type { SettingsStore } from '../settings/settings-store';
import type { CoreEventBus } from '../kernel/core-events';

export interface AppStatusDeps {
  readonly demo: boolean;
  readonly settings: SettingsStore;
  readonly secrets: SecretStore;
  readonly events: CoreEventBus;
  readonly databaseRecovered: MovedAside | null;
  readonly initialSecretsHealth: SecretStoreHealth;
  /** Notices from elsewhere in the core (team alerts that could not be sent). */
  readonly moreNotices?: () => Notice[];
}

function secretsState(health: SecretStoreHealth): SecretsState {
  switch (health.kind) {
    case 'ok':
      return { kind: 'ok', detail: null };
    case 'locked':
      return { kind: 'locked', detail: 'The keychain is locked. Unlock it to let Tether read your connections.' };
    case 'unavailable':
      return { kind: 'unavailable', detail: health.reason };
    case 'insecure':
      return { kind: 'insecure', detail: 'Only an unencrypted store is available, and Tether will not keep tokens in it.' };
  }
}

export class AppStatusService {
  private health: SecretStoreHealth;
  private readonly dismissed = new Set<string>();

  constructor(private readonly deps: AppStatusDeps) {
    this.health = deps.initialSecretsHealth;
    deps.settings.onChange(() => void this.announce());
  }

  /** The current status. Reads the keychain only to learn whether the Meta app secret is there. */
  async status(): Promise<AppStatus> {
    const { settings, secrets } = this.deps;
    const apps = settings.get().networkApps;
    let metaSecret = false;
    if (apps.metaAppId && this.health.kind === 'ok') {
      try {
        metaSecret = (await secrets.get({ kind: 'app_secret', app: 'meta' })) !== null;
      } catch {
        metaSecret = false;
      }
    }
    return {
      demo: this.deps.demo,
      keychain: secretsState(this.health),
      networkApps: {
        meta: apps.metaAppId !== null && metaSecret,
        x: apps.xClientId !== null,
        // Unknown while the keychain can't be read: the keychain banner speaks then, not this one.
        metaIdOnly: apps.metaAppId !== null && !metaSecret && this.health.kind === 'ok',
      },
      notices: this.notices().filter((n) => !this.dismissed.has(n.id)),
    };
  }

  /** Hides a notice for this session (and forgets the settings notice for good). */
  async dismiss(id: string): Promise<AppStatus> {
    this.dismissed.add(id);
    if (id.startsWith('settings-')) this.deps.settings.dismissNotice();
    return this.announce();
  }

  /** Records what the keychain said, announcing a change. */
  setSecretsHealth(health: SecretStoreHealth): void {
    if (JSON.stringify(health) === JSON.stringify(this.health)) return;
    this.health = health;
    void this.announce();
  }

  /** Pushes the current status to the UI. */
  async announce(): Promise<AppStatus> {
    const status = await this.status();
    this.deps.events.emit('app:status-changed', status);
    return status;
  }

  private notices(): Notice[] {
    const out: Notice[] = [];
    const moved = this.deps.databaseRecovered;
    if (moved) {
      out.push({
        id: `database-${moved.path}`,
        kind: 'database_recovered',
        message: 'Your history database was damaged, so Tether set it aside and started a new one. Nothing was deleted.',
        path: moved.path,
      });
    }
    const notice = this.deps.settings.notice;
    if (notice) {
      out.push({
        id: `settings-${notice.at}`,
        kind: notice.kind === 'reset' ? 'settings_reset' : 'settings_repaired',
        message:
          notice.kind === 'reset'
            ? `Your settings file could not be read (${notice.reason}), so Tether went back to the defaults.`
            : `Some settings were invalid (${notice.resetKeys.join(', ') || notice.reason}) and went back to their defaults.`,
        path: notice.backupPath,
      });
    }
    out.push(...(this.deps.moreNotices?.() ?? []));
    return out;
  }
}
