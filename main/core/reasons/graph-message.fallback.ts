/**
 * DOCUMENTED LAST RESORT: reasons read from a Graph error's developer `message`, used only when its code and
 * subcode say nothing specific (code 190 with no subcode or one no table lists, code 2500). design.md: never
 * use localised message text except as a documented last resort. The `message` field is the English
 * developer message whatever the request locale; only `error_user_msg`/`error_user_title` are localised
 * (facts a.1), and those are never read. If Meta rewords a message, the verdict falls back to the code's
 * generic reason (invalid_token_other), which the engine confirms, so a miss is never a silent pass.
 */
import type { ReasonId } from '../../../shared/domain/reason-id';

/** Message texts seen with the token subcodes (facts a.4), for the same error delivered without its subcode. */
const TOKEN_MESSAGE_RULES: ReadonlyArray<readonly [RegExp, ReasonId]> = [
  // 458: "Error validating access token: The user has not authorized application 875877299126xxx."
  [/\bhas not authorized application\b/i, 'access_revoked'],
  // 459, and "the user is enrolled in a blocking, logged-in checkpoint".
  [/\bcheckpoint/i, 'security_checkpoint'],
  // 460: "...because the user changed their password or Facebook has changed the session for security reasons."
  [/\bchanged (?:their|the) password\b|\bchanged the session for security reasons\b/i, 'password_changed'],
  // 463: "Error validating access token: Session has expired on <date>."
  [/\bsession has expired\b/i, 'token_expired'],
  // 464: "Sessions for the user are not allowed because the user is not a confirmed user."
  [/\bnot a confirmed user\b/i, 'unconfirmed_account'],
  // 492: "The user must be an administrator, editor, or moderator of the page in order to impersonate it."
  [/\bmust be an administrator, editor,? or moderator of the page\b/i, 'insufficient_page_role'],
];

/** The reason a code-190 (or 102) message states plainly, or null. */
export function tokenReasonFromMessage(message: string | null): ReasonId | null {
  if (message === null) return null;
  return TOKEN_MESSAGE_RULES.find(([pattern]) => pattern.test(message))?.[1] ?? null;
}

/**
 * Code 2500 is shared by a malformed path ("Unknown path components: /impressions/day", a request error) and
 * by a token that is not active ("An active access token must be used to query information about the current
 * user.", facebook-android-sdk FacebookRequestErrorTest). Tether always sends its stored token, so the second
 * means that token is no longer usable.
 */
export function isInactiveTokenMessage(message: string | null): boolean {
  return message !== null && /\bactive access token must be used\b/i.test(message);
}
