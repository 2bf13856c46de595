/**
 * DOCUMENTED LAST RESORT: reasons read from a Graph error's developer `message`, used only when its code and
 * subcode say nothing specific (code 190 with no subcode or one no table lists, code 2500), and the one wording
 * that names the network app's credentials (below). design.md: never
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
  // A Page's own token refused because of the token user's role on that Page, worded with or without the
  // roles: "The user must be an administrator, editor, or moderator of the page in order to impersonate it." (492,
  // facts a.4) and the older "The user must be an administrator of the page in order to impersonate it." (code 190
  // without subcode, HTTP 400: snarfed/bridgy#596 as kept in granary's tests; SammyK/LaravelFacebookSdk#144).
  // A role problem: a fresh login fails the same way until the role is back.
  [/\bmust be an? (?:administrator|admin|editor|moderator)\b[^.]*\bof the page in order to impersonate\b/i, 'insufficient_page_role'],
  // Permissions not granted for that Page: "Any of the pages_read_engagement, … permission(s) must be granted before
  // impersonating a user's page." (code 190, sibling Pages of the same login fine: gitroomhq/postiz-app#1912).
  [/\bmust be granted before impersonating\b/i, 'missing_permissions'],
  // The Page itself, not the person: "This Page access token belongs to a Page that is not accessible." (code 190
  // on a Page token that had worked for a year: microsoft/BotFramework-Services#36). The Page was unpublished,
  // restricted or taken down; the Page's settings, not a new login, bring it back. UNVERIFIED which of those it
  // was: the answer does not say, and the card names the Page's settings and status as the place to look.
  [/\bbelongs to a page that is not accessible\b/i, 'page_restricted'],
  // Not the token's fault at all: "(#190) This method must be called with a Page Access Token" (a user token sent
  // where a Page's was needed: halsandr/Facebook_Connector#1). The request used the wrong kind of token; both
  // logins may be fine, so it never reads as a dead one.
  [/\bmust be called with an? (?:page|app|application|user) access token\b/i, 'not_a_disconnect'],
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

/**
 * The whole message is the statement that the app's credentials were refused: "Error validating client secret."
 * (code 1, facebookarchive/php-graph-sdk#538), "Error validating application. Invalid application ID." (code 101,
 * diowa/icare#5; code 190 in Spring Social's error-401-invalid-token-invalid-appid fixture) or "Error validating
 * application." alone (no code, ptwobrussell/Mining-the-Social-Web#16, a wrong CLIENT_ID). Anything added to it
 * ("… due to a system error") means Facebook could not check, which is not the user's fault.
 */
const APP_CREDENTIALS_REFUSED = /^\s*Error validating (?:client secret|application)\.?(?:\s*Invalid application ID\.?)?\s*$/i;

/**
 * True when the answer itself says the network app's ID or secret was refused. Codes 1 and 101 alone never say
 * so: code 1 is also Facebook's generic "An unknown error occurred" (error-handling guide: "Possibly a temporary
 * issue due to downtime"), so only this wording may tell the user their App ID or App Secret is wrong.
 */
export function isAppCredentialsMessage(message: string | null): boolean {
  return message !== null && APP_CREDENTIALS_REFUSED.test(message);
}

/**
 * Facebook saying the failure is its own: "Error validating application. Cannot get application info due to a
 * system error." (code 101, sns-sdks/python-facebook#271). Read only for a code no table knows, so the 467 wording
 * ("… logged out or may be due to a system error"), decided by its code, is never touched. Only ever makes a
 * verdict transient, never a disconnection.
 */
export function saysSystemError(message: string | null): boolean {
  return message !== null && /\bdue to a system error\b/i.test(message);
}

/**
 * Code 100 is mostly about the request's shape, but "(#100) Missing permissions" (HTTP 400, with the WWW-Authenticate
 * header repeating it: facebook/facebook-nodejs-business-sdk#250) says a grant is missing. Only the whole message
 * counts, so "(#100) Invalid parameter" and its kin stay request problems.
 */
export function saysPermissionsMissing(message: string | null): boolean {
  return message !== null && /^\s*(?:\(#100\)\s*)?Missing permissions?\.?\s*$/i.test(message);
}
