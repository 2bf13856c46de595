/**
 * GET /2/users/me on the simulator, held against X's SDK (@xdevplatform/xdk): every answer it can give, ok or
 * not, must fit the SDK's types (or a sourced exception in tests/fixtures/x-sdk/oracle-types.ts).
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { ApiError, Client } from '@xdevplatform/xdk';
import type { RunningSimulator } from '../../../main/simulator';
import { USER_FIELDS } from '../../../main/simulator/x/users-me';
import { IDS, call, startTestSimulator, testWorld, usersMe } from '../../fixtures/simulator/simulator-kit';
import { expectFits, expectKnownProblemType } from '../../fixtures/x-sdk/sdk-expect';
import { allUserFields, userFieldsOf } from '../../fixtures/x-sdk/sdk-vocabulary';

let sim: RunningSimulator;
beforeAll(async () => {
  sim = await startTestSimulator();
});
afterAll(() => sim.close());
beforeEach(() => sim.control.reset());

const token = (): string => sim.control.mintXTokens(IDS.alphaX).accessToken;
const typeOf = (body: unknown): unknown => (body as { type?: unknown }).type;

describe('200', () => {
  it('the default answer is a GetUsersMeResponse with id, name and username', async () => {
    const res = await usersMe(sim, token());
    expectFits(res, 200, 'UsersMeOk');
    expect(Object.keys((res.json as { data: object }).data)).toEqual(['id', 'name', 'username']);
  });

  it('accepts every user.fields value the SDK sends for getMe, and still fits', async () => {
    const fields = userFieldsOf('GetMeOptions');
    expect(fields.length).toBeGreaterThan(20);
    expectFits(await usersMe(sim, token(), `?user.fields=${fields.join(',')}`), 200, 'UsersMeOk');
  });

  it('accepts only user.fields values some SDK operation knows', () => {
    expect(USER_FIELDS.filter((f) => !allUserFields().includes(f))).toEqual([]);
  });

  it('the SDK client itself reads the answer', async () => {
    const client = new Client({ baseUrl: sim.url, accessToken: token() });
    const me = await client.users.getMe({ userFields: ['created_at', 'profile_image_url', 'protected', 'verified', 'verified_type'] });
    expect(me.data).toMatchObject({ id: IDS.alphaX, username: 'alpha_x', createdAt: expect.any(String), verifiedType: 'none' });
  });
});

describe('problems', () => {
  it.each([
    ['unknown token', () => usersMe(sim, 'not-a-token')],
    [
      'revoked (x_app_access_revoked)',
      () => {
        const t = token();
        sim.control.apply({ scenario: 'x_app_access_revoked', target: IDS.alphaX });
        return usersMe(sim, t);
      },
    ],
    [
      'expired (x_access_token_expired)',
      () => {
        const t = token();
        sim.control.apply({ scenario: 'x_access_token_expired', target: IDS.alphaX });
        return usersMe(sim, t);
      },
    ],
  ])('401 %s: about:blank', async (_label, request) => {
    const res = await request();
    expectFits(res, 401, 'GenericProblem');
    expectKnownProblemType(typeOf(res.json));
  });

  it('403 missing scope: about:blank', async () => {
    const res = await usersMe(sim, sim.control.mintXTokens(IDS.alphaX, { scopes: ['tweet.read'] }).accessToken);
    expectFits(res, 403, 'GenericProblem');
  });

  it('403 suspended: user-suspended (not in the SDK; sourced exception)', async () => {
    sim.control.apply({ scenario: 'x_account_suspended', target: IDS.alphaX });
    const res = await usersMe(sim, token());
    expectFits(res, 403, 'UserSuspendedProblem');
    expectKnownProblemType(typeOf(res.json));
  });

  it('403 locked: v1.1 errors[] with code 326', async () => {
    sim.control.apply({ scenario: 'x_account_locked', target: IDS.alphaX });
    expectFits(await usersMe(sim, token()), 403, 'V1Errors');
  });

  it('400 unknown user.fields value: invalid-request with a type URI the SDK knows', async () => {
    const res = await usersMe(sim, token(), '?user.fields=id,bogus');
    expectFits(res, 400, 'InvalidRequestEnvelope');
    expectKnownProblemType(typeOf(res.json));
    expect(typeOf(res.json)).toBe('https://api.x.com/2/problems/invalid-request');
  });

  it('429 window: about:blank; 429 usage cap: usage-capped', async () => {
    sim.control.setFaults([{ type: 'rate_limit', network: 'x' }]);
    expectFits(await usersMe(sim, token()), 429, 'GenericProblem');
    sim.control.setFaults([{ type: 'rate_limit', network: 'x', xVariant: 'usage_capped', probability: 1 }]);
    const capped = await usersMe(sim, token());
    expectFits(capped, 429, 'UsageCappedProblem');
    expectKnownProblemType(typeOf(capped.json));
  });

  it('429 from the per-user window itself', async () => {
    const world = testWorld();
    world.limits = { x: { usersMePer15Min: 1 } };
    const own = await startTestSimulator(7, world);
    try {
      const t = own.control.mintXTokens(IDS.alphaX).accessToken;
      await usersMe(own, t);
      expectFits(await usersMe(own, t), 429, 'GenericProblem');
    } finally {
      await own.close();
    }
  });

  it('5xx faults: about:blank', async () => {
    sim.control.setFaults([{ type: 'http_error', network: 'x', status: 503 }]);
    expectFits(await usersMe(sim, token()), 503, 'GenericProblem');
  });

  it('404 unknown path: v1.1 errors[]', async () => {
    expectFits(await call(`${sim.url}/2/users/nope`), 404, 'V1Errors');
  });

  it('the SDK client surfaces a problem as ApiError with the raw body', async () => {
    const client = new Client({ baseUrl: sim.url, accessToken: 'not-a-token' });
    const error: unknown = await client.users.getMe().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).data).toEqual({ title: 'Unauthorized', type: 'about:blank', status: 401, detail: 'Unauthorized' });
  });
});
