/** Computes what the app-wide banners show, and announces it when it changes. */
import type { AppStatus, Notice, SecretsState } from '../../../shared/domain/app-status';
import type { MovedAside } from '../history/corrupt-file';
import type { SecretStore, SecretStoreHealth } from '../secrets/secret-store';
import type { SealedElsewhere } from '../secrets/sealed-secret-store';
import type { SettingsStore } from '../settings/settings-store';
import type { CoreEventBus } from '../kernel/core-events';
import type { XChecksStatus } from '../../../shared/domain/x-checks';

export interface AppStatusDeps {
  readonly demo: boolean;
  readonly settings: SettingsStore;
  readonly secrets: SecretStore;
  readonly events: CoreEventBus;
  readonly databaseRecovered: MovedAside | null;
  readonly initialSecretsHealth: SecretStoreHealth;
  /** What X checks cost and whether they run; announced whenever the X planner says it changed. */
  readonly xChecks?: { status(): XChecksStatus; onChange(listener: () => void): unknown };
  /** What the database holds that the keychain's key can't open (the key was lost or replaced). */
  readonly sealedElsewhere?: () => SealedElsewhere;
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
  private announcing = false;
  private announceAgain = false;

  constructor(private readonly deps: AppStatusDeps) {
    this.health = deps.initialSecretsHealth;
    deps.settings.onChange(() => void this.announce());
    // A sweep records many paid X reads in a row: one announcement at a time, and one more after it if needed.
    deps.xChecks?.onChange(() => this.announceSoon());
  }

  /** The current status. Reads the keychain only to learn whether the Meta app secret is there. */
  async status(): Promise<AppStatus> {
    const { settings, secrets } = this.deps;
    const apps = settings.get().networkApps;
    // Read before the keychain is awaited: the X planner reads the database, which may close meanwhile.
    const xChecks = this.deps.xChecks?.status() ?? null;
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
      xChecks,
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

  /** Announces now, or once the announcement under way is done (bursts of changes collapse into two). */
  private announceSoon(): void {
    if (this.announcing) {
      this.announceAgain = true;
      return;
    }
    this.announcing = true;
    void this.announce().finally(() => {
      this.announcing = false;
      if (!this.announceAgain) return;
      this.announceAgain = false;
      this.announceSoon();
    });
  }

  /** Pushes the current status to the UI. */
  async announce(): Promise<AppStatus> {
    const status = await this.status();
    this.deps.events.emit('app:status-changed', status);
    return status;
  }

  private notices(): Notice[] {
    const out: Notice[] = [];
    const unreadable = this.unreadableNotice();
    if (unreadable) out.push(unreadable);
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

  /** Saved logins sealed under a key the keychain no longer has: say so, and what brings them back. */
  private unreadableNotice(): Notice | null {
    const elsewhere = this.deps.sealedElsewhere?.() ?? { grants: 0, appSecrets: 0 };
    if (elsewhere.grants === 0 && elsewhere.appSecrets === 0) return null;
    const logins =
      elsewhere.grants === 0 ? null : elsewhere.grants === 1 ? 'the saved login of one connection' : `the saved logins of ${elsewhere.grants} connections`;
    const what = [logins, elsewhere.appSecrets > 0 ? 'the Meta App Secret' : null].filter((part) => part !== null).join(' and ');
    const todo = [
      elsewhere.grants > 0 ? 'Reconnect each account marked "Reconnect"' : null,
      elsewhere.appSecrets > 0 ? 'enter the Meta App Secret again in Settings → Network apps' : null,
    ]
      .filter((part) => part !== null)
      .join(', and ');
    return {
      id: `secrets-unreadable-${elsewhere.grants}-${elsewhere.appSecrets}`,
      kind: 'secrets_unreadable',
      message:
        `The key Tether keeps in your keychain is missing or was replaced (the item was deleted, or the keychain was reset), so ${what} can't be read. ` +
        `Nothing was deleted. ${todo}; their history is kept.`,
      path: null,
    };
  }
}
