// The payload shapes the code tables alone missed (issue 10 §3), one rule each: Graph codes only in the
// message, subcode-only and legacy REST errors, the documented message last resorts, X v1.1 codes at 200 or
// without a status, X token-endpoint errors, and the caller's clock.
import { describe, expect, it } from 'vitest';
import { classify } from '../../../../../main/core/reasons/classify';
import type { ClassifierInput } from '../../../../../main/core/reasons/provider-response';

const NOW = Date.UTC(2026, 10, 28, 9, 0, 0);
const json = (status: number | null, body: unknown, headers: Record<string, string> = {}): ClassifierInput =>
  status === null ? { status: null, headers, body: JSON.stringify(body) } : { status, headers, body: JSON.stringify(body) };
const graph = (error: Record<string, unknown>, status: number | null = 400) => classify('facebook', json(status, { error }), { now: NOW });
const x = (status: number | null, body: unknown, headers: Record<string, string> = {}) => classify('twitter', json(status, body, headers), { now: NOW });

describe('Graph errors without the usual fields', () => {
  it('takes the code from a "(#N)" message prefix when the code field is missing', () => {
    expect(graph({ message: '(#210) User not visible', type: 'OAuthException' }, 403)).toMatchObject({
      reason: 'missing_permissions',
      provider: { code: 210 },
    });
    expect(graph({ message: '(#4) Application request limit reached' })).toMatchObject({ reason: 'rate_limited', rateLimit: 'app' });
    expect(graph({ message: '(#80004) There have been too many calls to this ad-account.' })).toMatchObject({
      reason: 'rate_limited',
      rateLimit: 'business_use_case',
    });
  });

  it('lets the code field win over the message prefix', () => {
    expect(graph({ message: '(#4) limit', code: 190, error_subcode: 460 })).toMatchObject({ reason: 'password_changed' });
  });

  it('reads a token subcode that comes without a code', () => {
    expect(graph({ message: 'x', error_subcode: 458 })).toMatchObject({ reason: 'access_revoked', provider: { code: null, subcode: 458 } });
    expect(graph({ message: 'x', error_subcode: 12345 }, null).reason).toBe('not_a_disconnect');
  });

  it('reads the legacy REST error shape', () => {
    expect(classify('facebook', json(500, { error_code: 1, error_msg: 'An unknown error occurred' }), { now: NOW })).toMatchObject({
      reason: 'transient_provider_error',
      permanent: false,
    });
    expect(
      classify('facebook', json(200, { error_code: 613, error_msg: 'Calls to this api have exceeded the rate limit. (613)' }), { now: NOW }),
    ).toMatchObject({ reason: 'rate_limited', rateLimit: 'custom' });
  });

  it('applies the token subcodes to code 102 as to 190', () => {
    expect(graph({ message: 'User need to login', code: 102, error_subcode: 459 }).reason).toBe('security_checkpoint');
    expect(graph({ message: 'User need to relogin', code: 102 }).reason).toBe('invalid_token_other');
  });

  it('reads code 1 as a request problem only when the server says not transient and explains it to the user', () => {
    expect(graph({ code: 1, error_subcode: 1965014, is_transient: false, error_user_msg: 'Please choose another end date.' }, null).reason).toBe(
      'not_a_disconnect',
    );
    expect(graph({ code: 1, error_subcode: 99, is_transient: false }, 500).reason).toBe('transient_provider_error');
    expect(graph({ code: 1, is_transient: false, error_user_msg: '' }, null).reason).toBe('transient_provider_error');
  });

  it('reads request-only codes (33, 803, 2500 paths) as not a disconnect', () => {
    for (const code of [33, 803, 2500]) expect(graph({ code, message: 'm' }, null).reason, String(code)).toBe('not_a_disconnect');
  });
});

describe('documented message last resort (Graph)', () => {
  const token190 = (message: string) => graph({ message, type: 'OAuthException', code: 190 }).reason;

  it('reads what a 190 without a known subcode says plainly', () => {
    expect(token190('Error validating access token: The user has not authorized application 875877299126.')).toBe('access_revoked');
    expect(token190('Error validating access token: The user is enrolled in a blocking, logged-in checkpoint')).toBe('security_checkpoint');
    expect(token190('Error validating access token: The session has been invalidated because the user changed their password.')).toBe('password_changed');
    expect(token190('Error validating access token: Session has expired on Tuesday, 01-Dec-25 06:00:00 PST.')).toBe('token_expired');
    expect(token190('Error validating access token: Sessions for the user  are not allowed because the user is not a confirmed user.')).toBe(
      'unconfirmed_account',
    );
    expect(token190('The user must be an administrator, editor, or moderator of the page in order to impersonate it.')).toBe('insufficient_page_role');
  });

  it('falls back to the generic invalid token for other wording, and never reads the localised user message', () => {
    expect(token190('Invalid OAuth access token - Cannot parse access token')).toBe('invalid_token_other');
    expect(graph({ message: 'Fehler', code: 190, error_user_msg: 'checkpoint', error_user_title: 'Session has expired' }).reason).toBe('invalid_token_other');
  });

  it('lets a known subcode win over the text', () => {
    expect(graph({ message: 'Session has expired on …', code: 190, error_subcode: 460 }).reason).toBe('password_changed');
  });

  it('tells the token 2500 from the path 2500', () => {
    expect(graph({ message: 'An active access token must be used to query information about the current user.', code: 2500 }).reason).toBe(
      'invalid_token_other',
    );
    expect(graph({ message: 'Unknown path components: /impressions/day', type: 'IGApiException', code: 2500 }).reason).toBe('not_a_disconnect');
  });
});

describe('X v1.1 codes at 200 or without a status', () => {
  it('reads the code whatever the status, when the errors are the whole answer', () => {
    expect(x(200, { errors: [{ code: 89, message: 'Invalid or expired token.' }] })).toMatchObject({
      reason: 'invalid_token_other',
      permanent: true,
      ambiguous: true,
    });
    expect(x(null, { errors: [{ code: 215, message: 'Bad Authentication data.' }] })).toMatchObject({ reason: 'invalid_token_other', ambiguous: true });
    expect(x(null, { errors: [{ code: 326, message: 'locked' }] }).reason).toBe('account_locked');
    expect(x(null, { errors: [{ code: 88, message: 'Rate limit exceeded' }] })).toMatchObject({ reason: 'rate_limited', permanent: false });
    for (const code of [135, 187, 226, 261, 453]) expect(x(null, { errors: [{ code, message: 'm' }] }).reason, String(code)).toBe('not_a_disconnect');
  });

  it('keeps partial errors beside data a success', () => {
    expect(x(200, { data: [{ id: '1' }], errors: [{ code: 89, message: 'x' }] }).reason).toBe('not_a_disconnect');
  });

  it('reads a clock error as not a disconnect even under a 401', () => {
    expect(x(401, { errors: [{ message: 'Timestamp out of bounds', code: 135 }] })).toMatchObject({ reason: 'not_a_disconnect', permanent: false });
  });

  it('reads the app-credentials refusal (99) as a misconfigured app', () => {
    expect(x(403, { errors: [{ code: 99, message: 'Unable to verify your credentials', label: 'authenticity_token_error' }] })).toMatchObject({
      reason: 'app_misconfigured',
      permanent: true,
      reconnectFixes: false,
      appConfigProblem: true,
    });
  });
});

describe('documented message last resort (X generic 403)', () => {
  it('reads a duplicate-post 403 as not a disconnect, and any other bare 403 as an ambiguous missing permission', () => {
    const forbidden = (detail: string) => x(403, { detail, type: 'about:blank', title: 'Forbidden', status: 403 });
    expect(forbidden('You are not allowed to create a Tweet with duplicate content.')).toMatchObject({ reason: 'not_a_disconnect' });
    expect(forbidden('Forbidden')).toMatchObject({ reason: 'missing_permissions', ambiguous: true });
  });
});

describe('X token endpoint errors', () => {
  const oauth = (status: number, error: string, description?: string) =>
    x(status, description === undefined ? { error } : { error, error_description: description });

  it('reads a refused refresh token as expired, and a broken sign-in exchange as no judgement on a connection', () => {
    expect(oauth(400, 'invalid_request', 'Value passed for the token was invalid.')).toMatchObject({ reason: 'token_expired', reconnectFixes: true });
    expect(oauth(400, 'invalid_grant')).toMatchObject({ reason: 'token_expired' });
    expect(oauth(400, 'invalid_request', 'Value passed for the authorization code was invalid.').reason).toBe('not_a_disconnect');
    expect(oauth(400, 'invalid_request', 'Missing required parameter [code_verifier].').reason).toBe('not_a_disconnect');
    expect(oauth(400, 'invalid_request', 'Value passed for the code verifier did not match the code challenge.').reason).toBe('not_a_disconnect');
  });

  it('reads invalid_client and unauthorized_client as the app misconfigured: permanent, reconnect does not fix it', () => {
    for (const error of ['invalid_client', 'unauthorized_client']) {
      expect(oauth(401, error, 'Missing valid authorization header'), error).toMatchObject({
        reason: 'app_misconfigured',
        permanent: true,
        reconnectFixes: false,
        appConfigProblem: true,
      });
    }
  });
});

describe("the caller's clock", () => {
  it('computes retry times from the now it is given, not the system clock', () => {
    const headers = { 'x-rate-limit-limit': '15', 'x-rate-limit-remaining': '0', 'x-rate-limit-reset': String(NOW / 1000 + 90) };
    const body = { title: 'Too Many Requests', type: 'about:blank', status: 429, detail: 'Too Many Requests' };
    expect(classify('twitter', json(429, body, headers), { now: NOW }).retryAfterMs).toBe(90_000);
    expect(classify('twitter', json(429, body, headers), { now: NOW + 60_000 }).retryAfterMs).toBe(30_000);
  });
});
