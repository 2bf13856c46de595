/** The Facebook Login scopes: one list, each scope explained, and what Instagram publishing needs via a Business portfolio. */
import { describe, expect, it } from 'vitest';
import { FACEBOOK_LOGIN_SCOPES, SCOPE_PURPOSES } from '../../../../../../main/core/providers/facebook/facebook-scopes';
import { X_SCOPES } from '../../../../../../main/core/providers/twitter/x-scopes';
import { FB_SCOPES, X_SCOPES as KIT_X_SCOPES } from '../../../../../fixtures/validation/engine-kit';
import { FACEBOOK_SCOPES as DIALOG_SCOPES } from '../../../../../../main/simulator/world/world.schema';

describe('Facebook Login scopes', () => {
  it('ask for ads_read: IG User media needs ads_management or ads_read (older doc) / business_management (newer) when the Page role comes through a Business portfolio', () => {
    expect(FACEBOOK_LOGIN_SCOPES).toEqual(expect.arrayContaining(['ads_read', 'business_management', 'instagram_content_publish']));
  });

  it('explain every requested scope in one line', () => {
    expect(Object.keys(SCOPE_PURPOSES).sort()).toEqual([...FACEBOOK_LOGIN_SCOPES].sort());
    for (const line of Object.values(SCOPE_PURPOSES)) expect(line).toMatch(/^[^\n]{10,160}$/);
  });

  it('are the single source: the test fixture uses the provider’s lists, and the simulated dialog knows them', () => {
    expect(FB_SCOPES).toBe(FACEBOOK_LOGIN_SCOPES);
    expect(KIT_X_SCOPES).toBe(X_SCOPES);
    for (const scope of FACEBOOK_LOGIN_SCOPES) expect(DIALOG_SCOPES).toContain(scope);
  });
});
