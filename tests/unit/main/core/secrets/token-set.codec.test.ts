import { describe, expect, it } from 'vitest';
import { decodeTokenSet, encodeTokenSet, type TokenSet } from '../../../../../main/core/secrets/token-set.codec';
import { isSecretStoreError } from '../../../../../main/core/secrets/secret-store';

const tokens: TokenSet = {
  v: 1,
  accessToken: 'bWRWa3gzdnk3WFRGOTBUOHZmQTNzYVlzZFFaNUJEZDZjOFZtM0JJbXNBSGdBOjE2MjI',
  refreshToken: 'Wk9ZcUh1N2RsbXZDOVp3ZVJ2a1hTN0JwS1ZSQkR3d0lxN0tOTmZvb0hTY2Fx',
  accessExpiresAt: 1_795_000_000_000,
  refreshExpiresAt: null,
  dataAccessExpiresAt: null,
  scopes: ['tweet.read', 'users.read', 'offline.access'],
  obtainedAt: 1_794_992_800_000,
};

function errorOf(run: () => unknown): unknown {
  try {
    run();
  } catch (error) {
    return error;
  }
  return undefined;
}

describe('TokenSet codec', () => {
  it('round-trips a token set', () => {
    expect(decodeTokenSet(encodeTokenSet(tokens))).toEqual(tokens);
  });

  it('refuses to encode an incomplete set, naming fields but not values', () => {
    const error = errorOf(() => encodeTokenSet({ ...tokens, accessToken: '' }));
    expect(isSecretStoreError(error, 'invalid')).toBe(true);
    expect((error as Error).message).toContain('accessToken');
  });

  it('reports stored text that is not a token set as unreadable, without quoting it', () => {
    const stored = `{"v":2,"accessToken":"${tokens.accessToken}"}`;
    const error = errorOf(() => decodeTokenSet(stored));
    expect(isSecretStoreError(error, 'unreadable')).toBe(true);
    expect((error as Error).message).not.toContain(tokens.accessToken);
    expect(
      isSecretStoreError(
        errorOf(() => decodeTokenSet(`not json ${tokens.accessToken}`)),
        'unreadable',
      ),
    ).toBe(true);
    expect((errorOf(() => decodeTokenSet(`not json ${tokens.accessToken}`)) as Error).message).not.toContain(tokens.accessToken);
  });

  it('refuses unknown fields, so a format change is never half-read', () => {
    const stored = JSON.stringify({ ...tokens, idToken: 'x' });
    expect(
      isSecretStoreError(
        errorOf(() => decodeTokenSet(stored)),
        'unreadable',
      ),
    ).toBe(true);
  });
});
