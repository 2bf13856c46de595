/**
 * What a cold `tether check` of 5,000 accounts spends reading its secrets (1,000 logins: 800 Facebook logins with
 * 3 Page tokens each, 200 X logins, and the Meta App Secret): the sealed store's warm-up, that is the data key from
 * the wrapper's gnome-keyring, then one query and 3,401 AES-256-GCM opens. The keychain era read the same
 * secrets with one bulk keychain read (keytar findCredentials): about 12 s at this size (issue 17); writing 3,401
 * items into gnome-keyring to measure it again takes the daemon tens of minutes of CPU. Run under the keyring
 * wrapper: npm run bench
 */
import { afterAll, bench, describe } from 'vitest';
import { randomBytes } from 'node:crypto';
import { KeytarSecretStore } from '../../main/core/secrets/keytar-secret-store';
import { loadKeytar } from '../../main/core/secrets/keytar-loader';
import { SealedSecretStore } from '../../main/core/secrets/sealed-secret-store';
import { TokenVault } from '../../main/core/secrets/token-vault';
import type { SecretKey } from '../../main/core/secrets/secret-store';
import { encodeTokenSet } from '../../main/core/secrets/token-set.codec';
import { tokenSet } from '../../main/app/demo/open-demo-core';
import type { GrantId } from '../../shared/domain/ids';
import { openTestDatabase } from '../fixtures/history/history-db';

const FB = 800;
const X = 200;
const service = `Tether-warm-bench-${process.pid}`;
const keychain = new KeytarSecretStore({ service });
const test = openTestDatabase();
const sealed = new SealedSecretStore({ db: test.db, keychain });

/** Every secret of 5,000 accounts, with values shaped like the real ones. */
function secrets(): Array<{ key: SecretKey; value: string }> {
  const token = () => randomBytes(120).toString('base64url');
  const out: Array<{ key: SecretKey; value: string }> = [{ key: { kind: 'app_secret', app: 'meta' }, value: randomBytes(16).toString('hex') }];
  for (let i = 0; i < FB + X; i += 1) {
    const grantId = `${i < FB ? 'facebook' : 'twitter'}:${100000 + i}` as GrantId;
    out.push({ key: { kind: 'grant_tokens', grantId }, value: encodeTokenSet(tokenSet(token(), i < FB ? null : token(), 5_184_000, ['pages_show_list'], 0)) });
    if (i < FB) for (let p = 0; p < 3; p += 1) out.push({ key: { kind: 'page_token', grantId, pageId: String(200000 + i * 3 + p) }, value: token() });
  }
  return out;
}

const all = secrets();
const started = Date.now();
for (const { key, value } of all) await sealed.set(key, value);
console.log(`[secrets warm] sealed ${all.length} secrets in ${Date.now() - started} ms`);

afterAll(async () => {
  test.dispose();
  const loaded = await loadKeytar();
  if (loaded.kind === 'loaded') for (const item of await loaded.keytar.findCredentials(service)) await loaded.keytar.deletePassword(service, item.account);
});

describe(`reading the secrets of 5,000 accounts (${all.length} secrets)`, () => {
  bench(
    'sealed store: the data key, then one query',
    async () => {
      const at = Date.now();
      const vault = new TokenVault(new SealedSecretStore({ db: test.db, keychain: new KeytarSecretStore({ service }) }));
      await vault.warm();
      console.log(`[secrets warm] sealed warm-up of ${all.length} secrets: ${Date.now() - at} ms`);
    },
    { iterations: 5, warmupIterations: 0, warmupTime: 0, time: 0 },
  );
});
