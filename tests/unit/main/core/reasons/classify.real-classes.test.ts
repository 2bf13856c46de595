// The classes of real payloads that issue 19 found read wrong, one rule each (the corpus holds the payloads
// themselves, with their sources): Graph errors with no code or no wrapper, X's daily limits and 220, X's 89 by the
// token's age, permission errors under a 5xx, the app's credentials only when the answer names them, the 190
// wordings about a Page role, Page permissions or the Page itself, and plain-text refusals.
import { describe, expect, it } from 'vitest';
import { classify, type ClassifyOptions } from '../../../../../main/core/reasons/classify';
import type { ClassifierInput } from '../../../../../main/core/reasons/provider-response';

const NOW = Date.UTC(2026, 11, 1, 12, 0, 0);
const input = (status: number | null, body: unknown): ClassifierInput => {
  const text = typeof body === 'string' ? body : JSON.stringify(body);
  return status === null ? { status: null, headers: {}, body: text } : { status, headers: {}, body: text };
};
const fb = (status: number | null, body: unknown, options: Partial<ClassifyOptions> = {}) =>
  classify('facebook', input(status, body), { now: NOW, ...options });
const x = (status: number | null, body: unknown, options: Partial<ClassifyOptions> = {}) => classify('twitter', input(status, body), { now: NOW, ...options });

describe('Graph errors that carry no code', () => {
  it('reads the code of a flat legacy body, also when it is a numeric string', () => {
    expect(fb(null, { error_code: '1', error_msg: 'An unknown error occurred' })).toMatchObject({ reason: 'transient_provider_error', provider: { code: 1 } });
    expect(fb(null, { error_code: 100, error_msg: 'Invalid parameter' }).reason).toBe('not_a_disconnect');
  });

  it("reads code 190's message prefix as the code when neither code nor subcode came", () => {
    const oauth = (message: string) => fb(null, { error: { type: 'OAuthException', message } });
    expect(oauth('Error validating access token: Session has expired at unix time 1. The current unix time is 2.')).toMatchObject({
      reason: 'token_expired',
      provider: { code: 190 },
    });
    expect(oauth('Error validating access token: 42 has not authorized application 7').reason).toBe('access_revoked');
    expect(oauth('Error validating access token: The session has been invalidated because the user has changed the password.').reason).toBe('password_changed');
    expect(oauth('Error validating access token: The session is invalid because the user logged out.').reason).toBe('invalid_token_other');
  });

  it('lets a subcode, when there is one, decide instead of the prefix', () => {
    expect(fb(null, { error: { message: 'Error validating access token: whatever', error_subcode: 459 } }).reason).toBe('security_checkpoint');
  });

  it('leaves an OAuthException without code or token wording to the status', () => {
    expect(fb(null, { error: { type: 'OAuthException', message: 'Something about this request' } }).reason).toBe('not_a_disconnect');
  });
});

describe('Graph errors logged without their {"error": …} wrapper', () => {
  it('reads the error object alone', () => {
    expect(
      fb(null, { message: 'An active access token must be used to query information about the current user.', type: 'OAuthException', code: 2500 }).reason,
    ).toBe('invalid_token_other');
    expect(fb(null, { message: 'x', type: 'OAuthException', code: 190, error_subcode: 460, fbtrace_id: 'T' }).reason).toBe('password_changed');
  });

  it('never takes an answer with a message field, such as a post, for an error', () => {
    expect(fb(200, { id: '1_2', message: 'Hello', type: 'status' }).reason).toBe('not_a_disconnect');
    expect(fb(null, { message: 'Hello', code: 5 }).reason).toBe('not_a_disconnect');
  });
});

describe("X's daily limits and 220", () => {
  it('reads the daily posting limits as rate limits, never a disconnection', () => {
    for (const [code, message] of [
      [185, 'User is over daily status update limit.'],
      [191, 'User is over daily photo limit'],
    ] as const) {
      for (const status of [403, null]) {
        expect(x(status, { errors: [{ code, message }] }), `${code} at ${status}`).toMatchObject({ reason: 'rate_limited', permanent: false });
      }
    }
  });

  it('reads 220 as a permission the token lacks', () => {
    expect(x(403, { errors: [{ code: 220, message: 'Your credentials do not allow access to this resource.' }] })).toMatchObject({
      reason: 'missing_permissions',
      permanent: true,
    });
  });
});

describe('X 89 "Invalid or expired token", by the age of the token', () => {
  const invalidOrExpired = { errors: [{ code: 89, message: 'Invalid or expired token.' }] };

  it('reads "expired" when the token is past its known expiry', () => {
    const result = x(401, invalidOrExpired, { tokenExpiresAt: NOW - 60_000 });
    expect(result).toMatchObject({ reason: 'token_expired', permanent: true });
    expect(result.ambiguous).toBeUndefined();
  });

  it('reads "no longer valid", to be confirmed, while the token is within its life or its life is unknown', () => {
    for (const tokenExpiresAt of [NOW + 3_600_000, null]) {
      expect(x(401, invalidOrExpired, { tokenExpiresAt }), String(tokenExpiresAt)).toMatchObject({ reason: 'invalid_token_other', ambiguous: true });
    }
    expect(x(null, invalidOrExpired)).toMatchObject({ reason: 'invalid_token_other', ambiguous: true });
  });
});

describe('permission errors delivered with a 5xx', () => {
  it('stay transient and keep what the code alone would mean, for a targeted re-check', () => {
    // HTTP 500 with code 200 (snarfed/bridgy#437).
    expect(fb(500, { error: { message: '(#200) Permissions error', type: 'OAuthException', code: 200 } })).toMatchObject({
      reason: 'transient_provider_error',
      permanent: false,
      suspectedReason: 'missing_permissions',
    });
    expect(fb(503, { error: { message: '(#10) Permission denied', code: 10 } })).toMatchObject({ permanent: false, suspectedReason: 'missing_permissions' });
  });

  it('set no suspicion where the code says nothing permanent', () => {
    expect(fb(500, { error: { message: 'An unknown error occurred', code: 1 } }).suspectedReason).toBeUndefined();
  });
});

describe("the app's credentials, only when the answer names them", () => {
  it("never blames the app for code 1's generic unknown error", () => {
    for (const status of [500, 400, null]) {
      const result = fb(status, { error: { message: 'An unknown error has occurred.', type: 'OAuthException', code: 1 } });
      expect(result.reason, String(status)).toBe('transient_provider_error');
      expect(result.appConfigProblem, String(status)).toBeUndefined();
    }
  });

  it('blames the app when the message says its secret or ID was refused, whatever the code', () => {
    const said = (code: number | undefined, message: string) =>
      fb(400, { error: { message, type: 'OAuthException', ...(code === undefined ? {} : { code }) } });
    for (const [code, message] of [
      [1, 'Error validating client secret.'],
      [101, 'Error validating application. Invalid application ID.'],
      [190, 'Error validating application. Invalid application ID.'],
      [undefined, 'Error validating application.'],
    ] as const) {
      expect(said(code, message), `${code} ${message}`).toMatchObject({ reason: 'app_misconfigured', appConfigProblem: true, reconnectFixes: false });
    }
  });

  it("doesn't when Facebook adds that it could not check", () => {
    expect(fb(null, { error: { message: 'Error validating application. Cannot get application info due to a system error.', code: 101 } }).permanent).toBe(
      false,
    );
  });

  it('keeps a 5xx transient even then, remembering the suspicion', () => {
    expect(fb(500, { error: { message: 'Error validating client secret.', code: 1 } })).toMatchObject({
      reason: 'transient_provider_error',
      suspectedReason: 'app_misconfigured',
    });
  });
});

describe('what a 190 says about the Page', () => {
  const said = (message: string) => fb(400, { error: { message, type: 'OAuthException', code: 190 } }).reason;

  it('reads a role the person lacks on the Page, with or without the list of roles', () => {
    expect(said('The user must be an administrator of the page in order to impersonate it.')).toBe('insufficient_page_role');
    expect(
      said(
        'The user must be an administrator, editor, or moderator of the page in order to impersonate it. If the page business requires Two Factor Authentication, the user also needs to enable Two Factor Authentication.',
      ),
    ).toBe('insufficient_page_role');
  });

  it('reads Page permissions not granted for that Page', () => {
    expect(
      said("Any of the pages_read_engagement, pages_manage_metadata or pages_show_list permission(s) must be granted before impersonating a user's page."),
    ).toBe('missing_permissions');
  });

  it('reads a Page that is not accessible as a problem of the Page', () => {
    expect(said('This Page access token belongs to a Page that is not accessible.')).toBe('page_restricted');
  });
});

describe('a Graph subcode that narrows a permission code to one target', () => {
  it('reads a group refusing a post as not a disconnect', () => {
    expect(fb(403, { error: { message: 'Permissions error', code: 200, error_subcode: 1376025 } }).reason).toBe('not_a_disconnect');
    expect(fb(403, { error: { message: 'Permissions error', code: 200 } }).reason).toBe('missing_permissions');
  });
});

describe('plain-text answers', () => {
  it('reads a plain-text 4xx as the network refusing the request, and an HTML page or a 5xx as transient', () => {
    const text = 'Application cannot perform write actions. Contact Twitter Platform Operations through https://help.twitter.com/forms/platform.';
    expect(x(403, text).reason).toBe('not_a_disconnect');
    expect(x(503, text).reason).toBe('transient_provider_error');
    expect(x(403, '<html><body>Forbidden</body></html>').reason).toBe('transient_provider_error');
    expect(x(401, 'Unauthorized')).toMatchObject({ reason: 'invalid_token_other', ambiguous: true });
  });
});

describe("X's 402 Payment Required", () => {
  it("reads the app's credits running out as an app-wide limit, never a disconnection, with no retry time", () => {
    for (const body of ['', '{"title":"Payment Required"}']) {
      expect(x(402, body)).toMatchObject({ reason: 'rate_limited', rateLimit: 'monthly_cap', appConfigProblem: true, permanent: false, retryAfterMs: null });
    }
  });
});

describe("round 2: the classes of batch 2's spent held-out misses", () => {
  it('reads a body pasted as its members without the outer braces', () => {
    const pasted = '"error": {\n  "message": "(#100) No node specified",\n  "type": "GraphMethodException",\n  "code": 100\n}';
    expect(fb(400, pasted)).toMatchObject({ reason: 'not_a_disconnect', provider: { code: 100 } });
    expect(fb(null, '"error": {"message": "Error validating access token: x", "code": 190, "error_subcode": 460}').reason).toBe('password_changed');
    expect(fb(400, '"error": {broken').reason).toBe('transient_provider_error');
  });

  it("reads Facebook's own system error as transient, for a code no table knows, and leaves the 467 wording to its code", () => {
    const systemError = 'Error validating application. Cannot get application info due to a system error.';
    expect(fb(null, { error: { message: systemError, type: 'OAuthException', code: 101 } })).toMatchObject({
      reason: 'transient_provider_error',
      permanent: false,
    });
    const loggedOut = 'Error validating access token: This may be because the user logged out or may be due to a system error.';
    expect(fb(400, { error: { message: loggedOut, type: 'OAuthException', code: 190, error_subcode: 467 } }).reason).toBe('invalid_token_other');
    expect(fb(400, { error: { message: loggedOut, type: 'OAuthException', code: 190 } }).reason).toBe('invalid_token_other');
  });

  it('reads an endpoint gone for new-experience Pages as not a disconnect', () => {
    expect(fb(null, { error: { message: 'Permissions error', type: 'OAuthException', code: 200, error_subcode: 2069030, is_transient: false } }).reason).toBe(
      'not_a_disconnect',
    );
  });
});

describe("round 3: the classes of batch 3's spent held-out misses", () => {
  it('reads a 190 that says the call needed another kind of token as a request problem, not a dead login', () => {
    const wrongKind = (message: string) => fb(400, { error: { message, type: 'OAuthException', code: 190 } });
    expect(wrongKind('(#190) This method must be called with a Page Access Token')).toMatchObject({ reason: 'not_a_disconnect', permanent: false });
    expect(wrongKind('(#190) This method must be called with an app access token').reason).toBe('not_a_disconnect');
    expect(wrongKind('Invalid OAuth access token.').reason).toBe('invalid_token_other');
  });

  it('reads a code 100 that says permissions are missing as a missing permission', () => {
    expect(fb(400, { error: { message: '(#100) Missing permissions', type: 'OAuthException', code: 100 } })).toMatchObject({
      reason: 'missing_permissions',
      permanent: true,
    });
    expect(fb(400, { error: { message: '(#100) Invalid parameter', code: 100 } }).reason).toBe('not_a_disconnect');
  });
});
