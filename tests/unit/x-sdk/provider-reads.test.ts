// The X provider reads users/me and token answers by the SDK's field names: feed it SDK-typed bodies and every
// field must land. A renamed read (e.g. `expiresIn`) would lose a value here.
import { describe, expect, it } from 'vitest';
import type { OAuth2Token, Schemas } from '@xdevplatform/xdk';
import { createTwitterProvider } from '../../../main/core/providers/twitter/twitter.provider';
import { tokenSetFromResponse } from '../../../main/core/providers/twitter/x-token-endpoint';
import { RateLimitGovernor } from '../../../main/core/providers/rate-limit-governor';
import { endpointsAt } from '../../../main/core/providers/network-endpoints';
import type { GrantId } from '../../../shared/domain/ids';
import { conformance } from '../../fixtures/x-sdk/sdk-conformance';

const NOW = Date.UTC(2026, 0, 5);
const token = { token_type: 'bearer', expires_in: 7200, access_token: 'at-1', scope: 'tweet.read users.read', refresh_token: 'rt-1' } satisfies OAuth2Token;
// id, name and username are the same in snake_case and camelCase, so this is also the wire body.
const me = { data: { id: '2244994945', name: 'Developers', username: 'XDevelopers' } } satisfies Schemas.GetUsersMeResponse;

describe('provider reads SDK field names', () => {
  it('the fixtures are SDK-conformant at runtime too', () => {
    expect(conformance(token, 'TokenOk', 'as-is')).toEqual([]);
    expect(conformance(me, 'UsersMeOk', 'camel')).toEqual([]);
  });

  it('token answer: access_token, refresh_token, expires_in, scope', () => {
    expect(tokenSetFromResponse(JSON.stringify(token), NOW, null)).toMatchObject({
      accessToken: 'at-1',
      refreshToken: 'rt-1',
      accessExpiresAt: NOW + 7_200_000,
      scopes: ['tweet.read', 'users.read'],
    });
  });

  it('users/me answer: data.id, data.name, data.username', async () => {
    const provider = createTwitterProvider({
      fetch: () => Promise.resolve(new Response(JSON.stringify(me), { status: 200, headers: { 'content-type': 'application/json' } })),
      clock: { now: () => NOW },
      governor: new RateLimitGovernor(),
      endpoints: endpointsAt('http://x.invalid'),
      apps: { metaAppId: null, xClientId: 'c', metaAppSecret: () => Promise.resolve(null) },
    });
    const tokens = tokenSetFromResponse(JSON.stringify(token), NOW, null);
    if (!tokens) throw new Error('no token set');
    const found = await provider.discover({ id: 'g1' as GrantId, tokens, pageTokens: new Map(), accounts: [] });
    expect(found).toMatchObject({ kind: 'ok', accounts: [{ networkAccountId: '2244994945', name: 'Developers', handle: '@XDevelopers' }] });
  });
});
