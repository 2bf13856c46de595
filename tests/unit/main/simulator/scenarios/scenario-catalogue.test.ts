import { describe, expect, it } from 'vitest';
import { SCENARIOS, SCENARIO_IDS, isScenarioId, scenarioById } from '../../../../../main/simulator/scenarios/scenario-catalogue';
import { REASON_IDS } from '../../../../../shared/domain/reason-id';

describe('scenario catalogue', () => {
  it('has exactly one entry per id, with copy for the Scenarios panel', () => {
    expect(SCENARIOS.map((s) => s.id)).toEqual([...SCENARIO_IDS]);
    for (const s of SCENARIOS) {
      expect(s.label.length).toBeGreaterThan(3);
      expect(s.description.length).toBeGreaterThan(20);
      expect(REASON_IDS).toContain(s.expectedReason);
      expect(scenarioById(s.id)).toBe(s);
    }
  });

  it('covers every reason the issue lists, on the right kind of target', () => {
    const kinds = Object.fromEntries(SCENARIOS.map((s) => [s.id, s.targetKind]));
    expect(kinds).toMatchObject({
      password_changed: 'facebook_user',
      app_removed: 'facebook_user',
      checkpoint: 'facebook_user',
      token_expired: 'facebook_user',
      unconfirmed_account: 'facebook_user',
      permission_declined: 'facebook_user',
      page_role_removed: 'facebook_page',
      page_role_lowered: 'facebook_page',
      page_deselected: 'facebook_page',
      page_unpublished: 'facebook_page',
      two_factor_required: 'facebook_page',
      instagram_personal: 'instagram_account',
      instagram_unlinked: 'instagram_account',
      x_account_locked: 'x_account',
      x_account_suspended: 'x_account',
      x_app_access_revoked: 'x_account',
      x_refresh_token_reused: 'x_account',
      x_refresh_token_expired: 'x_account',
    });
    expect(isScenarioId('checkpoint')).toBe(true);
    expect(isScenarioId('toString')).toBe(false);
  });
});
