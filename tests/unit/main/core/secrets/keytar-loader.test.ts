import { describe, expect, it } from 'vitest';
import { loadKeytar, pickKeytarApi } from '../../../../../main/core/secrets/keytar-loader';

describe('loadKeytar', () => {
  it('loads the real keytar module (its API, without touching the keychain)', async () => {
    const loaded = await loadKeytar();
    expect(loaded.kind).toBe('loaded');
    if (loaded.kind === 'loaded') expect(typeof loaded.keytar.findCredentials).toBe('function');
  });

  it('turns a module that cannot load into a reason, not a crash', async () => {
    const loaded = await loadKeytar(() => import(/* @vite-ignore */ `${'./no-such-native-module'}.cjs`));
    expect(loaded).toMatchObject({ kind: 'failed' });
    if (loaded.kind === 'failed') expect(loaded.reason).toMatch(/^The keychain module \(keytar\) could not be loaded: /);
  });

  it('refuses a module without the keytar API', async () => {
    const loaded = await loadKeytar(() => import('node:path'));
    expect(loaded).toEqual({ kind: 'failed', reason: 'The keychain module (keytar) loaded but has no usable API' });
  });

  it('finds the API on the module or on its CommonJS default export', () => {
    const api = { getPassword: async () => null, setPassword: async () => undefined, deletePassword: async () => false, findCredentials: async () => [] };
    expect(pickKeytarApi(api)).toBe(api);
    expect(pickKeytarApi({ default: api })).toBe(api);
    expect(pickKeytarApi({ default: { getPassword: api.getPassword } })).toBeNull();
    expect(pickKeytarApi(null)).toBeNull();
  });
});
