/** The X provider against the simulator's X API v2 and OAuth 2.0 token endpoint. */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createTwitterProvider, REFRESH_MARGIN_MS } from '../../../../../../main/core/providers/twitter/twitter.provider';
import { endpointsAt } from '../../../../../../main/core/providers/network-endpoints';
import { RateLimitGovernor } from '../../../../../../main/core/providers/rate-limit-governor';
import type { GrantInput, ProviderDeps, SocialProvider } from '../../../../../../main/core/providers/provider';
import type { TokenSet } from '../../../../../../main/core/secrets/token-set.codec';
import type { RunningSimulator } from '../../../../../../main/simulator';
import type { AccountId, GrantId } from '../../../../../../shared/domain/ids';
import { IDS, startTestSimulator } from '../../../../../fixtures/simulator/simulator-kit';
import { X_SCOPES } from '../../../../../../main/core/providers/twitter/x-scopes';
import { tokenSet } from '../../../../../../main/app/demo/open-demo-core';

const ALL_SCOPES = [...X_SCOPES];
const TWO_HOURS = 2 * 3_600_000;
let sim: RunningSimulator;

beforeAll(async () => {
  sim = await startTestSimulator();
});
afterAll(() => sim.close());
beforeEach(() => sim.control.reset());

function provider(overrides: Partial<ProviderDeps> = {}): SocialProvider {
  return createTwitterProvider({
    fetch: (input, init) => fetch(input, init),
    clock: { now: () => sim.control.now() },
    governor: new RateLimitGovernor(),
    endpoints: endpointsAt(sim.url),
    apps: { metaAppId: null, metaAppSecret: () => Promise.resolve(null), xClientId: IDS.xClientId },
    timeoutMs: 5_000,
    ...overrides,
  });
}

function mint(scopes = ALL_SCOPES): TokenSet {
  const minted = sim.control.mintXTokens(IDS.alphaX, { scopes });
  const now = sim.control.now();
  return tokenSet(minted.accessToken, minted.refreshToken, minted.expiresIn, scopes, now);
}

function grant(tokens: TokenSet): GrantInput {
  return {
    id: 'g-x' as GrantId,
    tokens,
    pageTokens: new Map(),
    accounts: [{ id: 'a-x' as AccountId, provider: 'twitter', networkAccountId: IDS.alphaX, parentNetworkId: null }],
  };
}

describe('X provider: validate', () => {
  it('finds a live grant fine, with one request and the lifetimes it knows', async () => {
    const tokens = mint();
    const report = await provider().validate(grant(tokens));
    expect(report.grant).toEqual({ kind: 'ok' });
    expect(report.accounts.get(IDS.alphaX)).toEqual({ kind: 'ok', expiresAt: null });
    expect(report.requests).toBe(1);
    expect(report.expiries).toEqual({ access: tokens.accessExpiresAt, refresh: null, dataAccess: null });
    expect(report.permissions).toEqual({ granted: ALL_SCOPES, declined: [], missing: [] });
  });

  it('names the required scopes the grant lacks', async () => {
    const report = await provider().validate(grant(mint(['tweet.read', 'users.read'])));
    expect(report.permissions?.missing).toEqual(['tweet.write', 'offline.access']);
  });

  it.each([
    ['x_account_suspended', 'account_suspended'],
    ['x_account_locked', 'account_locked'],
  ] as const)('reads %s as a permanent %s for the whole grant', async (scenario, reason) => {
    sim.control.apply({ scenario, target: IDS.alphaX });
    const report = await provider().validate(grant(mint()));
    expect(report.grant).toMatchObject({ kind: 'problem', classification: { reason, permanent: true } });
    expect(report.accounts.size).toBe(0);
  });

  it('reads a bare 401 as an ambiguous failure to confirm while the token should still work', async () => {
    const tokens = mint();
    sim.control.apply({ scenario: 'x_access_token_expired', target: IDS.alphaX });
    const report = await provider().validate(grant(tokens));
    expect(report.grant).toMatchObject({ kind: 'problem', classification: { reason: 'invalid_token_other', permanent: true, ambiguous: true } });
  });

  it('reads a 401 after the known expiry as an expired token', async () => {
    const tokens = mint();
    sim.control.advanceTime(TWO_HOURS + 1_000);
    const report = await provider().validate(grant(tokens));
    expect(report.grant).toMatchObject({ kind: 'problem', classification: { reason: 'token_expired', permanent: true } });
  });

  it.each([
    ['a cut-off 200 body', { type: 'malformed_json' } as const],
    ['a 503', { type: 'http_error', status: 503 } as const],
    ['a dropped connection', { type: 'connection_reset' } as const],
  ])('reads %s as transient, never as a disconnection', async (_label, fault) => {
    sim.control.addFault({ ...fault, network: 'x', pathPrefix: '/2/users/me' });
    const report = await provider().validate(grant(mint()));
    expect(report.grant).toMatchObject({ kind: 'problem', classification: { permanent: false } });
  });

  it('reads a 429 as rate limited, with a wait, and tells the governor', async () => {
    sim.control.addFault({ type: 'rate_limit', xVariant: 'window', network: 'x', pathPrefix: '/2/users/me' });
    const governor = new RateLimitGovernor();
    const report = await provider({ governor }).validate(grant(mint()));
    expect(report.grant).toMatchObject({ kind: 'problem', classification: { reason: 'rate_limited', permanent: false } });
    if (report.grant.kind === 'problem') expect(report.grant.classification.retryAfterMs).toBeGreaterThan(0);
    expect(governor.intervalFactor('twitter')).toBeGreaterThanOrEqual(1);
  });
});

describe('X provider: refresh', () => {
  it('rotates the pair: new access and refresh tokens, two more hours, scopes kept', async () => {
    const tokens = mint();
    const outcome = await provider().refresh?.(tokens);
    expect(outcome?.kind).toBe('refreshed');
    if (outcome?.kind !== 'refreshed') return;
    expect(outcome.tokens.accessToken).not.toBe(tokens.accessToken);
    expect(outcome.tokens.refreshToken).not.toBeNull();
    expect(outcome.tokens.refreshToken).not.toBe(tokens.refreshToken);
    expect(outcome.tokens.scopes).toEqual(expect.arrayContaining(['tweet.read', 'users.read', 'offline.access']));
    expect(Math.abs((outcome.tokens.accessExpiresAt ?? 0) - (sim.control.now() + TWO_HOURS))).toBeLessThan(5_000);
    // The new access token works.
    expect((await provider().validate(grant(outcome.tokens))).grant).toEqual({ kind: 'ok' });
  });

  it('is refused for good with a refresh token already spent', async () => {
    const tokens = mint();
    const first = await provider().refresh?.(tokens);
    expect(first?.kind).toBe('refreshed');
    const again = await provider().refresh?.(tokens);
    expect(again).toMatchObject({ kind: 'failed', classification: { reason: 'token_expired', permanent: true } });
  });

  it('fails without a request when there is no refresh token or no X Client ID', async () => {
    const noRefresh = { ...mint(), refreshToken: null };
    expect(await provider().refresh?.(noRefresh)).toMatchObject({ kind: 'failed', classification: { reason: 'token_expired' } });
    const noClient = provider({ apps: { metaAppId: null, metaAppSecret: () => Promise.resolve(null), xClientId: null } });
    expect(await noClient.refresh?.(mint())).toMatchObject({ kind: 'failed', classification: { reason: 'invalid_token_other' } });
    expect(sim.control.requests().filter((r) => r.url.startsWith('/2/oauth2/token'))).toEqual([]);
  });

  it('fails transiently when the token endpoint is down', async () => {
    sim.control.addFault({ type: 'http_error', status: 503, network: 'x', pathPrefix: '/2/oauth2/token' });
    expect(await provider().refresh?.(mint())).toMatchObject({ kind: 'failed', classification: { permanent: false } });
  });
});

describe('X provider: needsRefresh', () => {
  const now = 1_700_000_000_000;
  const at = (accessExpiresAt: number | null, refreshToken: string | null = 'rt'): TokenSet => ({
    v: 1,
    accessToken: 'at',
    refreshToken,
    accessExpiresAt,
    refreshExpiresAt: null,
    dataAccessExpiresAt: null,
    scopes: [],
    obtainedAt: 0,
  });

  it.each([
    ['an hour left', false, at(now + 3_600_000)],
    ['just outside the margin', false, at(now + REFRESH_MARGIN_MS + 1)],
    ['inside the margin', true, at(now + REFRESH_MARGIN_MS)],
    ['already expired', true, at(now - 1)],
    ['no known expiry', false, at(null)],
    ['no refresh token', false, at(now - 1, null)],
  ])('%s → due: %s', (_label, due, tokens) => {
    expect(provider().needsRefresh?.(tokens, now)).toBe(due);
  });
});
