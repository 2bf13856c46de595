/** X scenarios and rate limits: locked, suspended, app access revoked, expired and reused refresh tokens, 429s. */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { RunningSimulator } from '../../../main/simulator';
import { IDS, postForm, startTestSimulator, testWorld, usersMe } from '../../fixtures/simulator/simulator-kit';

let sim: RunningSimulator;
beforeAll(async () => {
  sim = await startTestSimulator();
});
afterAll(() => sim.close());
beforeEach(() => sim.control.reset());

const refresh = (token: string | null) =>
  postForm(sim, '/2/oauth2/token', { grant_type: 'refresh_token', refresh_token: token ?? '', client_id: IDS.xClientId });
const BAD_TOKEN = { error: 'invalid_request', error_description: 'Value passed for the token was invalid.' };

describe('account state', () => {
  it('x_account_locked: 403 with the v1.1 error 326', async () => {
    const alpha = sim.control.mintXTokens(IDS.alphaX);
    const beta = sim.control.mintXTokens(IDS.betaX);
    sim.control.apply({ scenario: 'x_account_locked', target: IDS.alphaX });
    const res = await usersMe(sim, alpha.accessToken);
    expect(res.status).toBe(403);
    const body = res.json as { errors: { code: number; message: string; bounce_location?: string }[] };
    expect(body.errors[0]?.code).toBe(326);
    expect(body.errors[0]?.message).toContain('this account is temporarily locked');
    expect(res.headers.get('x-rate-limit-limit')).toBe('75');
    expect((await usersMe(sim, beta.accessToken)).status).toBe(200);
    sim.control.revert({ scenario: 'x_account_locked', target: IDS.alphaX });
    expect((await usersMe(sim, alpha.accessToken)).status).toBe(200);
  });

  it('x_account_suspended: 403 problem type user-suspended, also for fresh tokens', async () => {
    sim.control.apply({ scenario: 'x_account_suspended', target: IDS.alphaX });
    const fresh = sim.control.mintXTokens(IDS.alphaX);
    const res = await usersMe(sim, fresh.accessToken);
    expect(res.status).toBe(403);
    expect(res.json).toEqual({
      detail: 'The user used for authentication is suspended',
      title: 'Forbidden',
      status: 403,
      type: 'https://api.twitter.com/2/problems/user-suspended',
    });
  });
});

describe('token scenarios', () => {
  it('x_app_access_revoked: 401 about:blank and the refresh fails; a new authorization works', async () => {
    const alpha = sim.control.mintXTokens(IDS.alphaX);
    const beta = sim.control.mintXTokens(IDS.betaX);
    sim.control.apply({ scenario: 'x_app_access_revoked', target: IDS.alphaX });
    const res = await usersMe(sim, alpha.accessToken);
    expect(res.json).toEqual({ title: 'Unauthorized', type: 'about:blank', status: 401, detail: 'Unauthorized' });
    expect((await refresh(alpha.refreshToken)).json).toEqual(BAD_TOKEN);
    expect((await usersMe(sim, beta.accessToken)).status).toBe(200);
    expect((await usersMe(sim, sim.control.mintXTokens(IDS.alphaX).accessToken)).status).toBe(200);
    sim.control.revert({ scenario: 'x_app_access_revoked', target: IDS.alphaX });
    expect((await usersMe(sim, alpha.accessToken)).status).toBe(200);
  });

  it('x_access_token_expired: 401 until an automatic refresh', async () => {
    const alpha = sim.control.mintXTokens(IDS.alphaX);
    sim.control.apply({ scenario: 'x_access_token_expired', target: IDS.alphaX });
    expect((await usersMe(sim, alpha.accessToken)).status).toBe(401);
    const renewed = await refresh(alpha.refreshToken);
    expect(renewed.status).toBe(200);
    expect((await usersMe(sim, (renewed.json as { access_token: string }).access_token)).status).toBe(200);
  });

  it.each(['x_refresh_token_reused', 'x_refresh_token_expired'] as const)('%s: 401, then the refresh fails with invalid_request', async (scenario) => {
    const alpha = sim.control.mintXTokens(IDS.alphaX);
    const beta = sim.control.mintXTokens(IDS.betaX);
    sim.control.apply({ scenario, target: IDS.alphaX });
    expect((await usersMe(sim, alpha.accessToken)).status).toBe(401);
    const res = await refresh(alpha.refreshToken);
    expect(res.status).toBe(400);
    expect(res.json).toEqual(BAD_TOKEN);
    expect((await refresh(beta.refreshToken)).status).toBe(200);
    sim.control.revert({ scenario, target: IDS.alphaX });
    expect((await refresh(alpha.refreshToken)).status).toBe(200);
  });

  it('refresh tokens die of old age (time travel past the configured lifetime)', async () => {
    const alpha = sim.control.mintXTokens(IDS.alphaX);
    sim.control.advanceTime(181 * 24 * 3600 * 1000);
    expect((await refresh(alpha.refreshToken)).json).toEqual(BAD_TOKEN);
  });
});

describe('rate limits on /2/users/me', () => {
  it('counts per user in a 15-minute window, answers 429 with reset headers, and resets with time', async () => {
    const world = testWorld();
    world.limits = { x: { usersMePer15Min: 3 } };
    const own = await startTestSimulator(7, world);
    try {
      const alpha = own.control.mintXTokens(IDS.alphaX);
      const beta = own.control.mintXTokens(IDS.betaX);
      const remaining: (string | null)[] = [];
      for (let i = 0; i < 3; i++) remaining.push((await usersMe(own, alpha.accessToken)).headers.get('x-rate-limit-remaining'));
      expect(remaining).toEqual(['2', '1', '0']);
      const limited = await usersMe(own, alpha.accessToken);
      expect(limited.status).toBe(429);
      expect(limited.json).toEqual({ title: 'Too Many Requests', type: 'about:blank', status: 429, detail: 'Too Many Requests' });
      const reset = Number(limited.headers.get('x-rate-limit-reset'));
      expect(reset * 1000).toBeGreaterThan(own.control.now());
      expect(reset * 1000).toBeLessThanOrEqual(own.control.now() + 15 * 60 * 1000 + 1000);
      expect((await usersMe(own, beta.accessToken)).status).toBe(200);
      own.control.advanceTime(15 * 60 * 1000);
      expect((await usersMe(own, alpha.accessToken)).status).toBe(200);
    } finally {
      await own.close();
    }
  });
});
