/**
 * The OS-keychain adapter (macOS Keychain, Windows Credential Manager, libsecret) over keytar. It holds one item,
 * Tether's data key (the sealed store keeps everything else), plus what the keychain era left until it is moved.
 * keytar is loaded on first use; a locked or missing keychain becomes a typed error and a health state.
 */
import { randomBytes } from 'node:crypto';
import type { GrantId } from '../../../shared/domain/ids';
import type { Logger } from '../logging/create-logger';
import { registerSecret } from '../logging/redact';
import { keychainError } from './keychain-errors';
import { LOCKED_RECHECK_MS, probeAccount, probeServiceOf } from './keychain-probe';
import { loadKeytar, type KeytarApi, type KeytarLoad } from './keytar-loader';
import { accountOf, assertStorableValue, DEFAULT_SECRET_SERVICE, grantAccountPrefix, keyOfAccount } from './secret-keys';
import { SecretStoreError, type SecretKey, type SecretListing, type SecretStore, type SecretStoreHealth } from './secret-store';

export interface KeytarSecretStoreOptions {
  /** The keychain service name; tests use their own so they never touch the user's items. */
  readonly service?: string;
  /** How keytar is loaded; defaults to importing the real module on first use. */
  readonly load?: () => Promise<KeytarLoad>;
  /** How long one keychain call may take (an unlock prompt included) before it counts as unavailable. */
  readonly timeoutMs?: number;
  readonly log?: Logger;
}

/** The OS store keytar talks to, for the health detail. */
function osKeychainName(): string {
  if (process.platform === 'darwin') return 'macOS Keychain';
  if (process.platform === 'win32') return 'Windows Credential Manager';
  return 'libsecret';
}

/**
 * Every keychain call in this process runs one at a time. With a locked collection, concurrent libsecret calls
 * never complete (all but the first hang: GLib "g_task_return_error: assertion 'error != NULL' failed"), and
 * one at a time they fail fast. Keychain calls take milliseconds, so the queue costs nothing that matters.
 */
let keychainQueue: Promise<unknown> = Promise.resolve();

function oneAtATime<T>(run: () => Promise<T>): Promise<T> {
  const next = keychainQueue.then(run, run);
  keychainQueue = next.catch(() => undefined);
  return next;
}

/** Secrets in the OS keychain, one item per SecretKey under one service: today the data key alone. */
export class KeytarSecretStore implements SecretStore {
  readonly backend = 'keychain';
  readonly service: string;
  private readonly load: () => Promise<KeytarLoad>;
  private readonly timeoutMs: number;
  private readonly log: Logger | undefined;
  private loading: Promise<KeytarLoad> | undefined;

  constructor(options: KeytarSecretStoreOptions = {}) {
    this.service = options.service ?? DEFAULT_SECRET_SERVICE;
    this.load = options.load ?? (() => loadKeytar());
    this.timeoutMs = options.timeoutMs ?? 60_000;
    this.log = options.log;
  }

  async get(key: SecretKey): Promise<string | null> {
    const account = accountOf(key);
    const value = await this.call('read a secret', (keytar) => keytar.getPassword(this.service, account));
    if (value !== null) {
      registerSecret(value);
      return value;
    }
    // libsecret answers "nothing" for a locked keychain too: only a working keychain may say "not found".
    await this.assertUsable('read a secret');
    return null;
  }

  async set(key: SecretKey, value: string): Promise<void> {
    const account = accountOf(key);
    assertStorableValue(value);
    registerSecret(value);
    await this.call('save a secret', (keytar) => keytar.setPassword(this.service, account, value));
    this.log?.debug(`stored ${account}`);
  }

  async delete(key: SecretKey): Promise<boolean> {
    const account = accountOf(key);
    const removed = await this.call('remove a secret', (keytar) => keytar.deletePassword(this.service, account));
    // A locked libsecret keychain also answers "false": make sure the item really is absent.
    if (!removed) await this.assertUsable('remove a secret');
    return removed;
  }

  async listByGrant(grantId: GrantId): Promise<readonly SecretKey[]> {
    const prefix = grantAccountPrefix(grantId);
    // Checked first: libsecret's findCredentials on a locked collection crashes the process (keytar 7.9).
    await this.assertUsable('list secrets');
    const items = await this.call('list secrets', (keytar) => keytar.findCredentials(this.service));
    return items
      .filter((item) => item.account.startsWith(prefix))
      .map((item) => keyOfAccount(item.account))
      .filter((key): key is SecretKey => key !== null);
  }

  /**
   * Every Tether item of the service in one keychain search. Only the one-time move of keychain-era items calls
   * it (legacy-secrets.ts): a sweep reads the sealed store, never the keychain in bulk.
   */
  async readAll(): Promise<SecretListing> {
    // Checked first, as for listByGrant: findCredentials on a locked libsecret collection crashes the process.
    await this.assertUsable('read your connections');
    const found = await this.call('read your connections', (keytar) => keytar.findCredentials(this.service));
    const items: Array<{ key: SecretKey; value: string }> = [];
    for (const item of found) {
      const key = keyOfAccount(item.account);
      if (key === null) continue;
      registerSecret(item.password);
      items.push({ key, value: item.password });
    }
    return { items, unreadable: [] };
  }

  async health(): Promise<SecretStoreHealth> {
    const loaded = await this.loadOnce();
    if (loaded.kind === 'failed') return { kind: 'unavailable', reason: loaded.reason };
    const first = await this.probe();
    if (first.kind !== 'locked') return first;
    // A real lock stays; a one-off refusal (another process's call in the way) does not: ask once more.
    await new Promise((resolve) => setTimeout(resolve, LOCKED_RECHECK_MS));
    return this.probe();
  }

  /** Writes and removes an item of its own (see keychain-probe.ts). */
  private async probe(): Promise<SecretStoreHealth> {
    const service = probeServiceOf(this.service);
    const account = probeAccount();
    try {
      await this.call('check the keychain', (keytar) => keytar.setPassword(service, account, randomBytes(9).toString('base64url')));
      await this.call('check the keychain', (keytar) => keytar.deletePassword(service, account));
      return { kind: 'ok', backend: 'keychain', detail: osKeychainName() };
    } catch (error) {
      if (error instanceof SecretStoreError && error.kind === 'locked') return { kind: 'locked' };
      return { kind: 'unavailable', reason: error instanceof Error ? error.message : String(error) };
    }
  }

  private loadOnce(): Promise<KeytarLoad> {
    this.loading ??= this.load();
    return this.loading;
  }

  private async assertUsable(doing: string): Promise<void> {
    const health = await this.health();
    switch (health.kind) {
      case 'ok':
        return;
      case 'locked':
        throw new SecretStoreError('locked', `The system keychain is locked; unlock it to ${doing}`);
      case 'unavailable':
        throw new SecretStoreError('unavailable', `Could not ${doing}: ${health.reason}`);
      case 'insecure':
        throw new SecretStoreError('insecure', `Could not ${doing}: the keychain is not secure`);
    }
  }

  /** Runs one keychain call, alone and with a deadline, turning every failure into a SecretStoreError. */
  private async call<T>(doing: string, run: (keytar: KeytarApi) => Promise<T>): Promise<T> {
    const loaded = await this.loadOnce();
    if (loaded.kind === 'failed') throw new SecretStoreError('unavailable', `Could not ${doing}: ${loaded.reason}`);
    return oneAtATime(() => this.callWithDeadline(doing, () => run(loaded.keytar)));
  }

  private async callWithDeadline<T>(doing: string, run: () => Promise<T>): Promise<T> {
    let timer: NodeJS.Timeout | undefined;
    const deadline = new Promise<never>((_, reject) => {
      timer = setTimeout(
        () =>
          reject(new SecretStoreError('unavailable', `Could not ${doing}: the system keychain did not answer within ${Math.round(this.timeoutMs / 1000)} s`)),
        this.timeoutMs,
      );
    });
    try {
      return await Promise.race([run(), deadline]);
    } catch (error) {
      if (error instanceof SecretStoreError) throw error;
      const typed = keychainError(error, doing);
      this.log?.warn(`keychain refused to ${doing}`, { kind: typed.kind, message: typed.message });
      throw typed;
    } finally {
      clearTimeout(timer);
    }
  }
}
