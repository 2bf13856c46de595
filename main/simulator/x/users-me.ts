/**
 * GET /2/users/me: `{"data":{"id","name","username"}}` plus requested user.fields (facts §e). Needs
 * tweet.read + users.read; counts against a per-user window (15 minutes, or 24 hours on a capped plan) and reports
 * it in x-rate-limit-* headers; on pay-per-use it bills the user it returns, and answers 402 once credits are spent.
 */
import type { SimContext } from '../simulator-context';
import type { ApiFault } from '../faults/fault-engine';
import type { XUser } from '../world/world.schema';
import { active } from '../state/effective-world';
import { accessTokenDead } from '../state/x-tokens';
import { xErrors, xJson, type XReply } from './x-errors';

/**
 * Every user.fields value /2/users/me accepts: the X SDK's list for getMe (GetMeOptions.userFields), plus
 * affiliation, most_recent_tweet_id and pinned_tweet_id, which the SDK lists for its other user lookups and X's
 * reference lists for this one. Fields the world has no data for (confirmed_email, entities, …) are accepted and
 * left out of the answer; what X sends for them here is UNVERIFIED.
 */
export const USER_FIELDS = [
  'affiliation',
  'confirmed_email',
  'connection_status',
  'created_at',
  'description',
  'entities',
  'id',
  'is_identity_verified',
  'location',
  'most_recent_tweet_id',
  'name',
  'parody',
  'pinned_tweet_id',
  'profile_banner_url',
  'profile_image_url',
  'protected',
  'public_metrics',
  'receives_your_dm',
  'subscribes_to_you',
  'subscription',
  'subscription_type',
  'url',
  'username',
  'verified',
  'verified_followers_count',
  'verified_type',
  'withheld',
] as const;

/** A user as it goes on the wire (snake_case); the X SDK's `User` is the camelCased view of it. */
export interface WireUser {
  id: string;
  name: string;
  username: string;
  created_at?: string;
  profile_image_url?: string;
  protected?: boolean;
  verified?: boolean;
  verified_type?: 'blue' | 'none';
  description?: string;
}

function userFields(user: XUser, requested: readonly string[]): WireUser {
  const data: WireUser = { id: user.id, name: user.name, username: user.username };
  for (const field of requested) {
    if (field === 'created_at') data.created_at = user.createdAt;
    if (field === 'profile_image_url') data.profile_image_url = user.profileImageUrl ?? `https://pbs.twimg.com/profile_images/${user.id}/sim_normal.jpg`;
    if (field === 'protected') data.protected = user.protected;
    if (field === 'verified') data.verified = user.verified;
    if (field === 'verified_type') data.verified_type = user.verified ? 'blue' : 'none';
    if (field === 'description') data.description = '';
  }
  return data;
}

/** The bearer token of a request. */
export function bearerToken(authorization: string | undefined): string | null {
  const match = /^Bearer\s+(\S+)$/i.exec(authorization ?? '');
  return match?.[1] ?? null;
}

/** Answers GET /2/users/me. */
export function usersMe(ctx: SimContext, authorization: string | undefined, query: URLSearchParams, apiFault: ApiFault | null): XReply {
  const token = ctx.state.xAccess.get(bearerToken(authorization) ?? '');
  if (!token || accessTokenDead(ctx, token)) return xErrors.unauthorized();
  const user = ctx.index.xUsers.get(token.xUserId);
  if (!user) return xErrors.unauthorized();
  const now = ctx.clock.now();
  const plan = ctx.world.x.plan;
  // A capped plan meters /2/users/me per user per 24 hours; the others per 15 minutes (docs.x.com rate limits).
  const usage =
    plan.kind === 'capped' ? ctx.usage.countXDaily(user.id, 'users/me', plan.usersMePer24hPerUser, now) : ctx.usage.countX(user.id, 'users/me', now);
  const headers = { 'x-rate-limit-limit': String(usage.limit), 'x-rate-limit-remaining': String(usage.remaining), 'x-rate-limit-reset': String(usage.reset) };
  if (apiFault?.type === 'rate_limit') {
    return apiFault.xVariant === 'usage_capped' ? xErrors.usageCapped(headers) : xErrors.tooManyRequests({ ...headers, 'x-rate-limit-remaining': '0' });
  }
  if (usage.exceeded) return xErrors.tooManyRequests(headers);
  if (ctx.xBilling.blocked()) {
    ctx.xBilling.refused();
    return xErrors.creditsDepleted(headers);
  }
  if (!token.scopes.includes('users.read') || !token.scopes.includes('tweet.read')) return xErrors.forbidden(headers);
  if (user.suspended || active(ctx, 'x_account_suspended', user.id)) return xErrors.suspended(headers);
  if (user.locked || active(ctx, 'x_account_locked', user.id)) return xErrors.locked(headers);
  const requested = (query.get('user.fields') ?? '').split(',').filter((f) => f.length > 0);
  const bad = requested.filter((f) => !(USER_FIELDS as readonly string[]).includes(f));
  if (bad.length > 0) return xErrors.invalidField('user.fields', bad, USER_FIELDS, headers);
  // One user resource returned: the authenticated user ("User: Read", not an Owned Read: /2/users/me isn't listed).
  const read = { path: '/2/users/me', authedUserId: user.id, ownerUserId: plan.kind === 'pay_per_use' ? plan.ownerUserId : undefined };
  ctx.xBilling.billUsers(now, read, [user.id]);
  return xJson(200, { data: userFields(user, requested) }, headers);
}
