// The classifier's own rules, beyond the documented responses: guards, the last-resort message rule,
// known expiry, redaction, header case and odd bodies.
import { describe, expect, it } from 'vitest';
import { classify } from '../../../../../main/core/reasons/classify';
import type { ProviderResponse } from '../../../../../main/core/reasons/provider-response';

const NOW = Date.UTC(2026, 10, 28, 9, 0, 0);

const graph = (error: Record<string, unknown>, status = 400, headers: Record<string, string> = {}): ProviderResponse => ({
  status,
  headers,
  body: JSON.stringify({ error: { type: 'OAuthException', fbtrace_id: 'T1', ...error } }),
});

describe('classify: the transient guard', () => {
  it('turns a permanent code under is_transient:true into a transient error and keeps what the code meant', () => {
    const result = classify('facebook', graph({ code: 190, error_subcode: 460, message: 'x', is_transient: true }, 400), { now: NOW });
    expect(result).toMatchObject({ reason: 'transient_provider_error', permanent: false, reconnectFixes: null, suspectedReason: 'password_changed' });
  });

  it('turns a permanent code under a 429 into a rate limit', () => {
    expect(classify('facebook', graph({ code: 190, error_subcode: 458, message: 'x' }, 429), { now: NOW })).toMatchObject({
      reason: 'rate_limited',
      rateLimit: 'app',
      suspectedReason: 'access_revoked',
      permanent: false,
    });
    const x = classify('twitter', { status: 429, headers: {}, body: JSON.stringify({ errors: [{ code: 326, message: 'locked' }] }) }, { now: NOW });
    expect(x).toMatchObject({ reason: 'rate_limited', rateLimit: 'window', suspectedReason: 'account_locked' });
  });

  it('keeps a rate limit a rate limit under a 5xx, and a content error a content error', () => {
    expect(classify('facebook', graph({ code: 4, message: '(#4) Application request limit reached' }, 503), { now: NOW })).toMatchObject({
      reason: 'rate_limited',
      rateLimit: 'app',
    });
    expect(classify('facebook', graph({ code: 506, message: 'dup' }, 500), { now: NOW }).reason).toBe('not_a_disconnect');
  });

  it('honours is_transient on X bodies too, though only Graph sends it', () => {
    const body = JSON.stringify({ error: { code: 190, message: 'x', is_transient: true } });
    expect(classify('twitter', { status: 401, headers: {}, body }, { now: NOW }).permanent).toBe(false);
  });
});

describe('classify: the one message-based rule (documented last resort)', () => {
  it('reads "(#10) The user is not an Instagram Business" as a personal Instagram account', () => {
    const result = classify('instagram', graph({ code: 10, message: '(#10) The user is not an Instagram Business' }), { now: NOW });
    expect(result).toMatchObject({ reason: 'instagram_personal_account', permanent: true, reconnectFixes: false });
  });

  it('falls back to the code when the text differs (another wording, another language)', () => {
    for (const message of ['(#10) Application does not have permission for this action', "(#10) L'utilisateur n'est pas un compte Instagram professionnel"]) {
      expect(classify('instagram', graph({ code: 10, message }), { now: NOW }).reason).toBe('missing_permissions');
    }
  });

  it('uses the text only with code 10', () => {
    expect(classify('instagram', graph({ code: 100, message: 'The user is not an Instagram Business' }), { now: NOW }).reason).toBe('not_a_disconnect');
  });
});

describe('classify: what the engine knows about the token', () => {
  const now = Date.UTC(2026, 10, 28);

  it('makes a generic invalid-token verdict token_expired once the known expiry has passed', () => {
    const input = graph({ code: 190, message: 'Invalid OAuth access token.' });
    expect(classify('facebook', input, { now, tokenExpiresAt: now - 1 }).reason).toBe('token_expired');
    expect(classify('facebook', input, { now, tokenExpiresAt: now + 60_000 }).reason).toBe('invalid_token_other');
    expect(classify('facebook', input, { now, tokenExpiresAt: null }).reason).toBe('invalid_token_other');
    const bare401 = { status: 401, headers: {}, body: '{"title":"Unauthorized","type":"about:blank","status":401,"detail":"Unauthorized"}' };
    expect(classify('twitter', bare401, { now, tokenExpiresAt: now - 7_200_000 })).toMatchObject({ reason: 'token_expired', permanent: true });
    expect(classify('twitter', bare401, { now, tokenExpiresAt: now - 7_200_000 }).ambiguous).toBeUndefined();
  });

  it('leaves specific reasons alone', () => {
    const input = graph({ code: 190, error_subcode: 460, message: 'x' });
    expect(classify('facebook', input, { now, tokenExpiresAt: now - 1 }).reason).toBe('password_changed');
  });
});

describe('classify: details and hygiene', () => {
  it('masks token-shaped text a provider echoes back in its message', () => {
    const token = `EAAB${'x1Y2z3'.repeat(8)}`;
    const result = classify('facebook', graph({ code: 190, message: `Malformed access token ${token}` }), { now: NOW });
    expect(result.provider.message).not.toContain(token);
    expect(result.provider.message).toContain('[redacted]');
  });

  it('redacts and keeps the transport failure message', () => {
    const result = classify(
      'facebook',
      { kind: 'network', message: 'fetch failed for https://graph.facebook.com/me?access_token=EAAsecretsecret' },
      { now: NOW },
    );
    expect(result).toMatchObject({ reason: 'transient_provider_error', provider: { type: 'network' } });
    expect(result.provider.message).not.toContain('EAAsecretsecret');
  });

  it('clips long messages to one short line', () => {
    const result = classify('facebook', graph({ code: 100, message: `line one\n${'word '.repeat(200)}` }), { now: NOW });
    expect(result.provider.message?.length).toBeLessThanOrEqual(300);
    expect(result.provider.message).not.toContain('\n');
  });

  it('takes the trace id from the body, else from the x-fb-trace-id header', () => {
    expect(classify('facebook', graph({ code: 190, error_subcode: 460, message: 'x' }, 400, { 'x-fb-trace-id': 'H' }), { now: NOW }).provider.traceId).toBe(
      'T1',
    );
    const noTrace = { status: 400, headers: { 'X-FB-Trace-Id': 'H2' }, body: '{"error":{"code":190,"error_subcode":460,"message":"x"}}' };
    expect(classify('facebook', noTrace, { now: NOW }).provider.traceId).toBe('H2');
  });

  it('reads numeric strings as codes', () => {
    const body = '{"error":{"code":"190","error_subcode":"463","message":"x"}}';
    expect(classify('facebook', { status: 400, headers: {}, body }, { now: NOW })).toMatchObject({
      reason: 'token_expired',
      provider: { code: 190, subcode: 463 },
    });
  });
});

describe('classify: bodies without a structured error', () => {
  const cases: [string, ProviderResponse, string][] = [
    ['truncated JSON at 200', { status: 200, headers: {}, body: '{"error":{"code":19' }, 'transient_provider_error'],
    ['an HTML page at 200 (captive portal)', { status: 200, headers: {}, body: '<html><body>Sign in to the Wi-Fi</body></html>' }, 'transient_provider_error'],
    ['plain text at 400', { status: 400, headers: {}, body: 'Bad Request' }, 'transient_provider_error'],
    ['an empty 401', { status: 401, headers: {}, body: '' }, 'invalid_token_other'],
    ['JSON without error at 404', { status: 404, headers: {}, body: '{"message":"not here"}' }, 'not_a_disconnect'],
    ['a healthy /me answer', { status: 200, headers: {}, body: '{"id":"1","name":"Ana"}' }, 'not_a_disconnect'],
    ['a JSON array', { status: 200, headers: {}, body: '[1,2]' }, 'transient_provider_error'],
    [
      'an empty 403 with X-App-Usage at 100%',
      { status: 403, headers: { 'x-app-usage': '{"call_count":100,"total_time":5,"total_cputime":5}' }, body: '' },
      'rate_limited',
    ],
  ];
  it.each(cases)('%s', (_label, input, reason) => {
    expect(classify('facebook', input, { now: NOW }).reason).toBe(reason);
  });

  it('marks a bare 401 ambiguous, so the engine confirms before disconnecting', () => {
    expect(classify('facebook', { status: 401, headers: {}, body: '' }, { now: NOW })).toMatchObject({
      reason: 'invalid_token_other',
      ambiguous: true,
      permanent: true,
    });
  });

  it('reads a debug_token answer that only says is_valid:false', () => {
    expect(classify('facebook', { status: 200, headers: {}, body: '{"data":{"is_valid":false,"app_id":"1"}}' }, { now: NOW }).reason).toBe(
      'invalid_token_other',
    );
  });

  it('reads account fields only from successful answers', () => {
    const creator = '{"id":"1","account_type":"MEDIA_CREATOR"}';
    expect(classify('instagram', { status: 200, headers: {}, body: creator }, { now: NOW }).reason).toBe('instagram_creator_account');
    expect(classify('instagram', { status: 200, headers: {}, body: '{"id":"1","account_type":"BUSINESS"}' }, { now: NOW }).reason).toBe('not_a_disconnect');
    expect(classify('instagram', { status: 200, headers: {}, body: '{"id":"1","account_type":"PERSONAL"}' }, { now: NOW }).reason).toBe(
      'instagram_personal_account',
    );
    expect(classify('instagram', { status: 400, headers: {}, body: creator }, { now: NOW }).reason).toBe('not_a_disconnect');
  });
});

describe('classify: X specifics', () => {
  it('reads problem types on both hosts', () => {
    for (const host of ['api.twitter.com', 'api.x.com']) {
      const body = JSON.stringify({ title: 'Forbidden', status: 403, type: `https://${host}/2/problems/user-suspended` });
      expect(classify('twitter', { status: 403, headers: {}, body }, { now: NOW }).reason).toBe('account_suspended');
    }
  });

  it('picks the decisive v1.1 code among several', () => {
    const body = JSON.stringify({
      errors: [
        { code: 999, message: 'unknown' },
        { code: 326, message: 'locked' },
      ],
    });
    expect(classify('twitter', { status: 403, headers: {}, body }, { now: NOW })).toMatchObject({ reason: 'account_locked', provider: { code: 326 } });
  });

  it('never reads a window reset into a monthly cap', () => {
    const now = Date.UTC(2026, 10, 28);
    const body = JSON.stringify({ title: 'UsageCapExceeded', type: 'https://api.x.com/2/problems/usage-capped', period: 'Monthly' });
    const headers = { 'x-rate-limit-remaining': '0', 'x-rate-limit-reset': String(now / 1000 + 60), 'retry-after': '60' };
    expect(classify('twitter', { status: 429, headers, body }, { now })).toMatchObject({ rateLimit: 'monthly_cap', retryAfterMs: null });
  });

  it('does not give a retry time to permanent reasons', () => {
    const body = JSON.stringify({ errors: [{ code: 64, message: 'suspended' }] });
    expect(classify('twitter', { status: 403, headers: { 'retry-after': '60' }, body }, { now: NOW }).retryAfterMs).toBeNull();
  });
});
