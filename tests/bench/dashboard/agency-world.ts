/**
 * An agency's world for the dashboard benchmark: 1,000 logins and 5,000 accounts. 800 Facebook people manage
 * three Pages each, every Page with an Instagram account (4,800 accounts), and 200 X accounts.
 */
import type { WorldInput } from '../../../main/simulator';
import { IDS } from '../../fixtures/simulator/simulator-kit';

export const FB_PEOPLE = Number(process.env.DASH_FB_PEOPLE ?? 800);
export const X_ACCOUNTS = Number(process.env.DASH_X_ACCOUNTS ?? 200);
export const FB_USER_BASE = 100000;
export const X_USER_BASE = 400000;

/** The simulator's world for FB_PEOPLE people and X_ACCOUNTS X accounts. */
export function agencyWorld(): WorldInput {
  const id = (base: number, i: number) => String(base + i);
  const users = Array.from({ length: FB_PEOPLE }, (_, i) => ({ id: id(FB_USER_BASE, i), name: `Manager ${i}` }));
  const pages = users.flatMap((u, i) =>
    [0, 1, 2].map((k) => ({
      id: id(200000, i * 3 + k),
      name: `Client Page ${i}-${k}`,
      roles: [{ userId: u.id, tasks: ['MANAGE', 'CREATE_CONTENT'] }],
      instagramAccountId: id(300000, i * 3 + k),
    })),
  );
  const instagramAccounts = pages.map((_p, n) => ({ id: id(300000, n), username: `client_ig_${n}`, name: `IG ${n}` }));
  const xUsers = Array.from({ length: X_ACCOUNTS }, (_, i) => ({ id: id(X_USER_BASE, i), name: `X Brand ${i}`, username: `xbrand_${i}` }));
  return {
    name: 'Agency bench',
    meta: { appId: IDS.appId, appSecret: IDS.appSecret, name: 'Tether Bench', redirectUris: ['https://www.facebook.com/connect/login_success.html'] },
    x: { clientId: IDS.xClientId, name: 'Tether Bench', redirectUris: [IDS.xRedirect] },
    facebookUsers: users,
    pages,
    instagramAccounts,
    xUsers,
    // An agency app used by 800 people has a far larger Graph budget (200 calls × users per hour) than the default.
    limits: { graph: { appCallsPerHour: 1_000_000, userCallsPerHour: 1_000_000, pageCallsPerHour: 1_000_000 } },
  } as WorldInput;
}
