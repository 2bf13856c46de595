import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { GrantId } from '../../../../../shared/domain/ids';
import { accountOf, assertStorableValue, grantAccountPrefix, grantOf, keyOfAccount } from '../../../../../main/core/secrets/secret-keys';
import { isSecretStoreError, MAX_SECRET_BYTES, type SecretKey } from '../../../../../main/core/secrets/secret-store';

const grant = (id: string): GrantId => id as GrantId;
const id = fc.string({ minLength: 1, maxLength: 200 });

describe('secret key scheme', () => {
  it('names items readably', () => {
    expect(accountOf({ kind: 'grant_tokens', grantId: grant('fb-123') })).toBe('grant:fb-123:tokens');
    expect(accountOf({ kind: 'grant_tokens_next', grantId: grant('x-9') })).toBe('grant:x-9:tokens-next');
    expect(accountOf({ kind: 'page_token', grantId: grant('fb-123'), pageId: '1044' })).toBe('grant:fb-123:page:1044');
    expect(accountOf({ kind: 'app_secret', app: 'meta' })).toBe('app:meta:secret');
    expect(accountOf({ kind: 'alert_webhook' })).toBe('alerts:webhook');
  });

  it('round-trips every key, whatever characters the ids hold (":" included)', () => {
    const key: fc.Arbitrary<SecretKey> = fc.oneof(
      id.map((g): SecretKey => ({ kind: 'grant_tokens', grantId: grant(g) })),
      id.map((g): SecretKey => ({ kind: 'grant_tokens_next', grantId: grant(g) })),
      fc.tuple(id, id).map(([g, p]): SecretKey => ({ kind: 'page_token', grantId: grant(g), pageId: p })),
      fc.constantFrom<SecretKey>({ kind: 'app_secret', app: 'meta' }, { kind: 'app_secret', app: 'x' }, { kind: 'alert_webhook' }),
    );
    fc.assert(
      fc.property(key, (k) => {
        expect(keyOfAccount(accountOf(k))).toEqual(k);
      }),
    );
  });

  it("keeps grants apart: one grant's prefix never matches another grant's items", () => {
    fc.assert(
      fc.property(id, id, id, (a, b, page) => {
        fc.pre(a !== b);
        const prefix = grantAccountPrefix(grant(a));
        expect(accountOf({ kind: 'grant_tokens', grantId: grant(b) }).startsWith(prefix)).toBe(false);
        expect(accountOf({ kind: 'page_token', grantId: grant(b), pageId: page }).startsWith(prefix)).toBe(false);
      }),
    );
  });

  it('ignores account names Tether did not write', () => {
    for (const account of ['tether:health-probe', 'grant:', 'grant:x', 'grant:x:other', 'app:linkedin:secret', 'grant:%E0%A4%A:tokens', 'grant:x:page:']) {
      expect(keyOfAccount(account)).toBeNull();
    }
  });

  it('refuses empty or oversized ids with a typed error', () => {
    expect(() => accountOf({ kind: 'grant_tokens', grantId: grant('') })).toThrow(/1 to 200/);
    expect(() => accountOf({ kind: 'page_token', grantId: grant('g'), pageId: 'p'.repeat(201) })).toThrow(/page id/);
  });

  it('knows which grant a key belongs to', () => {
    expect(grantOf({ kind: 'page_token', grantId: grant('g'), pageId: 'p' })).toBe('g');
    expect(grantOf({ kind: 'app_secret', app: 'meta' })).toBeNull();
    expect(grantOf({ kind: 'alert_webhook' })).toBeNull();
  });

  it('accepts values up to the Windows limit, counted in UTF-8 bytes', () => {
    expect(() => assertStorableValue('é'.repeat(MAX_SECRET_BYTES / 2))).not.toThrow();
    let caught: unknown;
    try {
      assertStorableValue('é'.repeat(MAX_SECRET_BYTES / 2 + 1));
    } catch (error) {
      caught = error;
    }
    expect(isSecretStoreError(caught, 'invalid')).toBe(true);
    expect(() => assertStorableValue('')).toThrow(/non-empty/);
  });
});
