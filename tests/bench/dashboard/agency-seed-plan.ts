/**
 * The history fixtures' year (outages, blips, refreshes: seed-plan.ts) laid over accounts that were really
 * connected: account i of the plan is the i-th account, grouped by login, and a grant's events follow its network.
 */
import type { AccountView } from '../../../shared/domain/account-view';
import type { AccountId, GrantId } from '../../../shared/domain/ids';
import { loginNetwork, type ProviderId } from '../../../shared/domain/provider-id';
import { SeedPlan, type SeedShape } from '../../fixtures/history/seed-plan';

export class AgencySeedPlan extends SeedPlan {
  private readonly accounts: readonly AccountView[];
  private readonly grants: readonly GrantId[];
  private readonly grantIndex: ReadonlyMap<GrantId, number>;
  private readonly grantNetworks: ReadonlyMap<GrantId, ProviderId>;

  constructor(shape: SeedShape, accounts: readonly AccountView[]) {
    super(shape);
    this.accounts = [...accounts].sort((a, b) => (a.grantId === b.grantId ? (a.id < b.id ? -1 : 1) : a.grantId < b.grantId ? -1 : 1));
    this.grants = [...new Set(this.accounts.map((a) => a.grantId))];
    this.grantIndex = new Map(this.grants.map((g, i) => [g, i]));
    this.grantNetworks = new Map(this.accounts.map((a) => [a.grantId, loginNetwork(a.provider)]));
  }

  private at(i: number): AccountView {
    const account = this.accounts[i];
    if (!account) throw new RangeError(`no account ${i}`);
    return account;
  }
  override accountId(i: number): AccountId {
    return this.at(i).id;
  }
  override grantOf(i: number): number {
    return this.grantIndex.get(this.at(i).grantId) ?? 0;
  }
  override grantId(g: number): GrantId {
    const id = this.grants[g];
    if (!id) throw new RangeError(`no grant ${g}`);
    return id;
  }
  override grantCount(): number {
    return this.grants.length;
  }
  override providerOfGrant(g: number): ProviderId {
    return this.grantNetworks.get(this.grantId(g)) ?? 'facebook';
  }
}
