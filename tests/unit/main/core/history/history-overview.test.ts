// The History screen's figures on a real database: disconnections bucketed by day and reason, the reason filter,
// time to reconnect, and the contract's range checks.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openTetherCore, type TetherCore } from '../../../../../main/core/app/tether-core';
import { historyOverview } from '../../../../../main/core/history/overview/history-overview';
import { UnavailableSecretStore } from '../../../../../main/core/secrets/unavailable-secret-store';
import { HistoryQuerySchema } from '../../../../../shared/domain/history-overview';
import { seedFewAccounts } from '../../../../fixtures/seed-accounts';
import { statusChange } from '../../../../fixtures/history/status-change';

const DAY = 86_400_000;
const NOW = Date.UTC(2026, 10, 28, 9);
let dir: string;
let core: TetherCore;

const change = (...args: Parameters<typeof statusChange>) => core.history.record(statusChange(...args));

beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), 'tether-overview-'));
  core = await openTetherCore({
    dataDir: dir,
    clock: { now: () => NOW },
    secrets: { store: new UnavailableSecretStore({ kind: 'locked' }), health: { kind: 'locked' } },
  });
  seedFewAccounts(core.accounts);
  change('a-page-1', NOW - 10 * DAY, 'connected', 'needs_reconnect', 'password_changed');
  change('a-page-1', NOW - 10 * DAY + 2 * 3_600_000, 'needs_reconnect', 'connected', null);
  change('a-x-1', NOW - 10 * DAY + 3_600_000, 'connected', 'needs_action', 'account_locked');
});
afterEach(() => {
  core.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('history overview', () => {
  it('counts disconnections per day and reason, and times the reconnects', () => {
    const o = historyOverview(core.history, { since: NOW - 29 * DAY, until: NOW + DAY }, NOW);
    expect(o.bucket).toBe('day');
    expect(o.disconnections.total).toBe(2);
    const day = o.disconnections.overTime.find((b) => b.counts.length > 0);
    expect(day?.counts).toEqual([
      { reason: 'password_changed', count: 1 },
      { reason: 'account_locked', count: 1 },
    ]);
    expect(o.reconnect.overall).toMatchObject({ count: 1, open: 1, medianMs: 2 * 3_600_000 });
  });

  it('narrows to one reason, and uses weeks for long ranges', () => {
    const o = historyOverview(core.history, { since: NOW - 200 * DAY, until: NOW + DAY, reason: 'account_locked' }, NOW);
    expect(o.bucket).toBe('week');
    expect(o.disconnections.byReason).toEqual([{ reason: 'account_locked', count: 1 }]);
  });

  it('refuses a range that ends before it starts, or spans more than two years', () => {
    expect(HistoryQuerySchema.safeParse({ since: NOW, until: NOW - 1 }).success).toBe(false);
    expect(HistoryQuerySchema.safeParse({ since: NOW - 800 * DAY, until: NOW }).success).toBe(false);
  });
});
