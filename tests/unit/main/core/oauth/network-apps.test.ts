/** Settings → Network apps in the core: the Meta pair is checked at Facebook before anything is kept; X by format. */
import { afterEach, describe, expect, it } from 'vitest';
import { startSignInKit, type SignInKit } from '../../../../fixtures/oauth/sign-in-kit';
import { IDS } from '../../../../fixtures/simulator/simulator-kit';

let kit: SignInKit;
afterEach(async () => kit?.close());

describe('saving the Meta app', () => {
  it('keeps a matching pair: the ID in settings, the secret in the keychain', async () => {
    kit = await startSignInKit({ metaSecret: null });
    expect(await kit.core.networkApps.saveMeta(` ${IDS.appId} `, IDS.appSecret)).toEqual({ saved: true, verified: 'checked', problem: null });
    expect(kit.core.settings.get().networkApps.metaAppId).toBe(IDS.appId);
    expect(await kit.core.appSecrets.metaAppSecret()).toBe(IDS.appSecret);
    expect((await kit.core.networkApps.setup()).metaLongLivedLogins).toBe(true);
  });

  it('refuses a secret of another app, saying so, and changes nothing', async () => {
    kit = await startSignInKit();
    const result = await kit.core.networkApps.saveMeta('999000111', IDS.appSecret);
    expect(result).toMatchObject({ saved: false, verified: null });
    expect(result.problem).toMatch(/^App ID and secret don't match: Facebook says ".+"\. Copy both again/);
    expect(kit.core.settings.get().networkApps.metaAppId).toBe(IDS.appId);
    expect(await kit.core.appSecrets.metaAppSecret()).toBe(IDS.appSecret);
  });

  it('checks a new ID against the secret already kept', async () => {
    kit = await startSignInKit();
    expect(await kit.core.networkApps.saveMeta('999000111', undefined)).toMatchObject({ saved: false });
    expect(await kit.core.networkApps.saveMeta(IDS.appId, undefined)).toMatchObject({ saved: true, verified: 'checked' });
  });

  it('saves nothing when Facebook can’t be reached to check', async () => {
    kit = await startSignInKit({ metaSecret: null });
    kit.sim.control.addFault({ type: 'offline', network: 'facebook' });
    const result = await kit.core.networkApps.saveMeta(IDS.appId, IDS.appSecret);
    expect(result).toMatchObject({ saved: false });
    expect(result.problem).toContain("couldn't reach Facebook");
    expect(await kit.core.appSecrets.metaAppSecret()).toBeNull();
  });

  it("never says the pair doesn't match when Facebook answers its generic code 1 on a 500", async () => {
    kit = await startSignInKit({ metaSecret: null });
    // Graph code 1 is also "An unknown error occurred", Facebook's downtime answer (error-handling guide: "Possibly a
    // temporary issue due to downtime"): it says nothing about the App ID or the secret.
    kit.sim.control.addFault({ type: 'graph_transient', code: 1, network: 'facebook', pathPrefix: '/oauth/access_token' });
    const result = await kit.core.networkApps.saveMeta(IDS.appId, IDS.appSecret);
    expect(result).toMatchObject({ saved: false, verified: null });
    expect(result.problem).not.toMatch(/don't match/);
    expect(result.problem).toContain("couldn't reach Facebook");
    expect(await kit.core.appSecrets.metaAppSecret()).toBeNull();
  });

  it("doesn't blame the pair for an unexplained refusal either", async () => {
    kit = await startSignInKit({ metaSecret: null });
    kit.sim.control.addFault({ type: 'graph_transient', code: 1, httpStatus: 400, isTransient: false, network: 'facebook', pathPrefix: '/oauth/access_token' });
    const result = await kit.core.networkApps.saveMeta(IDS.appId, IDS.appSecret);
    expect(result).toMatchObject({ saved: false, verified: null });
    expect(result.problem).not.toMatch(/don't match/);
    expect(result.problem).toMatch(/^Facebook didn't accept the check: "An unknown error occurred"\. Nothing was saved/);
  });

  it('forgets the secret on request, and says logins will then be short', async () => {
    kit = await startSignInKit();
    expect(await kit.core.networkApps.saveMeta(IDS.appId, null)).toEqual({ saved: true, verified: 'format_only', problem: null });
    expect(await kit.core.appSecrets.metaAppSecret()).toBeNull();
    expect((await kit.core.networkApps.setup()).metaLongLivedLogins).toBe(false);
  });

  it('refuses an ID that is not one, with the reason', async () => {
    kit = await startSignInKit();
    await expect(kit.core.networkApps.saveMeta('my-app', 'whatever-secret-0000')).rejects.toThrow('A Meta App ID is made of digits only');
  });

  it('keeps a Login for Business Configuration ID (not a secret: in settings), forgets it on request, and refuses one that is not one', async () => {
    kit = await startSignInKit();
    expect(await kit.core.networkApps.saveMeta(IDS.appId, undefined, ` ${IDS.systemUserConfig} `)).toMatchObject({ saved: true });
    expect(kit.core.settings.get().networkApps.metaConfigId).toBe(IDS.systemUserConfig);
    // Absent: kept as it is.
    expect(await kit.core.networkApps.saveMeta(IDS.appId, undefined)).toMatchObject({ saved: true });
    expect(kit.core.settings.get().networkApps.metaConfigId).toBe(IDS.systemUserConfig);
    await expect(kit.core.networkApps.saveMeta(IDS.appId, undefined, 'config-1')).rejects.toThrow('A Configuration ID is made of digits only');
    expect(kit.core.settings.get().networkApps.metaConfigId).toBe(IDS.systemUserConfig);
    expect(await kit.core.networkApps.saveMeta(IDS.appId, undefined, '')).toMatchObject({ saved: true });
    expect(kit.core.settings.get().networkApps.metaConfigId).toBeNull();
    // A pair Facebook refuses saves no Configuration ID either.
    expect(await kit.core.networkApps.saveMeta(IDS.appId, 'another-apps-secret-00', IDS.userTokenConfig)).toMatchObject({ saved: false });
    expect(kit.core.settings.get().networkApps.metaConfigId).toBeNull();
  });

  it('says where Facebook can sign in: here, or (tether serve) only from the desktop app, with nothing to register here', async () => {
    kit = await startSignInKit();
    expect(await kit.core.networkApps.setup()).toMatchObject({ facebookSignIn: 'here', facebookRedirectUris: [`${kit.sim.url}/connect/login_success.html`] });
    kit.agent.available = { facebook: 'desktop_app_only', twitter: 'here' };
    expect(await kit.core.networkApps.setup()).toMatchObject({ facebookSignIn: 'desktop_app_only', facebookRedirectUris: [], xCallbackUrls: [IDS.xRedirect] });
  });
});

describe('saving the X app', () => {
  it('checks only the format (a public client has nothing X can check before a sign-in) and the port', async () => {
    kit = await startSignInKit();
    expect(kit.core.networkApps.saveX('bmV3LWNsaWVudA', 53690)).toEqual({ saved: true, verified: 'format_only', problem: null });
    expect(kit.core.settings.get().networkApps).toMatchObject({ xClientId: 'bmV3LWNsaWVudA', xCallbackPort: 53690 });
    expect(() => kit.core.networkApps.saveX('has spaces', undefined)).toThrow(/X Client ID/);
    expect(() => kit.core.networkApps.saveX('bmV3LWNsaWVudA', 80)).toThrow(/1024 to 65535/);
  });
});
