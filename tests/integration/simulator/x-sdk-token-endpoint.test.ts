/**
 * POST /2/oauth2/token and /2/oauth2/revoke on the simulator against X's SDK: success bodies are the SDK's
 * OAuth2Token (read by its own OAuth2 class), errors RFC 6749 §5.2 (the SDK has no type for them).
 */
import { createHash, randomBytes } from 'node:crypto';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { OAuth2 } from '@xdevplatform/xdk';
import type { RunningSimulator } from '../../../main/simulator';
import { IDS, postForm, startTestSimulator } from '../../fixtures/simulator/simulator-kit';
import { expectFits } from '../../fixtures/x-sdk/sdk-expect';

let sim: RunningSimulator;
beforeAll(async () => {
  sim = await startTestSimulator();
});
afterAll(() => sim.close());
beforeEach(() => sim.control.reset());
afterEach(() => vi.unstubAllGlobals());

const client = { client_id: IDS.xClientId };
const token = (form: Record<string, string>) => postForm(sim, '/2/oauth2/token', { ...client, ...form });
const refreshWith = (refreshToken: string) => token({ grant_type: 'refresh_token', refresh_token: refreshToken });

/** Approves the authorize page for alpha and returns a fresh code for this verifier. */
async function codeFor(verifier: string, scope = 'tweet.read users.read offline.access'): Promise<string> {
  const query = new URLSearchParams({
    response_type: 'code',
    client_id: IDS.xClientId,
    redirect_uri: IDS.xRedirect,
    scope,
    state: 's',
    code_challenge: createHash('sha256').update(verifier).digest('base64url'),
    code_challenge_method: 'S256',
  });
  const res = await postForm(sim, '/i/oauth2/authorize', { sim_query: query.toString(), sim_action: 'authorize', sim_user: IDS.alphaX });
  return new URL(res.headers.get('location') ?? '').searchParams.get('code') ?? '';
}

describe('success: OAuth2Token', () => {
  it('code exchange, with and without offline.access', async () => {
    const v = randomBytes(32).toString('base64url');
    const exchange = (code: string) => token({ grant_type: 'authorization_code', code, redirect_uri: IDS.xRedirect, code_verifier: v });
    expectFits(await exchange(await codeFor(v)), 200, 'TokenOk', 'as-is');
    const online = await exchange(await codeFor(v, 'tweet.read users.read'));
    expectFits(online, 200, 'TokenOk', 'as-is');
    expect(online.json).not.toHaveProperty('refresh_token');
  });

  it('refresh', async () => {
    expectFits(await refreshWith(sim.control.mintXTokens(IDS.alphaX).refreshToken ?? ''), 200, 'TokenOk', 'as-is');
  });

  it("the SDK's OAuth2 class exchanges and refreshes against the simulator", async () => {
    const realFetch = globalThis.fetch;
    // The SDK posts to https://api.x.com/2/oauth2/token; send that to the simulator instead.
    vi.stubGlobal('fetch', (input: string | URL, init?: RequestInit) => realFetch(String(input).replace('https://api.x.com', sim.url), init));
    const oauth = new OAuth2({ clientId: IDS.xClientId, redirectUri: IDS.xRedirect });
    const v = randomBytes(32).toString('base64url');
    const first = await oauth.exchangeCode(await codeFor(v), v);
    expect(first).toMatchObject({ token_type: 'bearer', expires_in: 7200, access_token: expect.any(String), refresh_token: expect.any(String) });
    const second = await oauth.refreshToken();
    expect(second.access_token).not.toBe(first.access_token);
    expect(second.scope).toBe('tweet.read users.read offline.access');
  });
});

describe('errors: RFC 6749 §5.2 body', () => {
  it('a spent refresh token', async () => {
    const minted = sim.control.mintXTokens(IDS.alphaX).refreshToken ?? '';
    await refreshWith(minted);
    expectFits(await refreshWith(minted), 400, 'TokenError', 'as-is');
  });

  it('a bad client, a bad code, a missing and an unknown grant_type', async () => {
    expectFits(
      await postForm(sim, '/2/oauth2/token', { client_id: 'someone-else', grant_type: 'refresh_token', refresh_token: 'x' }),
      401,
      'TokenError',
      'as-is',
    );
    expectFits(await token({ grant_type: 'authorization_code', code: 'nope', redirect_uri: IDS.xRedirect, code_verifier: 'v' }), 400, 'TokenError', 'as-is');
    expectFits(await token({}), 400, 'TokenError', 'as-is');
    expectFits(await token({ grant_type: 'client_credentials' }), 400, 'TokenError', 'as-is');
  });
});

describe('revoke', () => {
  it('answers {"revoked":true} (no SDK type; UNVERIFIED shape)', async () => {
    const minted = sim.control.mintXTokens(IDS.alphaX);
    expectFits(await postForm(sim, '/2/oauth2/revoke', { ...client, token: minted.accessToken }), 200, 'RevokeOk', 'as-is');
  });
});
