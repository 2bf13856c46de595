// The accounts feed on a real database: deltas carry only changed fields, read only the grants marked, batch
// within the interval, and a snapshot gives the version that deltas follow on from.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openTetherCore, type TetherCore } from '../../../../../main/core/app/tether-core';
import { UnavailableSecretStore } from '../../../../../main/core/secrets/unavailable-secret-store';
import type { AccountsChange } from '../../../../../shared/domain/accounts-change';
import type { AccountId, GrantId } from '../../../../../shared/domain/ids';
import { seedFewAccounts } from '../../../../fixtures/seed-accounts';

let dir: string;
let core: TetherCore;
let seen: AccountsChange[];

const health = (status: 'connected' | 'needs_reconnect') => ({
  status,
  reason: status === 'connected' ? null : ('password_changed' as const),
  statusSince: 1_000,
  lastKnownStatus: status,
  unverifiedSince: null,
  expiresAt: null,
});

beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), 'tether-feed-'));
  core = await openTetherCore({
    dataDir: dir,
    clock: { now: () => 5_000 },
    secrets: { store: new UnavailableSecretStore({ kind: 'locked' }), health: { kind: 'locked' } },
  });
  seedFewAccounts(core.accounts);
  seen = [];
  core.events.on('accounts:changed', (c) => seen.push(c));
});
afterEach(() => {
  core.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('accounts feed', () => {
  it('sends only the fields a check changed, with the person who connected a new account', () => {
    core.repo.saveHealth('a-page-1' as AccountId, health('connected'), null, new Set(), 9_000);
    core.accounts.checked('g-fb-1' as GrantId);
    core.accounts.flush();
    expect(seen).toEqual([{ kind: 'delta', from: 2, to: 3, changed: [{ id: 'a-page-1', statusSince: 1_000, lastCheckedAt: 9_000 }], removed: [] }]);
    expect(core.accounts.snapshot().accounts.find((a) => a.id === 'a-page-1')).toMatchObject({ connectedBy: 'Dana Whitfield', lastCheckedAt: 9_000 });
  });

  it('reads only the grants it was told about', () => {
    core.repo.saveHealth('a-x-1' as AccountId, health('needs_reconnect'), null, new Set(), 9_000);
    core.accounts.checked('g-fb-1' as GrantId);
    core.accounts.flush();
    // The X account changed in the database, but nobody said so: no read, no delta.
    expect(seen).toEqual([]);
    core.accounts.checked('g-x-1' as GrantId);
    core.accounts.flush();
    expect(seen).toHaveLength(1);
    expect(seen[0]).toMatchObject({ kind: 'delta', changed: [{ id: 'a-x-1', status: 'needs_reconnect', reason: 'password_changed' }] });
  });

  it('batches checks made within the interval into one delta', async () => {
    core.repo.saveHealth('a-page-1' as AccountId, health('connected'), null, new Set(), 9_000);
    core.accounts.checked('g-fb-1' as GrantId);
    core.repo.saveHealth('a-x-1' as AccountId, health('connected'), null, new Set(), 9_000);
    core.accounts.checked('g-x-1' as GrantId);
    expect(seen).toEqual([]);
    await expect.poll(() => seen.length).toBe(1);
    expect((seen[0] as Extract<AccountsChange, { kind: 'delta' }>).changed.map((p) => p.id).sort()).toEqual(['a-page-1', 'a-x-1']);
  });

  it('announces removed accounts, and the snapshot matches the version after them', () => {
    core.db.prepare('DELETE FROM accounts WHERE id = ?').run('a-page-2');
    core.accounts.announce();
    expect(seen).toEqual([{ kind: 'delta', from: 2, to: 3, changed: [], removed: ['a-page-2'] }]);
    const snapshot = core.accounts.snapshot();
    expect(snapshot.version).toBe(3);
    expect(snapshot.accounts.map((a) => a.id).sort()).toEqual(['a-page-1', 'a-x-1']);
  });
});
