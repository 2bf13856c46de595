/** The accounts the user manages: listing them, and announcing every change as a delta so the UI never polls. */
import type { AccountView } from '../../../shared/domain/account-view';
import { createHash } from 'node:crypto';
import type { LoginsAnswer } from '../../../shared/domain/grant-view';
import type { AccountsSnapshot } from '../../../shared/domain/accounts-change';
import type { AccountId, GrantId } from '../../../shared/domain/ids';
import type { AccountsRepository, GrantRecord, NewAccount } from './accounts.repository';
import type { CoreEventBus } from '../kernel/core-events';
import type { Clock } from '../kernel/clock';
import type { Timers } from '../kernel/timers';
import { AccountsFeed } from './accounts-feed';

/** Account operations over the repository; every write announces an `accounts:changed` delta. */
export class AccountsService {
  private readonly feed: AccountsFeed;

  constructor(
    private readonly repo: AccountsRepository,
    events: CoreEventBus,
    private readonly clock: Clock,
    options: { everyMs?: number; timers?: Timers } = {},
  ) {
    this.feed = new AccountsFeed({ source: repo, emit: (delta) => events.emit('accounts:changed', delta), ...options });
  }

  /** The grant an account belongs to, or null for an unknown account. */
  grantOf(accountId: AccountId): GrantId | null {
    return this.repo.grantOfAccount(accountId);
  }

  /**
   * Every login (the Pages it newly lists, whether it expired while its Pages still work) with the list's tag; the
   * list itself only when its tag is not `since` (see LoginsRequestSchema).
   */
  loginsSince(since: string | null): LoginsAnswer {
    const logins = this.repo.grantViews();
    const tag = createHash('sha256').update(JSON.stringify(logins)).digest('base64url').slice(0, 22);
    return { tag, logins: tag === since ? null : logins };
  }

  /** Every account with its current status, read from the database. */
  list(): AccountView[] {
    return this.repo.list();
  }

  /** Every account as last announced, with the version a client then follows deltas from. */
  snapshot(): AccountsSnapshot {
    return this.feed.snapshot();
  }

  /** The accounts as last announced, without a read (the tray's count). */
  current(): AccountView[] {
    return this.feed.current();
  }

  /** Records a grant and the accounts found under it, then announces them at once. */
  addGrant(grant: GrantRecord, accounts: readonly NewAccount[]): void {
    const now = this.clock.now();
    this.repo.upsertGrant(grant, now);
    for (const account of accounts) this.repo.upsertAccount(account, now);
    this.feed.grantChanged(grant.id);
    this.feed.flush();
  }

  /** A check wrote this grant's accounts: announced with the next batch (a few hundred ms). */
  checked(grantId: GrantId): void {
    this.feed.grantChanged(grantId);
  }

  /** Sends any batched changes now (a sweep finished, "check now" is about to answer). */
  flush(): void {
    this.feed.flush();
  }

  /** Removes a grant and its accounts, then announces the new list; returns how many accounts went. */
  removeGrant(grantId: GrantId): number {
    const removed = this.repo.removeGrant(grantId);
    this.announce();
    return removed;
  }

  /** Re-reads every account and announces what differs: for writes made outside this service, and removals. */
  announce(): void {
    this.feed.rescan();
  }
}
