/**
 * The X plans a world can be on, over real HTTP: pay-per-use bills one user read per user per UTC day and answers
 * 402 once the credits are spent; a capped plan meters /2/users/me per user per 24 hours; unlimited bills nothing.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { RunningSimulator, WorldInput } from '../../../main/simulator';
import { IDS, controlCall, startTestSimulator, testWorld, usersMe } from '../../fixtures/simulator/simulator-kit';

const HOUR = 3_600_000;
let sim: RunningSimulator | undefined;
afterEach(async () => {
  await sim?.close();
  sim = undefined;
});

async function start(plan: NonNullable<WorldInput['x']['plan']>): Promise<RunningSimulator> {
  const world = testWorld();
  world.x = { ...world.x, plan };
  sim = await startTestSimulator(11, world);
  return sim;
}

/** Moves the simulator to 10:00 UTC of its next day, so a test knows where the UTC midnight is. */
function toNextMorning(s: RunningSimulator): void {
  const now = s.control.now();
  const nextMidnight = Math.ceil(now / (24 * HOUR)) * 24 * HOUR;
  s.control.advanceTime(nextMidnight + 10 * HOUR - now);
}

describe('pay-per-use', () => {
  it('bills $0.010 for the first /2/users/me of a user each UTC day, and nothing for the repeats', async () => {
    const s = await start({ kind: 'pay_per_use', creditsUsd: 1 });
    toNextMorning(s);
    const alpha = s.control.mintXTokens(IDS.alphaX);
    const beta = s.control.mintXTokens(IDS.betaX);
    for (let i = 0; i < 3; i++) expect((await usersMe(s, alpha.accessToken)).status).toBe(200);
    expect((await usersMe(s, beta.accessToken)).status).toBe(200);
    expect(s.control.xBilling()).toMatchObject({ plan: 'pay_per_use', billedUsd: 0.02, charges: 2, balanceUsd: 0.98 });
    // 13:59 later is still the same UTC day; 14:01 later is the next one.
    s.control.advanceTime(13 * HOUR + 59 * 60_000);
    await usersMe(s, s.control.mintXTokens(IDS.alphaX).accessToken);
    expect(s.control.xBilling().billedUsd).toBe(0.02);
    s.control.advanceTime(2 * 60_000);
    await usersMe(s, s.control.mintXTokens(IDS.alphaX).accessToken);
    expect(s.control.xBilling()).toMatchObject({ billedUsd: 0.03, byUser: { [IDS.alphaX]: 0.02, [IDS.betaX]: 0.01 } });
  });

  it('bills no error answer: a revoked token or a suspended account costs nothing', async () => {
    const s = await start({ kind: 'pay_per_use', creditsUsd: 1 });
    expect((await usersMe(s, 'not-a-token')).status).toBe(401);
    s.control.apply({ scenario: 'x_account_suspended', target: IDS.alphaX });
    expect((await usersMe(s, s.control.mintXTokens(IDS.alphaX).accessToken)).status).toBe(403);
    expect(s.control.xBilling()).toMatchObject({ billedUsd: 0, charges: 0, balanceUsd: 1 });
  });

  it('answers 402 "credits depleted" once the balance is spent, keeps the token endpoint working, and serves again after a top-up', async () => {
    const s = await start({ kind: 'pay_per_use', creditsUsd: 0.015 });
    toNextMorning(s);
    const alpha = s.control.mintXTokens(IDS.alphaX);
    const beta = s.control.mintXTokens(IDS.betaX);
    expect((await usersMe(s, alpha.accessToken)).status).toBe(200);
    // The second charge takes the balance below zero, as X allows ("slightly negative").
    expect((await usersMe(s, beta.accessToken)).status).toBe(200);
    expect(s.control.xBilling().balanceUsd).toBeCloseTo(-0.005, 6);
    const refused = await usersMe(s, alpha.accessToken);
    expect(refused.status).toBe(402);
    expect(refused.json).toEqual({ title: 'Payment Required', detail: 'credits depleted', type: 'https://api.x.com/2/problems/credits-depleted' });
    // The rate-limit window is still reported, far from spent (as in the public capture).
    expect(Number(refused.headers.get('x-rate-limit-remaining'))).toBeGreaterThan(60);
    const refresh = await fetch(`${s.url}/2/oauth2/token`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ grant_type: 'refresh_token', refresh_token: alpha.refreshToken ?? '', client_id: IDS.xClientId }).toString(),
    });
    expect(refresh.status).toBe(200);
    const topUp = await controlCall(s, '/x/credits', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ usd: 5 }) });
    expect(topUp.status).toBe(200);
    expect((await usersMe(s, s.control.mintXTokens(IDS.alphaX).accessToken)).status).toBe(200);
    expect(s.control.xBilling()).toMatchObject({ refused: 1, billedUsd: 0.02 });
  });

  it('prices Owned Reads of the app owner lower, and never /2/users/me', async () => {
    const { userReadPrice } = await import('../../../main/simulator/x/x-billing');
    const owner = { authedUserId: IDS.alphaX, ownerUserId: IDS.alphaX };
    expect(userReadPrice({ ...owner, path: `/2/users/${IDS.alphaX}/followers` })).toBe(1_000);
    expect(userReadPrice({ ...owner, path: `/2/users/${IDS.betaX}/followers` })).toBe(10_000);
    expect(userReadPrice({ authedUserId: IDS.betaX, ownerUserId: IDS.alphaX, path: `/2/users/${IDS.betaX}/followers` })).toBe(10_000);
    expect(userReadPrice({ ...owner, path: '/2/users/me' })).toBe(10_000);
  });
});

describe('capped', () => {
  it('allows 25 /2/users/me per user per 24 hours, reported in x-rate-limit-* headers, then 429 until the reset', async () => {
    const s = await start({ kind: 'capped', usersMePer24hPerUser: 25 });
    const alpha = s.control.mintXTokens(IDS.alphaX);
    const first = await usersMe(s, alpha.accessToken);
    expect(first.headers.get('x-rate-limit-limit')).toBe('25');
    expect(first.headers.get('x-rate-limit-remaining')).toBe('24');
    const reset = Number(first.headers.get('x-rate-limit-reset')) * 1000;
    expect(Math.abs(reset - (s.control.now() + 24 * HOUR))).toBeLessThan(2_000);
    for (let i = 0; i < 24; i++) {
      s.control.advanceTime(30 * 60_000);
      expect((await usersMe(s, s.control.mintXTokens(IDS.alphaX).accessToken)).status).toBe(200);
    }
    const over = await usersMe(s, s.control.mintXTokens(IDS.alphaX).accessToken);
    expect(over.status).toBe(429);
    expect(over.headers.get('x-rate-limit-remaining')).toBe('0');
    // Another user has its own 25.
    expect((await usersMe(s, s.control.mintXTokens(IDS.betaX).accessToken)).status).toBe(200);
    s.control.advanceTime(reset - s.control.now());
    expect((await usersMe(s, s.control.mintXTokens(IDS.alphaX).accessToken)).status).toBe(200);
    expect(s.control.xBilling()).toMatchObject({ plan: 'capped', billedUsd: 0, balanceUsd: null });
  });
});

describe('unlimited', () => {
  it('bills nothing and keeps only the 15-minute window', async () => {
    const s = await start({ kind: 'unlimited' });
    const answer = await usersMe(s, s.control.mintXTokens(IDS.alphaX).accessToken);
    expect(answer.status).toBe(200);
    expect(answer.headers.get('x-rate-limit-limit')).toBe('75');
    expect(s.control.xBilling()).toMatchObject({ plan: 'unlimited', billedUsd: 0, charges: 0 });
    const credits = await controlCall(s, '/x/credits', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ usd: 5 }) });
    expect(credits.status).toBe(400);
  });
});
