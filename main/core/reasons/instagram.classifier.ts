/**
 * Instagram's own codes and subcodes inside Graph errors (the 2207xxx subcodes, the -1/-2/36000 codes), and
 * the one message-based rule Tether has. Source: provider-api-facts.md a.5, a.6 and b.5 (IG error codes).
 */
import type { GraphError } from './graph-error.parser';
import type { Verdict } from './verdict';

/** Subcodes with their own meaning; every other 2207xxx subcode is a media or content error. */
const SUBCODE_VERDICTS: ReadonlyMap<number, Verdict> = new Map<number, Verdict>([
  // -1/2207001 "Instagram server error", -2/2207003 download timeout, 24/2207008 "try again 1–2 times".
  [2207001, { reason: 'transient_provider_error' }],
  [2207003, { reason: 'transient_provider_error' }],
  [2207008, { reason: 'transient_provider_error' }],
  // 9/2207042: the 24-hour publishing quota ("You reached maximum number of posts").
  [2207042, { reason: 'rate_limited', rateLimit: 'publish_quota' }],
  // 4/2207051: "The publishing action is suspected to be spam". An action block on one post, not an app
  // rate limit and not a broken connection, although its code is the app rate-limit code.
  [2207051, { reason: 'not_a_disconnect' }],
  // 25/2207050 "The Instagram account is restricted" (doc: "inactive, checkpointed, or restricted").
  // Chosen: security_checkpoint. The owner must open Instagram and clear what it asks before any token works
  // again, which is exactly the checkpoint card's fix; the facts (a.5 row 3) file it under checkpoints.
  // account_locked/account_suspended are X's own states with X's unlock and appeal pages.
  [2207050, { reason: 'security_checkpoint' }],
]);

/** Instagram codes that are content or media problems whatever their subcode (36000-series, 352, 9004, 9007). */
const CONTENT_CODES: ReadonlySet<number> = new Set([24, 352, 9004, 9007, 36000, 36001, 36003, 36004]);

const IG_SUBCODES_FROM = 2207000;
const IG_SUBCODES_TO = 2207999;

/**
 * Last resort, and the only place Tether reads message text. An Instagram account switched to a personal
 * account answers `(#10) The user is not an Instagram Business` (nuvi/post-validation production fixtures,
 * facts a.5 row 7) with no subcode of its own; the code alone (10) would say "missing permission", and
 * reconnecting would not help. The Graph `message` is the developer message, sent in English whatever the
 * locale (only `error_user_msg`/`error_user_title` are localised, facts a.1). If the text ever changes, the
 * verdict falls back to missing_permissions: a reconnect that then fails the account-type check, not a
 * silent miss. Covered by its own test.
 */
const PERSONAL_ACCOUNT_MESSAGE = /\bnot an instagram business\b/i;

/** The Instagram-specific verdict for a Graph error, or null when Instagram has nothing special to say. */
export function classifyInstagramError(error: GraphError): Verdict | null {
  const { code, subcode } = error;
  if (subcode !== null) {
    const known = SUBCODE_VERDICTS.get(subcode);
    if (known) return known;
    if (subcode >= IG_SUBCODES_FROM && subcode <= IG_SUBCODES_TO) return { reason: 'not_a_disconnect' };
  }
  if (code === -1 || code === -2) return { reason: 'transient_provider_error' };
  if (code !== null && CONTENT_CODES.has(code)) return { reason: 'not_a_disconnect' };
  if (code === 10 && error.message !== null && PERSONAL_ACCOUNT_MESSAGE.test(error.message)) {
    return { reason: 'instagram_personal_account' };
  }
  return null;
}
