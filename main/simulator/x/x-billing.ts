/**
 * X's pay-per-use bill, as X's pricing page states it (docs.x.com/x-api/getting-started/pricing, xdevplatform/docs
 * x-api/getting-started/pricing.mdx as of 2026-08-22):
 * - reads are "Charged per resource returned in the response", "User: Read $0.010 per resource";
 * - Owned Reads cost "$0.001 per resource" on a listed set of /2/users/{id}/… endpoints "when `{id}` matches the
 *   authenticated user and that user is the owner of the developer app" (GET /2/users/me is not on that list);
 * - "All resources are deduplicated within a 24-hour UTC day window … The deduplication window resets at midnight
 *   UTC" (a "soft guarantee"; the simulator always deduplicates);
 * - "It is possible for an account credit balance to go slightly negative. In this case, API requests will be
 *   blocked until you add credits to cover the negative balance."
 * An error answer returns no resource, so it costs nothing. The token endpoint is on neither price list, so it is
 * never billed here (UNVERIFIED beyond that absence).
 */
import type { XPlan } from '../world/world.schema';

/** Prices in micro-dollars (1 USD = 1,000,000), so sums stay exact. */
export const USER_READ_MICROS = 10_000;
export const OWNED_READ_MICROS = 1_000;

/** The endpoints of the pricing page's Owned Reads table, as the segment after /2/users/{id}/. */
export const OWNED_READ_SEGMENTS: readonly string[] = [
  'tweets',
  'mentions',
  'liked_tweets',
  'bookmarks',
  'followers',
  'following',
  'blocking',
  'muting',
  'owned_lists',
  'followed_lists',
  'list_memberships',
  'pinned_lists',
];

/** The UTC day of an instant, "YYYY-MM-DD": X's deduplication window. */
export function utcDay(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

/** Who asked for what: the authenticated user, the app's owner, and the path read. */
export interface ReadContext {
  readonly path: string;
  readonly authedUserId: string;
  readonly ownerUserId: string | undefined;
}

/** The price of one user resource returned by `read` (only user reads are simulated). */
export function userReadPrice(read: ReadContext): number {
  const match = /^\/2\/users\/(\d+)\/([a-z_]+)$/.exec(read.path);
  const owned = match !== null && match[1] === read.authedUserId && read.authedUserId === read.ownerUserId && OWNED_READ_SEGMENTS.includes(match[2] ?? '');
  return owned ? OWNED_READ_MICROS : USER_READ_MICROS;
}

/** One line of the bill. */
export interface XCharge {
  readonly at: number;
  readonly authedUserId: string;
  readonly resource: string;
  readonly micros: number;
}

/** What the control API shows of the bill. */
export interface XBillingSnapshot {
  readonly plan: XPlan['kind'];
  /** Null unless the plan is pay-per-use. */
  readonly balanceUsd: number | null;
  readonly billedUsd: number;
  readonly charges: number;
  /** Billed per authenticated X user, in US dollars. */
  readonly byUser: Readonly<Record<string, number>>;
  /** Requests refused with 402 since the start. */
  readonly refused: number;
}

/** The world app's credits and bill. */
export class XBilling {
  private balance: number;
  private readonly seen = new Set<string>();
  private readonly lines: XCharge[] = [];
  private refusedCount = 0;

  constructor(private readonly plan: XPlan) {
    this.balance = plan.kind === 'pay_per_use' ? Math.round(plan.creditsUsd * 1_000_000) : 0;
  }

  /** True when X answers every API request with 402: a pay-per-use balance at or below zero. */
  blocked(): boolean {
    return this.plan.kind === 'pay_per_use' && this.balance <= 0;
  }

  /** Counts a request refused for want of credits. */
  refused(): void {
    this.refusedCount += 1;
  }

  /** Bills the user resources one successful read returned; a resource already billed this UTC day is free. */
  billUsers(now: number, read: ReadContext, userIds: readonly string[]): number {
    if (this.plan.kind !== 'pay_per_use') return 0;
    let total = 0;
    for (const id of userIds) {
      const key = `${utcDay(now)} user:${id}`;
      if (this.seen.has(key)) continue;
      this.seen.add(key);
      const micros = userReadPrice(read);
      this.lines.push({ at: now, authedUserId: read.authedUserId, resource: `user:${id}`, micros });
      total += micros;
    }
    // The balance may go below zero by the last charge; the next request is refused.
    this.balance -= total;
    return total;
  }

  /** Credits bought in the Developer Console. */
  addCredits(usd: number): void {
    if (!Number.isFinite(usd) || usd <= 0) throw new RangeError(`credits must be a positive number of US dollars, not ${usd}`);
    this.balance += Math.round(usd * 1_000_000);
  }

  /** Every charge so far, oldest first. */
  charges(): readonly XCharge[] {
    return this.lines;
  }

  snapshot(): XBillingSnapshot {
    const byUser: Record<string, number> = {};
    let billed = 0;
    for (const line of this.lines) {
      billed += line.micros;
      byUser[line.authedUserId] = (byUser[line.authedUserId] ?? 0) + line.micros / 1_000_000;
    }
    return {
      plan: this.plan.kind,
      balanceUsd: this.plan.kind === 'pay_per_use' ? this.balance / 1_000_000 : null,
      billedUsd: billed / 1_000_000,
      charges: this.lines.length,
      byUser,
      refused: this.refusedCount,
    };
  }
}
