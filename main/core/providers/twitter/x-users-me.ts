/**
 * GET /2/users/me, the one paid read of an X check (x-pricing.ts 1), with its bookkeeping: the request and its
 * daily window go to the X planner, a success is the user's paid read of the day, and an answer about the app or
 * the plan (x-app-limits.ts) comes back as `deferred`, never as a verdict on the account.
 */
import type { AccountVerdict } from '../../accounts/status-machine';
import { classify } from '../../reasons/classify';
import { isObject, stringField } from '../../reasons/response-body';
import type { TokenSet } from '../../secrets/token-set.codec';
import type { ProviderHttp } from '../http/provider-http';
import type { DiscoveredAccount, ProviderDeps } from '../provider';
import { deferUntil, xAppLimit } from './x-app-limits';
import type { XDeferCause } from './x-quota';

export type UsersMeLookup =
  | { readonly kind: 'ok'; readonly profile: DiscoveredAccount }
  | { readonly kind: 'problem'; readonly verdict: AccountVerdict & { kind: 'problem' } }
  | { readonly kind: 'deferred'; readonly until: number; readonly cause: XDeferCause };

function profileOf(body: string): DiscoveredAccount | null {
  try {
    const parsed: unknown = JSON.parse(body);
    const data = isObject(parsed) && isObject(parsed.data) ? parsed.data : null;
    const id = data ? stringField(data, 'id') : null;
    if (!data || !id) return null;
    const username = stringField(data, 'username');
    return {
      provider: 'twitter',
      networkAccountId: id,
      name: stringField(data, 'name') ?? username ?? id,
      handle: username ? `@${username}` : null,
      parentNetworkId: null,
    };
  } catch {
    return null;
  }
}

/**
 * Reads the signed-in user. `xUserId` is the account's X user id when Tether knows it (a check), null at a first
 * connect (the answer names it).
 */
export async function usersMe(deps: ProviderDeps, http: ProviderHttp, tokens: TokenSet, xUserId: string | null): Promise<UsersMeLookup> {
  const quota = deps.governor.x;
  // Counted as sent whether or not an answer comes back: X may have counted it.
  if (xUserId) quota.recordRequest(xUserId, deps.clock.now());
  const answer = await http.send({ method: 'GET', url: `${deps.endpoints.xApiOrigin}/2/users/me`, headers: { authorization: `Bearer ${tokens.accessToken}` } });
  const now = deps.clock.now();
  const problem = (c: ReturnType<typeof classify>): UsersMeLookup => ({ kind: 'problem', verdict: { kind: 'problem', classification: c } });
  if (!('status' in answer)) return problem(classify('twitter', answer, { now, tokenExpiresAt: tokens.accessExpiresAt }));
  const profile = answer.status >= 200 && answer.status < 300 ? profileOf(answer.body) : null;
  const user = xUserId ?? profile?.networkAccountId ?? null;
  if (user) {
    if (!xUserId) quota.recordRequest(user, now);
    quota.observeWindow(user, answer.headers, now);
  }
  const limit = xAppLimit(answer, now);
  if (limit) {
    if (limit.scope === 'app') quota.blockApp(limit.cause, now, limit.until);
    return { kind: 'deferred', until: deferUntil(limit, now), cause: limit.cause };
  }
  if (answer.status >= 200 && answer.status < 300) {
    if (profile) {
      quota.recordRead(profile.networkAccountId, now);
      return { kind: 'ok', profile };
    }
    // A broken 2xx body is read like a 502.
    return problem(classify('twitter', { ...answer, status: 502 }, { now }));
  }
  return problem(classify('twitter', answer, { now, tokenExpiresAt: tokens.accessExpiresAt }));
}
