/**
 * Graph API errors exactly as Graph sends them: `{"error":{message,type,code,error_subcode,fbtrace_id,…}}`
 * (provider-api-facts.md §a). Handlers throw a GraphFault; the dispatcher turns it into the response, because
 * Graph too abandons the whole request at the first failing field or token check.
 */
import { fbTraceId } from '../random/token-format';

/** The `error` object. `fbtrace_id` is added when the response is sent. */
export interface GraphErrorObject {
  readonly message: string;
  readonly type: string;
  readonly code: number;
  readonly error_subcode?: number;
  readonly is_transient?: boolean;
  readonly error_user_title?: string;
  readonly error_user_msg?: string;
  readonly error_data?: Record<string, unknown>;
}

/**
 * The HTTP status a code goes out with by default. Graph's statuses are not reliable (facts §a.1): 190 comes
 * as 400; permission codes mostly as 403 (but 200 seen as 500); code 4 seen as 403; transient 2 seen as 401.
 * A `graph_status` fault can move any code to another status.
 */
export function defaultStatusFor(code: number): number {
  if (code === 1 || code === 2) return 500;
  if (code === 10 || (code >= 200 && code <= 299)) return 403;
  if (code === 4 || code === 17 || code === 32 || code === 80001) return 403;
  return 400;
}

/** Thrown inside Graph handlers; caught by the dispatcher (and per operation in batches). */
export class GraphFault extends Error {
  readonly status: number;
  constructor(
    readonly error: GraphErrorObject,
    status?: number,
  ) {
    super(error.message);
    this.name = 'GraphFault';
    this.status = status ?? defaultStatusFor(error.code);
  }

  /** The response body, with a fresh trace id. */
  body(): { error: GraphErrorObject & { fbtrace_id: string } } {
    return { error: { ...this.error, fbtrace_id: fbTraceId() } };
  }

  /** The WWW-Authenticate header Graph adds to errors. */
  wwwAuthenticate(): string {
    const kind =
      this.error.code === 190
        ? 'invalid_token'
        : this.error.code === 10 || (this.error.code >= 200 && this.error.code <= 299)
          ? 'insufficient_scope'
          : 'invalid_request';
    return `OAuth "Facebook Platform" "${kind}" "${this.error.message.replace(/"/g, "'")}"`;
  }
}

const oauth = (code: number, message: string, extra: Partial<GraphErrorObject> = {}): GraphFault =>
  new GraphFault({ message, type: 'OAuthException', code, ...extra });

/** "Tuesday, 14-Nov-23 16:00:00 PST", the format of the 463 message (snarfed/bridgy#59). */
export function facebookDate(epochMs: number): string {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone: 'America/Los_Angeles',
    weekday: 'long',
    day: '2-digit',
    month: 'short',
    year: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
    hour12: false,
    timeZoneName: 'short',
  }).formatToParts(new Date(epochMs));
  const get = (type: Intl.DateTimeFormatPartTypes): string => parts.find((p) => p.type === type)?.value ?? '';
  const hour = get('hour') === '24' ? '00' : get('hour');
  return `${get('weekday')}, ${get('day')}-${get('month')}-${get('year')} ${hour}:${get('minute')}:${get('second')} ${get('timeZoneName')}`;
}

/** Every Graph error the simulator produces. Messages are the real ones where facts §a.4 has them. */
export const graphErrors = {
  cannotParseToken: () => oauth(190, 'Invalid OAuth access token - Cannot parse access token'),
  appNotAuthorized: (userId: string, appId: string) =>
    oauth(190, `Error validating access token: User ${userId} has not authorized application ${appId}.`, { error_subcode: 458 }),
  // error_user_title/msg are left out of 459/460/464: facts §a.4 has no payload showing them.
  checkpoint: () =>
    oauth(190, 'Error validating access token: You cannot access the app till you log in to www.facebook.com and follow the instructions given.', {
      error_subcode: 459,
    }),
  passwordChanged: () =>
    oauth(
      190,
      'Error validating access token: The session has been invalidated because the user changed their password or Facebook has changed the session for security reasons.',
      { error_subcode: 460 },
    ),
  expired: (expiredAt: number, now: number) =>
    oauth(190, `Error validating access token: Session has expired on ${facebookDate(expiredAt)}. The current time is ${facebookDate(now)}.`, {
      error_subcode: 463,
    }),
  // The double space is real (mobolic/facebook-sdk#129): the user's name is blank in it.
  unconfirmed: () =>
    oauth(190, 'Error validating access token: Sessions for the user  are not allowed because the user is not a confirmed user.', { error_subcode: 464 }),
  invalidSession: () =>
    oauth(
      190,
      'The user must be an administrator, editor, or moderator of the page in order to impersonate it. If the page business requires Two Factor Authentication, the user also needs to enable Two Factor Authentication.',
      { error_subcode: 492 },
    ),
  twoFactorRequired: (hash: string) =>
    oauth(
      415,
      'Two factor authentication required. User have to enter a code from SMS or TOTP code generator to pass 2fac. This could happen when accessing a 2fac-protected asset like a page that is owned by a 2fac-protected business manager.',
      {
        error_subcode: 2859009,
        is_transient: false,
        error_user_title: 'Two-factor authentication required',
        error_user_msg: 'Ask user to pass two factor authentication',
        error_data: { hash },
      },
    ),
  noTokenForMe: () => oauth(2500, 'An active access token must be used to query information about the current user.'),
  noToken: () => oauth(104, 'An access token is required to request this resource.'),
  unsupported: (method: string, id: string) =>
    new GraphFault({
      message: `Unsupported ${method.toLowerCase()} request. Object with ID '${id}' does not exist, cannot be loaded due to missing permissions, or does not support this operation. Please read the Graph API documentation at https://developers.facebook.com/docs/graph-api`,
      type: 'GraphMethodException',
      code: 100,
      error_subcode: 33,
    }),
  // A real answer: {"error":{"message":"(#100) Tried accessing nonexisting field (accounts) on node type (Page)",
  // "type":"OAuthException","code":100,"fbtrace_id":"CAHLWRJ7tIn"}} (GET /accounts?ids=me,<page-id>, pasted in a
  // Viblo Graph API tutorial found via the code index; the same text is in many production fixtures).
  nonexistingField: (field: string, nodeType: string) => oauth(100, `(#100) Tried accessing nonexisting field (${field}) on node type (${nodeType})`),
  unknownPath: (rest: string) => oauth(2500, `Unknown path components: ${rest}`),
  param: (message: string) => oauth(100, `(#100) ${message}`),
  /** Missing-permission errors; wording marked UNVERIFIED in permission-rules.ts where facts had none. */
  permission: (code: number, message: string) => oauth(code, message),
  notInstagramBusiness: () => oauth(10, '(#10) The user is not an Instagram Business'),
  needsAppToken: () => oauth(100, '(#100) You must provide an app access token, or a user access token that is an owner or developer of the app'),
  // Code 1 with this wording (facebookarchive/php-graph-sdk#538) goes out as HTTP 400, not code 1's default 500:
  // fb_graph2 raised it as BadRequest (nov/fb_graph2#44).
  badAppSecret: () => new GraphFault({ message: 'Error validating client secret.', type: 'OAuthException', code: 1 }, 400),
  badAppId: () => oauth(101, 'Error validating application. Invalid application ID.'),
  missingClientId: () => oauth(101, 'Missing client_id parameter.'),
  invalidAppToken: () => oauth(190, 'Invalid OAuth access token signature.'),
  badCode: () => oauth(100, 'Invalid verification code format.'),
  codeUsed: () => oauth(100, 'This authorization code has been used.', { error_subcode: 36009 }),
  codeExpired: () => oauth(100, 'This authorization code has expired.', { error_subcode: 36007 }),
  redirectMismatch: () =>
    oauth(100, 'Error validating verification code. Please make sure your redirect_uri is identical to the one you used in the OAuth dialog request', {
      error_subcode: 36008,
    }),
  appLimit: () => oauth(4, '(#4) Application request limit reached', { is_transient: true }),
  userLimit: () => oauth(17, '(#17) User request limit reached', { is_transient: true }),
  pageLimit: () => oauth(32, '(#32) Page request limit reached', { is_transient: true }),
  pageBucLimit: () =>
    oauth(
      80001,
      'There have been too many calls to this Page account. Wait a bit and try again. For more info, please refer to https://developers.facebook.com/docs/graph-api/overview/rate-limiting.',
      { is_transient: true },
    ),
  unknownError: (isTransient: boolean) => oauth(1, 'An unknown error occurred', { is_transient: isTransient }),
  serviceError: (isTransient: boolean) => oauth(2, 'An unexpected error has occurred. Please retry your request later.', { is_transient: isTransient }),
  batchTooBig: () => oauth(100, '(#100) Too many requests in batch message. Maximum batch size is 50'),
} as const;
