/**
 * The key scheme: how a SecretKey becomes an account name and back (a keychain account, or a sealed row's key).
 * Service `Tether`; accounts `data-key`, `grant:<grantId>:tokens`, `grant:<grantId>:tokens-next`,
 * `grant:<grantId>:page:<pageId>`, `app:<app>:secret`, `alerts:webhook`, with ids URI-encoded so a `:` inside an id can't be
 * confused with a separator.
 */
import type { GrantId } from '../../../shared/domain/ids';
import { MAX_SECRET_BYTES, NETWORK_APPS, SecretStoreError, type NetworkApp, type SecretKey } from './secret-store';

/** The keychain service every Tether item lives under. */
export const DEFAULT_SECRET_SERVICE = 'Tether';

/** The account of the one keychain item: the data key. */
export const DATA_KEY_ACCOUNT = 'data-key';

const MAX_ID_LENGTH = 200;

const ALERT_WEBHOOK_ACCOUNT = 'alerts:webhook';

function encodeId(what: string, id: string): string {
  if (id.length === 0 || id.length > MAX_ID_LENGTH) {
    throw new SecretStoreError('invalid', `A ${what} id must be 1 to ${MAX_ID_LENGTH} characters long`);
  }
  return encodeURIComponent(id);
}

function decodeId(part: string): string | null {
  try {
    const id = decodeURIComponent(part);
    return id.length > 0 && id.length <= MAX_ID_LENGTH ? id : null;
  } catch {
    return null;
  }
}

/** The account prefix shared by every item of one grant. */
export function grantAccountPrefix(grantId: GrantId): string {
  return `grant:${encodeId('grant', grantId)}:`;
}

/** The keychain account name of a key. */
export function accountOf(key: SecretKey): string {
  switch (key.kind) {
    case 'grant_tokens':
      return `${grantAccountPrefix(key.grantId)}tokens`;
    case 'grant_tokens_next':
      return `${grantAccountPrefix(key.grantId)}tokens-next`;
    case 'page_token':
      return `${grantAccountPrefix(key.grantId)}page:${encodeId('page', key.pageId)}`;
    case 'app_secret':
      return `app:${key.app}:secret`;
    case 'data_key':
      return DATA_KEY_ACCOUNT;
    case 'alert_webhook':
      return ALERT_WEBHOOK_ACCOUNT;
  }
}

/** The key an account name stands for, or null for names Tether did not write (probes, other apps). */
export function keyOfAccount(account: string): SecretKey | null {
  if (account === DATA_KEY_ACCOUNT) return { kind: 'data_key' };
  if (account === ALERT_WEBHOOK_ACCOUNT) return { kind: 'alert_webhook' };
  const parts = account.split(':');
  if (parts[0] === 'app' && parts.length === 3 && parts[2] === 'secret') {
    const app = NETWORK_APPS.find((candidate) => candidate === parts[1]);
    return app ? { kind: 'app_secret', app: app satisfies NetworkApp } : null;
  }
  if (parts[0] !== 'grant' || parts[1] === undefined) return null;
  const grantId = decodeId(parts[1]) as GrantId | null;
  if (grantId === null) return null;
  if (parts.length === 3 && parts[2] === 'tokens') return { kind: 'grant_tokens', grantId };
  if (parts.length === 3 && parts[2] === 'tokens-next') return { kind: 'grant_tokens_next', grantId };
  if (parts.length === 4 && parts[2] === 'page' && parts[3] !== undefined) {
    const pageId = decodeId(parts[3]);
    return pageId === null ? null : { kind: 'page_token', grantId, pageId };
  }
  return null;
}

/** The grant a key belongs to, or null for app-wide secrets. */
export function grantOf(key: SecretKey): GrantId | null {
  switch (key.kind) {
    case 'grant_tokens':
    case 'grant_tokens_next':
    case 'page_token':
      return key.grantId;
    case 'app_secret':
    case 'data_key':
    case 'alert_webhook':
      return null;
  }
}

/** Checks a value before any store writes it. */
export function assertStorableValue(value: string): void {
  if (typeof value !== 'string' || value.length === 0) {
    throw new SecretStoreError('invalid', 'A secret value must be a non-empty string');
  }
  const bytes = Buffer.byteLength(value, 'utf8');
  if (bytes > MAX_SECRET_BYTES) {
    throw new SecretStoreError('invalid', `A secret value is limited to ${MAX_SECRET_BYTES} bytes (got ${bytes})`);
  }
}
