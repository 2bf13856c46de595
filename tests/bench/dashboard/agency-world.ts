/**
 * An agency's world for the dashboard benchmark: 1,000 logins and 5,000 accounts. 800 Facebook people manage
 * three Pages each, every Page with an Instagram account (4,800 accounts), and 200 X accounts.
 */
import type { WorldInput } from '../../../main/simulator';
import { bigWorld } from '../../fixtures/validation/big-world';

export const FB_PEOPLE = Number(process.env.DASH_FB_PEOPLE ?? 800);
export const X_ACCOUNTS = Number(process.env.DASH_X_ACCOUNTS ?? 200);

/** The simulator's world for FB_PEOPLE people and X_ACCOUNTS X accounts. */
export function agencyWorld(): WorldInput {
  return {
    ...bigWorld(FB_PEOPLE, X_ACCOUNTS),
    name: 'Agency bench',
    // An agency app used by 800 people has a far larger Graph budget (200 calls × users per hour) than the default.
    limits: { graph: { appCallsPerHour: 1_000_000, userCallsPerHour: 1_000_000, pageCallsPerHour: 1_000_000 } },
  } as WorldInput;
}
