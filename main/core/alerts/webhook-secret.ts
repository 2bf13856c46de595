/**
 * The team channel's webhook, kept in the keychain through the SecretStore port as one item ({kind, address}),
 * and cached once read. Every form of the address is registered with the log redactor the moment Tether holds it.
 */
import { WEBHOOK_KINDS, type WebhookKind } from '../../../shared/domain/webhook-kinds';
import { registerSecret } from '../logging/redact';
import type { SecretKey, SecretStore } from '../secrets/secret-store';

const KEY: SecretKey = { kind: 'alert_webhook' };

export interface Webhook {
  readonly kind: WebhookKind;
  readonly address: string;
}

/** Masks the address wherever a log line could carry it: whole, without its query, and its path alone. */
function redactEverywhere(address: string): void {
  registerSecret(address);
  try {
    const url = new URL(address);
    registerSecret(url.href);
    registerSecret(`${url.pathname}${url.search}`);
    if (url.search) registerSecret(url.search.slice(1));
    registerSecret(url.pathname);
  } catch {
    // not a URL: the whole text is registered already
  }
}

function decode(text: string | null): Webhook | null {
  if (text === null) return null;
  try {
    const value = JSON.parse(text) as Partial<Webhook>;
    const kind = WEBHOOK_KINDS.find((k) => k === value.kind);
    if (!kind || typeof value.address !== 'string') return null;
    return { kind, address: value.address };
  } catch {
    return null;
  }
}

export class WebhookSecret {
  /** undefined until read; null when none is kept. */
  private cached: Webhook | null | undefined;

  constructor(private readonly store: SecretStore) {}

  /** The webhook, read from the keychain once; rejects (SecretStoreError) while the keychain can't be read. */
  async read(): Promise<Webhook | null> {
    if (this.cached !== undefined) return this.cached;
    const webhook = decode(await this.store.get(KEY));
    if (webhook) redactEverywhere(webhook.address);
    this.cached = webhook;
    return webhook;
  }

  /** The webhook if it was read already: undefined when not known yet. */
  known(): Webhook | null | undefined {
    return this.cached;
  }

  /** Keeps the webhook (replacing any). */
  async save(webhook: Webhook): Promise<void> {
    redactEverywhere(webhook.address);
    await this.store.set(KEY, JSON.stringify(webhook));
    this.cached = webhook;
  }

  /** Forgets the webhook; false when none was kept. */
  async remove(): Promise<boolean> {
    const removed = await this.store.delete(KEY);
    this.cached = null;
    return removed;
  }
}
