/** The accounts the user manages: listing them, and announcing every change so the UI never polls. */
import type { AccountView } from '../../../shared/domain/account-view';
import type { GrantView } from '../../../shared/domain/grant-view';
import type { AccountId, GrantId } from '../../../shared/domain/ids';
import type { AccountsRepository, GrantRecord, NewAccount } from './accounts.repository';
import type { CoreEventBus } from '../kernel/core-events';
import type { Clock } from '../kernel/clock';

/** Account operations over the repository; every write announces `accounts:changed`. */
export class AccountsService {
  constructor(
    private readonly repo: AccountsRepository,
    private readonly events: CoreEventBus,
    private readonly clock: Clock,
  ) {}

  /** The grant an account belongs to, or null for an unknown account. */
  grantOf(accountId: AccountId): GrantId | null {
    return this.repo.grantOfAccount(accountId);
  }

  /** Every login, with the Pages it newly lists and whether it expired while its Pages still work. */
  grants(): GrantView[] {
    return this.repo.grantViews();
  }

  /** Every account with its current status. */
  list(): AccountView[] {
    return this.repo.list();
  }

  /** Records a grant and the accounts found under it, then announces the new list. */
  addGrant(grant: GrantRecord, accounts: readonly NewAccount[]): void {
    const now = this.clock.now();
    this.repo.upsertGrant(grant, now);
    for (const account of accounts) this.repo.upsertAccount(account, now);
    this.announce();
  }

  /** Pushes the current list to every subscriber. */
  announce(): void {
    this.events.emit('accounts:changed', this.repo.list());
  }
}
