// The checker itself: it must reject what the SDK's types reject, or every conformance test built on it is hollow.
import { describe, expect, it } from 'vitest';
import type { OAuth2Token, Schemas } from '@xdevplatform/xdk';
import { conformance, snakeToCamel } from '../../fixtures/x-sdk/sdk-conformance';

const user = { id: '2244994945', name: 'Developers', username: 'XDevelopers' } satisfies Schemas.User;
const token = { token_type: 'bearer', expires_in: 7200, access_token: 'at', scope: 'users.read', refresh_token: 'rt' } satisfies OAuth2Token;

describe('conformance checker', () => {
  it('uses the SDK key rule: snake_case → camelCase', () => {
    expect(snakeToCamel('profile_image_url')).toBe('profileImageUrl');
    expect(snakeToCamel('user.fields')).toBe('user.fields');
  });

  it('accepts SDK-typed values, wire keys camelCased', () => {
    expect(
      conformance(
        { data: { ...user, profile_image_url: 'https://x', public_metrics: { followers_count: 1, following_count: 2, listed_count: 0, post_count: 3 } } },
        'UsersMeOk',
        'camel',
      ),
    ).toEqual([]);
    expect(conformance(token, 'TokenOk', 'as-is')).toEqual([]);
  });

  it('rejects a key the SDK type does not have, at any depth', () => {
    expect(conformance({ data: { ...user, bogus: 1 } }, 'UsersMeOk', 'camel')).toEqual(['$.data.bogus: not in User']);
    expect(conformance({ ...token, id_token: 'x' }, 'TokenOk', 'as-is')).toEqual(['$.id_token: not in OAuth2Token']);
  });

  it('rejects a missing required key and a wrong primitive', () => {
    const { expires_in: _dropped, ...noExpiry } = token;
    expect(conformance(noExpiry, 'TokenOk', 'as-is')).toEqual(['$: missing required expires_in of OAuth2Token']);
    expect(conformance({ ...token, expires_in: '7200' }, 'TokenOk', 'as-is')).toEqual(['$.expires_in: "7200" is not number']);
  });

  it('rejects a problem type URI outside the SDK union, and camelCase keys sent as-is', () => {
    const problem = { title: 'Invalid Request', detail: 'd', type: 'https://api.twitter.com/2/problems/invalid-request' };
    expect(conformance(problem, 'SdkProblem', 'camel')).not.toEqual([]);
    expect(conformance({ ...problem, type: 'https://api.x.com/2/problems/invalid-request' }, 'SdkProblem', 'camel')).toEqual([]);
    expect(conformance({ accessToken: 'at', token_type: 'bearer', expires_in: 1 }, 'TokenOk', 'as-is')).toContain('$.accessToken: not in OAuth2Token');
  });
});
