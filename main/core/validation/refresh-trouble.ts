/**
 * How a refresh that failed for a transient reason (the token endpoint down, slow or rate limited) weighs
 * against a token problem seen while validating: the problem is only what an unrenewed access token looks like,
 * so the verdict is the refresh's transient one (the account becomes unverified), never a disconnection.
 */
import type { Classification } from '../reasons/classification';
import type { TokenSet } from '../secrets/token-set.codec';

/** The reasons an expired or not-yet-renewed access token produces on the API. */
const TOKEN_REASONS: ReadonlySet<Classification['reason']> = new Set(['token_expired', 'invalid_token_other']);

/** True when a validation problem may be nothing but the access token the failed refresh could not renew. */
export function explainedByRefreshTrouble(problem: Classification): boolean {
  return TOKEN_REASONS.has(problem.reason);
}

/** True when the access token is past its expiry: validating with it would only get a 401. */
export function accessTokenExpired(tokens: TokenSet, now: number): boolean {
  return tokens.accessExpiresAt !== null && tokens.accessExpiresAt <= now;
}

/** The transient verdict of the failed refresh, remembering what the token problem alone would have meant. */
export function refreshTroubleVerdict(refresh: Classification, problem: Classification | null): Classification {
  return { ...refresh, suspectedReason: problem?.reason ?? 'token_expired' };
}
