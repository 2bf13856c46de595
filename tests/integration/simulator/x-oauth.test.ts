/** X OAuth 2.0 on the simulator: authorize page, PKCE code exchange, refresh rotation, revoke. */
import { createHash, randomBytes } from 'node:crypto';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { RunningSimulator } from '../../../main/simulator';
import { IDS, call, postForm, startTestSimulator, usersMe } from '../../fixtures/simulator/simulator-kit';

let sim: RunningSimulator;
beforeAll(async () => {
  sim = await startTestSimulator();
});
afterAll(() => sim.close());
beforeEach(() => sim.control.reset());

const verifier = (): string => randomBytes(48).toString('base64url');
const s256 = (v: string): string => createHash('sha256').update(v).digest('base64url');

function authorizeQuery(challenge: string, extra: Record<string, string> = {}): URLSearchParams {
  return new URLSearchParams({
    response_type: 'code',
    client_id: IDS.xClientId,
    redirect_uri: IDS.xRedirect,
    scope: 'tweet.read users.read offline.access',
    state: 'x-state-1',
    code_challenge: challenge,
    code_challenge_method: 'S256',
    ...extra,
  });
}

/** Drives the authorize page and returns the redirect location. */
async function authorize(query: URLSearchParams, action: 'authorize' | 'cancel' = 'authorize', xUserId: string = IDS.alphaX): Promise<URL> {
  const page = await call(`${sim.url}/i/oauth2/authorize?${query}`);
  expect(page.status).toBe(200);
  expect(page.text).toContain('Authorize app');
  const res = await postForm(sim, '/i/oauth2/authorize', { sim_query: query.toString(), sim_action: action, sim_user: xUserId });
  expect(res.status).toBe(302);
  return new URL(res.headers.get('location') ?? '');
}

function exchange(code: string, codeVerifier: string, redirectUri: string = IDS.xRedirect) {
  return postForm(sim, '/2/oauth2/token', {
    code,
    grant_type: 'authorization_code',
    client_id: IDS.xClientId,
    redirect_uri: redirectUri,
    code_verifier: codeVerifier,
  });
}

const refresh = (token: string) => postForm(sim, '/2/oauth2/token', { grant_type: 'refresh_token', refresh_token: token, client_id: IDS.xClientId });

const BAD_CODE = { error: 'invalid_request', error_description: 'Value passed for the authorization code was invalid.' };
const BAD_TOKEN = { error: 'invalid_request', error_description: 'Value passed for the token was invalid.' };

describe('authorization code + PKCE', () => {
  it('redirects with state and code, and exchanges the code with the S256 verifier', async () => {
    const v = verifier();
    const location = await authorize(authorizeQuery(s256(v)));
    expect(`${location.origin}${location.pathname}`).toBe(IDS.xRedirect);
    expect([...location.searchParams.keys()]).toEqual(['state', 'code']);
    expect(location.searchParams.get('state')).toBe('x-state-1');
    const res = await exchange(location.searchParams.get('code') ?? '', v);
    expect(res.status).toBe(200);
    expect(res.json).toEqual({
      token_type: 'bearer',
      expires_in: 7200,
      access_token: expect.any(String),
      scope: 'tweet.read users.read offline.access',
      refresh_token: expect.any(String),
    });
    const me = await usersMe(sim, (res.json as { access_token: string }).access_token);
    expect(me.json).toEqual({ data: { id: IDS.alphaX, name: 'Alpha', username: 'alpha_x' } });
  });

  it('supports the plain method and gives no refresh token without offline.access', async () => {
    const v = verifier();
    const location = await authorize(authorizeQuery(v, { code_challenge_method: 'plain', scope: 'tweet.read users.read' }));
    const res = await exchange(location.searchParams.get('code') ?? '', v);
    expect(res.json).not.toHaveProperty('refresh_token');
  });

  it('rejects a wrong verifier, a different redirect_uri, a reused code and a code older than 30 s', async () => {
    const v = verifier();
    const wrongVerifier = await exchange((await authorize(authorizeQuery(s256(v)))).searchParams.get('code') ?? '', verifier());
    expect(wrongVerifier.status).toBe(400);
    expect(wrongVerifier.json).toEqual(BAD_CODE);
    const wrongRedirect = await exchange((await authorize(authorizeQuery(s256(v)))).searchParams.get('code') ?? '', v, 'http://127.0.0.1:8765/other');
    expect(wrongRedirect.json).toEqual(BAD_CODE);
    const code = (await authorize(authorizeQuery(s256(v)))).searchParams.get('code') ?? '';
    expect((await exchange(code, v)).status).toBe(200);
    expect((await exchange(code, v)).json).toEqual(BAD_CODE);
    const late = (await authorize(authorizeQuery(s256(v)))).searchParams.get('code') ?? '';
    sim.control.advanceTime(31_000);
    expect((await exchange(late, v)).json).toEqual(BAD_CODE);
  });

  it('redirects with error=access_denied on cancel', async () => {
    const location = await authorize(authorizeQuery(s256(verifier())), 'cancel');
    expect(location.search).toBe('?error=access_denied&state=x-state-1');
  });

  it.each([
    ['a redirect_uri that is not an exact match', { redirect_uri: 'http://127.0.0.1:8766/x/callback' }],
    ['localhost instead of 127.0.0.1', { redirect_uri: 'http://localhost:8765/x/callback' }],
    ['an unknown client_id', { client_id: 'someone-else' }],
    ['no code_challenge', { code_challenge: '' }],
    ['no state', { state: '' }],
  ])('shows an error page for %s', async (_label, extra) => {
    const res = await call(`${sim.url}/i/oauth2/authorize?${authorizeQuery('c'.repeat(43), extra)}`);
    expect(res.status).toBe(400);
    expect(res.text).toContain('Something went wrong');
  });

  it('refuses an unknown client at the token endpoint', async () => {
    const res = await postForm(sim, '/2/oauth2/token', { grant_type: 'refresh_token', refresh_token: 'x', client_id: 'someone-else' });
    expect(res.status).toBe(401);
    expect(res.json).toMatchObject({ error: 'invalid_client' });
  });
});

describe('refresh token rotation', () => {
  it('returns a new pair each time and rejects reuse of a spent refresh token', async () => {
    const first = sim.control.mintXTokens(IDS.alphaX);
    const r1 = await refresh(first.refreshToken ?? '');
    expect(r1.status).toBe(200);
    const pair = r1.json as { access_token: string; refresh_token: string; expires_in: number };
    expect(pair.refresh_token).not.toBe(first.refreshToken);
    expect(pair.expires_in).toBe(7200);
    const reuse = await refresh(first.refreshToken ?? '');
    expect(reuse.status).toBe(400);
    expect(reuse.json).toEqual(BAD_TOKEN);
    expect((await refresh(pair.refresh_token)).status).toBe(200);
    expect((await usersMe(sim, pair.access_token)).status).toBe(200);
  });

  it('expires access tokens after two hours; a refresh recovers', async () => {
    const tokens = sim.control.mintXTokens(IDS.alphaX);
    sim.control.advanceTime(2 * 3600 * 1000);
    const expired = await usersMe(sim, tokens.accessToken);
    expect(expired.status).toBe(401);
    expect(expired.json).toEqual({ title: 'Unauthorized', type: 'about:blank', status: 401, detail: 'Unauthorized' });
    expect(expired.headers.get('x-rate-limit-limit')).toBeNull();
    const renewed = await refresh(tokens.refreshToken ?? '');
    expect((await usersMe(sim, (renewed.json as { access_token: string }).access_token)).status).toBe(200);
  });
});

describe('revoke', () => {
  it('revoking a refresh token ends the grant; unknown tokens still answer revoked:true', async () => {
    const tokens = sim.control.mintXTokens(IDS.alphaX);
    const res = await postForm(sim, '/2/oauth2/revoke', { token: tokens.refreshToken ?? '', client_id: IDS.xClientId, token_type_hint: 'refresh_token' });
    expect(res.json).toEqual({ revoked: true });
    expect((await usersMe(sim, tokens.accessToken)).status).toBe(401);
    expect((await refresh(tokens.refreshToken ?? '')).json).toEqual(BAD_TOKEN);
    expect((await postForm(sim, '/2/oauth2/revoke', { token: 'nothing', client_id: IDS.xClientId })).json).toEqual({ revoked: true });
  });

  it('revoking an access token ends only that token', async () => {
    const tokens = sim.control.mintXTokens(IDS.alphaX);
    await postForm(sim, '/2/oauth2/revoke', { token: tokens.accessToken, client_id: IDS.xClientId });
    expect((await usersMe(sim, tokens.accessToken)).status).toBe(401);
    expect((await refresh(tokens.refreshToken ?? '')).status).toBe(200);
  });
});
