/**
 * Per login, what its last check offered beyond its tracked accounts: newly listed Pages and Instagram
 * accounts (so none is silently dropped) and whether the login's own token expired (a grant-level notice).
 */
import type { Database } from 'better-sqlite3';
import type { GrantId } from '../../../shared/domain/ids';
import type { ProviderId } from '../../../shared/domain/provider-id';
import { newAccountsSummary, OfferedAccountSchema, type GrantView, type OfferedAccount } from '../../../shared/domain/grant-view';

interface Row {
  id: string;
  provider: string;
  name: string;
  new_accounts: string;
  login_expired_at: number | null;
}

function parseOffers(json: string): OfferedAccount[] {
  const parsed: unknown = JSON.parse(json);
  return Array.isArray(parsed) ? parsed.flatMap((v) => (OfferedAccountSchema.safeParse(v).success ? [OfferedAccountSchema.parse(v)] : [])) : [];
}

export class GrantOffersRepository {
  constructor(private readonly db: Database) {}

  /** Records a check's findings. `newAccounts` null keeps the last list (the check could not read it). */
  save(grantId: GrantId, newAccounts: readonly OfferedAccount[] | null, loginExpiredAt: number | null): void {
    this.db
      .prepare(`UPDATE grants SET new_accounts = COALESCE(@offers, new_accounts), login_expired_at = @expired WHERE id = @id`)
      .run({ id: grantId, offers: newAccounts ? JSON.stringify(newAccounts) : null, expired: loginExpiredAt });
  }

  /** Every login, as the renderer sees it. */
  list(): GrantView[] {
    const rows = this.db.prepare(`SELECT id, provider, name, new_accounts, login_expired_at FROM grants ORDER BY id`).all() as Row[];
    return rows.map((r) => {
      const offered = parseOffers(r.new_accounts);
      return {
        grantId: r.id as GrantId,
        provider: r.provider as ProviderId,
        name: r.name,
        loginExpired: r.login_expired_at !== null,
        newAccounts: offered,
        newAccountsSummary: newAccountsSummary(r.name, offered),
      };
    });
  }
}
