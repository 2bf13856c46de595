/** Expiry warnings at 7 days, 1 day and 1 hour (each once), the expiring status, and permission drift recorded once per change. */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { IDS } from '../../fixtures/simulator/simulator-kit';
import { startEngineKit, type EngineKit } from '../../fixtures/validation/engine-kit';
import type { GrantId } from '../../../shared/domain/ids';

const DAY = 24 * 3_600_000;
let kit: EngineKit;
let ada: GrantId;

beforeEach(async () => {
  kit = await startEngineKit();
  ada = await kit.connectFacebook(IDS.ada);
});
afterEach(() => kit.close());

function warnings(): Array<{ threshold: string; n: number }> {
  return kit.core.db.prepare(`SELECT threshold, COUNT(*) AS n FROM events WHERE kind = 'expiry_warning' GROUP BY threshold ORDER BY threshold`).all() as Array<{
    threshold: string;
    n: number;
  }>;
}

describe('expiry warnings', () => {
  it('warns at 7 days, 1 day and 1 hour before the Facebook login ends, once each, and marks accounts expiring', async () => {
    const page = () => kit.account('facebook', IDS.alphaPage);
    const expiresAt = page().expiresAt ?? 0;
    expect(expiresAt - kit.sim.control.now()).toBeGreaterThan(50 * DAY);

    kit.sim.control.advanceTime(expiresAt - kit.sim.control.now() - 8 * DAY);
    await kit.core.validation.checkNow();
    expect(page().status).toBe('connected');
    expect(warnings()).toEqual([]);

    kit.sim.control.advanceTime(2 * DAY);
    await kit.core.validation.checkNow();
    await kit.core.validation.checkNow();
    expect(page().status).toBe('expiring');
    // One 7-day warning per account of the login (2 Pages, 2 Instagram accounts), not repeated by the second check.
    expect(warnings()).toEqual([{ threshold: '7d', n: 4 }]);

    kit.sim.control.advanceTime(expiresAt - kit.sim.control.now() - 20 * 3_600_000);
    await kit.core.validation.checkNow();
    kit.sim.control.advanceTime(expiresAt - kit.sim.control.now() - 30 * 60_000);
    await kit.core.validation.checkNow();
    expect(warnings()).toEqual([
      { threshold: '1d', n: 4 },
      { threshold: '1h', n: 4 },
      { threshold: '7d', n: 4 },
    ]);

    kit.sim.control.advanceTime(31 * 60_000);
    await kit.core.validation.checkNow();
    // The login expired; its Pages keep working through Page tokens that never expire (facts c), while the
    // Instagram accounts (read with the user token) and the login itself need a reconnect.
    expect(page()).toMatchObject({ status: 'connected', reason: null, expiresAt: null });
    expect(kit.account('instagram', IDS.alphaIg)).toMatchObject({ status: 'needs_reconnect', reason: 'token_expired' });
    expect(
      kit.core.repo
        .grantViews()
        .filter((g) => g.provider === 'facebook')
        .map((g) => g.loginExpired),
    ).toEqual([true]);
  });
});

describe('permission drift', () => {
  it('is recorded once when a required permission is removed, and again when it comes back', async () => {
    const drift = () =>
      kit.core.db.prepare(`SELECT missing_scopes FROM events WHERE kind = 'permission_drift' ORDER BY id`).all() as Array<{ missing_scopes: string }>;
    kit.sim.control.apply({ scenario: 'permission_declined', target: IDS.ada, options: { permission: 'pages_manage_posts' } });
    await kit.core.validation.checkNow();
    await kit.core.validation.checkNow();
    expect(drift().map((d) => JSON.parse(d.missing_scopes) as string[])).toEqual([['pages_manage_posts']]);
    expect(kit.account('facebook', IDS.betaPage)).toMatchObject({
      status: 'needs_reconnect',
      reason: 'missing_permissions',
      problem: { detail: 'Missing: pages_manage_posts' },
    });
    // Instagram publishing doesn't need pages_manage_posts: the Instagram accounts stay connected.
    expect(kit.account('instagram', IDS.betaIg).status).toBe('connected');
    kit.sim.control.revert({ scenario: 'permission_declined', target: IDS.ada });
    await kit.core.validation.checkNow();
    expect(drift().map((d) => JSON.parse(d.missing_scopes) as string[])).toEqual([['pages_manage_posts'], []]);
    expect(kit.account('facebook', IDS.betaPage).status).toBe('connected');
    expect(ada).toBeTruthy();
  });
});
