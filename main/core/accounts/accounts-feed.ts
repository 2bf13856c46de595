/**
 * Turns account writes into versioned deltas. It remembers what it last announced (one view per account), reads
 * only the grants marked as changed, and sends only the fields that differ, coalesced over a short interval, so a
 * sweep of 5,000 accounts costs one small message per interval instead of the whole list after every check.
 */
import type { AccountView } from '../../../shared/domain/account-view';
import type { AccountPatch, AccountsDelta, AccountsSnapshot } from '../../../shared/domain/accounts-change';
import type { AccountId, GrantId } from '../../../shared/domain/ids';
import { globalTimers, type Timers } from '../kernel/timers';

/** The reads the feed needs; both are prepared statements in the repository. */
export interface FeedSource {
  list(): AccountView[];
  viewsOfGrant(grantId: GrantId): AccountView[];
}

export interface AccountsFeedOptions {
  readonly source: FeedSource;
  readonly emit: (delta: AccountsDelta) => void;
  /** How long changes gather before one delta goes out (default 250 ms). */
  readonly everyMs?: number;
  readonly timers?: Timers;
}

const FIELDS_COMPARED_AS_JSON = new Set<keyof AccountView>(['problem']);

/** The fields of `next` that differ from `prev`, with the id; null when nothing does. */
export function diffView(prev: AccountView, next: AccountView): AccountPatch | null {
  let patch: Record<string, unknown> | null = null;
  for (const key of Object.keys(next) as Array<keyof AccountView>) {
    const same = FIELDS_COMPARED_AS_JSON.has(key) ? JSON.stringify(prev[key]) === JSON.stringify(next[key]) : Object.is(prev[key], next[key]);
    if (!same) (patch ??= { id: next.id })[key] = next[key];
  }
  return patch as AccountPatch | null;
}

export class AccountsFeed {
  private version = 0;
  private readonly known = new Map<AccountId, AccountView>();
  private readonly dirtyGrants = new Set<GrantId>();
  private timer: unknown = null;
  private readonly timers: Timers;

  constructor(private readonly options: AccountsFeedOptions) {
    this.timers = options.timers ?? globalTimers;
    for (const view of options.source.list()) this.known.set(view.id, view);
  }

  /** A check (or a connect) wrote this grant's accounts; its delta goes out with the next batch. */
  grantChanged(grantId: GrantId): void {
    this.dirtyGrants.add(grantId);
    if (this.timer !== null) return;
    this.timer = this.timers.setTimeout(() => {
      this.timer = null;
      this.flush();
    }, this.options.everyMs ?? 250);
    (this.timer as { unref?: () => void }).unref?.();
  }

  /** Sends what the marked grants changed, now. */
  flush(): void {
    if (this.timer !== null) this.timers.clearTimeout(this.timer);
    this.timer = null;
    if (this.dirtyGrants.size === 0) return;
    const changed: AccountPatch[] = [];
    const removed: AccountId[] = [];
    const grants = new Set(this.dirtyGrants);
    this.dirtyGrants.clear();
    const seen = new Set<AccountId>();
    for (const grantId of grants) {
      for (const view of this.options.source.viewsOfGrant(grantId)) {
        seen.add(view.id);
        this.compare(view, changed);
      }
    }
    for (const [id, view] of this.known) if (grants.has(view.grantId) && !seen.has(id)) removed.push(id);
    this.publish(changed, removed);
  }

  /** Re-reads every account and sends what differs (for writes the feed was not told about, and removals). */
  rescan(): void {
    this.dirtyGrants.clear();
    if (this.timer !== null) this.timers.clearTimeout(this.timer);
    this.timer = null;
    const changed: AccountPatch[] = [];
    const seen = new Set<AccountId>();
    for (const view of this.options.source.list()) {
      seen.add(view.id);
      this.compare(view, changed);
    }
    this.publish(
      changed,
      [...this.known.keys()].filter((id) => !seen.has(id)),
    );
  }

  /** Every account as last announced, after sending anything pending, with its version. */
  snapshot(): AccountsSnapshot {
    this.flush();
    return { version: this.version, accounts: [...this.known.values()] };
  }

  /** The accounts as last announced (no read). */
  current(): AccountView[] {
    return [...this.known.values()];
  }

  private compare(view: AccountView, changed: AccountPatch[]): void {
    const prev = this.known.get(view.id);
    const patch = prev ? diffView(prev, view) : view;
    if (patch) changed.push(patch);
    this.known.set(view.id, view);
  }

  private publish(changed: AccountPatch[], removed: AccountId[]): void {
    for (const id of removed) this.known.delete(id);
    if (changed.length === 0 && removed.length === 0) return;
    const from = this.version;
    this.version += 1;
    this.options.emit({ kind: 'delta', from, to: this.version, changed, removed });
  }
}
