// Properties: a 5xx, a 429 or `is_transient: true` is never permanent and never a disconnect reason, whatever
// the body, codes and headers; and the classifier never throws, whatever it is given.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PROVIDER_IDS } from '../../../../../shared/domain/provider-id';
import { REASON_IDS } from '../../../../../shared/domain/reason-id';
import { isDisconnectReason } from '../../../../../shared/reasons/reason-policy';
import { classify } from '../../../../../main/core/reasons/classify';

const NOW = Date.UTC(2026, 10, 28, 9, 0, 0);

// Codes that mean something to the classifiers, so random bodies hit the permanent mappings too.
const GRAPH_CODES = [1, 2, 3, 4, 10, 17, 24, 25, 32, 100, 102, 190, 200, 283, 368, 415, 452, 506, 613, 80001, 80002, -1, -2, 36003];
const SUBCODES = [458, 459, 460, 463, 464, 467, 492, 1404006, 1404078, 2859009, 1404120, 2207050, 2207051, 2207042, 2207001];
const X_V1_CODES = [32, 63, 64, 88, 89, 135, 215, 226, 261, 326, 415];
const X_TYPES = [
  'about:blank',
  'https://api.twitter.com/2/problems/user-suspended',
  'https://api.x.com/2/problems/usage-capped',
  'https://api.x.com/2/problems/client-forbidden',
];
const OAUTH_CODES = ['invalid_request', 'invalid_grant', 'invalid_token', 'insufficient_scope', 'invalid_client', 'access_denied'];

const code = fc.oneof(fc.constantFrom(...GRAPH_CODES), fc.integer({ min: -5, max: 100_000 }), fc.constant(null));
const subcode = fc.oneof(fc.constantFrom(...SUBCODES), fc.integer(), fc.constant(undefined));
const text = fc.string({ maxLength: 80 });

const graphError = (transient: fc.Arbitrary<boolean | undefined>): fc.Arbitrary<unknown> =>
  fc.record({
    error: fc.record(
      {
        code,
        error_subcode: subcode,
        message: fc.oneof(text, fc.constant('(#10) The user is not an Instagram Business')),
        type: fc.constantFrom('OAuthException', 'IGApiException'),
        is_transient: transient,
      },
      { requiredKeys: ['code', 'is_transient'] },
    ),
  });

const otherBodies: fc.Arbitrary<unknown> = fc.oneof(
  fc.record({ title: text, type: fc.constantFrom(...X_TYPES), status: fc.integer({ min: 100, max: 599 }), detail: text }),
  fc.record({ errors: fc.array(fc.record({ code: fc.constantFrom(...X_V1_CODES), message: text }), { minLength: 1, maxLength: 3 }) }),
  fc.record({ error: fc.constantFrom(...OAUTH_CODES), error_description: text }),
  fc.record({ data: fc.record({ is_valid: fc.boolean(), error: fc.record({ code, subcode }) }) }),
  fc.record({ id: text, is_published: fc.boolean(), account_type: fc.constantFrom('MEDIA_CREATOR', 'PERSONAL', 'BUSINESS') }),
  fc.jsonValue(),
);

const asBody = (value: unknown): fc.Arbitrary<string> =>
  fc.constantFrom(JSON.stringify(value) ?? '', '', '<!DOCTYPE html><html><body>Error</body></html>', 'Service Unavailable');

const anyBody = fc.oneof(graphError(fc.option(fc.boolean(), { nil: undefined })), otherBodies).chain(asBody);

const headers = fc.dictionary(
  fc.constantFrom('x-app-usage', 'x-business-use-case-usage', 'x-rate-limit-reset', 'x-rate-limit-remaining', 'retry-after', 'x-fb-trace-id', 'content-type'),
  fc.oneof(text, fc.integer({ min: 0, max: 2_000_000_000 }).map(String), fc.constant('{"call_count":100}')),
);

const provider = fc.constantFrom(...PROVIDER_IDS);
const now = fc.integer({ min: 1_600_000_000_000, max: 2_000_000_000_000 });

function expectNotADisconnect(result: ReturnType<typeof classify>): void {
  expect(result.permanent).toBe(false);
  expect(isDisconnectReason(result.reason)).toBe(false);
  if (result.retryAfterMs !== null) expect(result.retryAfterMs).toBeGreaterThanOrEqual(0);
}

describe('classify: transient failures never disconnect', () => {
  it('any 5xx response is never permanent', () => {
    fc.assert(
      fc.property(provider, fc.integer({ min: 500, max: 599 }), headers, anyBody, now, (p, status, h, body, n) => {
        expectNotADisconnect(classify(p, { status, headers: h, body }, { now: n }));
      }),
      { numRuns: 2000 },
    );
  });

  it('any 429 response is never permanent', () => {
    fc.assert(
      fc.property(provider, headers, anyBody, now, (p, h, body, n) => {
        const result = classify(p, { status: 429, headers: h, body }, { now: n });
        expectNotADisconnect(result);
      }),
      { numRuns: 1000 },
    );
  });

  it('any response with is_transient:true is never permanent, whatever its status and code', () => {
    const body = graphError(fc.constant(true)).chain((v) => fc.constant(JSON.stringify(v)));
    fc.assert(
      fc.property(provider, fc.integer({ min: 100, max: 599 }), headers, body, now, (p, status, h, b, n) => {
        expectNotADisconnect(classify(p, { status, headers: h, body: b }, { now: n }));
      }),
      { numRuns: 2000 },
    );
  });

  it('timeouts and network errors are never permanent', () => {
    fc.assert(
      fc.property(provider, fc.constantFrom('timeout' as const, 'network' as const), text, (p, kind, message) => {
        expectNotADisconnect(classify(p, { kind, message }, { now: NOW }));
      }),
    );
  });
});

describe('classify: total', () => {
  it('never throws and always answers a known reason, whatever the status, headers and body', () => {
    fc.assert(
      fc.property(provider, fc.integer({ min: 100, max: 599 }), headers, fc.oneof(anyBody, fc.string()), now, (p, status, h, body, n) => {
        const result = classify(p, { status, headers: h, body }, { now: n });
        expect(REASON_IDS).toContain(result.reason);
        if (result.rateLimit !== undefined) expect(result.reason).toBe('rate_limited');
      }),
      { numRuns: 2000 },
    );
  });
});
