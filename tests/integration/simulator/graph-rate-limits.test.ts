/** Graph rate limits from real counters: usage headers climb, codes 17/4/80001/32 past the limits, time resets them. */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { RunningSimulator } from '../../../main/simulator';
import { IDS, graph, graphError, startTestSimulator, testWorld } from '../../fixtures/simulator/simulator-kit';

let sim: RunningSimulator;
beforeAll(async () => {
  const world = testWorld();
  world.limits = { graph: { appCallsPerHour: 10, userCallsPerHour: 4, pageCallsPerHour: 3 } };
  sim = await startTestSimulator(5, world);
});
afterAll(() => sim.close());
beforeEach(() => sim.control.reset());

const usage = (header: string | null): unknown => JSON.parse(header ?? '{}');

describe('user and app buckets', () => {
  it('climbs X-App-Usage per call and answers code 17 past the per-user limit', async () => {
    const ada = sim.control.mintFacebookUserToken(IDS.ada);
    const counts: number[] = [];
    for (let i = 0; i < 4; i++) {
      const res = await graph(sim, '/me', { access_token: ada.accessToken });
      expect(res.status).toBe(200);
      counts.push((usage(res.headers.get('x-app-usage')) as { call_count: number }).call_count);
    }
    expect(counts).toEqual([10, 20, 30, 40]);
    const limited = await graph(sim, '/me', { access_token: ada.accessToken });
    expect(limited.status).toBe(403);
    expect(graphError(limited)).toMatchObject({ code: 17, is_transient: true, message: '(#17) User request limit reached' });
    const ben = sim.control.mintFacebookUserToken(IDS.ben);
    expect((await graph(sim, '/me', { access_token: ben.accessToken })).status).toBe(200);
    sim.control.advanceTime(60 * 60 * 1000 + 1);
    expect((await graph(sim, '/me', { access_token: ada.accessToken })).status).toBe(200);
  });

  it('answers code 4 once the whole app is past its limit', async () => {
    const ada = sim.control.mintFacebookUserToken(IDS.ada);
    const ben = sim.control.mintFacebookUserToken(IDS.ben);
    for (let i = 0; i < 4; i++) await graph(sim, '/me', { access_token: ada.accessToken });
    for (let i = 0; i < 4; i++) await graph(sim, '/me', { access_token: ben.accessToken });
    for (let i = 0; i < 2; i++) await graph(sim, '/debug_token', { input_token: ada.accessToken, access_token: sim.control.appToken() });
    const res = await graph(sim, '/debug_token', { input_token: ada.accessToken, access_token: sim.control.appToken() });
    expect(graphError(res)).toMatchObject({ code: 4, message: '(#4) Application request limit reached' });
    expect(usage(res.headers.get('x-app-usage'))).toMatchObject({ call_count: 110 });
  });
});

describe('Page buckets', () => {
  it('reports X-Business-Use-Case-Usage for Page tokens and answers 80001 with the time to regain access', async () => {
    const ada = sim.control.mintFacebookUserToken(IDS.ada);
    const token = ada.pageTokens[IDS.alphaPage] ?? '';
    const seen: unknown[] = [];
    for (let i = 0; i < 3; i++) {
      const res = await graph(sim, '/me', { access_token: token });
      seen.push((usage(res.headers.get('x-business-use-case-usage')) as Record<string, { call_count: number }[]>)[IDS.alphaPage]?.[0]?.call_count);
    }
    expect(seen).toEqual([33, 66, 100]);
    const limited = await graph(sim, '/me', { access_token: token });
    expect(graphError(limited)).toMatchObject({ code: 80001, is_transient: true });
    const buc = usage(limited.headers.get('x-business-use-case-usage')) as Record<string, { estimated_time_to_regain_access: number }[]>;
    expect(buc[IDS.alphaPage]?.[0]?.estimated_time_to_regain_access).toBe(60);
    expect((await graph(sim, '/me', { access_token: ada.pageTokens[IDS.betaPage] ?? '' })).status).toBe(200);
  });

  it('answers (#32) when user-token reads of one Page pass the Page limit', async () => {
    const ada = sim.control.mintFacebookUserToken(IDS.ada);
    const ben = sim.control.mintFacebookUserToken(IDS.ben);
    for (const token of [ada.accessToken, ben.accessToken, ada.accessToken]) {
      expect((await graph(sim, `/${IDS.alphaPage}`, { access_token: token })).status).toBe(200);
    }
    const res = await graph(sim, `/${IDS.alphaPage}`, { access_token: ben.accessToken });
    expect(graphError(res)).toMatchObject({ code: 32, message: '(#32) Page request limit reached' });
  });
});
