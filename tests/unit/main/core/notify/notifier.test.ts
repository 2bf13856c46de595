// The notifier over time: batching a sweep, waking at the end of quiet hours and at the escalation threshold,
// with fake timers and a clock that follows them.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Notifier, type NotifierOptions } from '../../../../../main/core/notify/notifier';
import type { TetherNotification } from '../../../../../main/core/notify/notification';
import type { Settings } from '../../../../../shared/domain/settings';
import { HOUR, MIN, QUIET_NIGHTS, UTC, disconnect, settingsWith, tr, utc, view, warning } from './notify-fixtures';

let delivered: TetherNotification[][];
let settings: Settings;

function notifier(extra: Partial<NotifierOptions> = {}): Notifier {
  return new Notifier({ clock: { now: () => Date.now() }, settings: () => settings, localMinutes: UTC, deliver: (n) => delivered.push([...n]), ...extra });
}

beforeEach(() => {
  vi.useFakeTimers();
  vi.setSystemTime(utc(12));
  delivered = [];
  settings = settingsWith();
});
afterEach(() => vi.useRealTimers());

describe('Notifier', () => {
  it('decides the checks of one sweep together, after the batch window', async () => {
    const n = notifier();
    n.push([disconnect('a', 'password_changed', { grant: 'g' })]);
    n.push([disconnect('b', 'password_changed', { grant: 'g' })]);
    await vi.advanceTimersByTimeAsync(1_999);
    expect(delivered).toEqual([]);
    await vi.advanceTimersByTimeAsync(1);
    expect(delivered).toHaveLength(1);
    expect(delivered[0]?.map((x) => x.accountIds)).toEqual([['a', 'b']]);
    n.stop();
  });

  it('decides at once on flush (the end of a sweep), and only once', async () => {
    const n = notifier();
    n.push([disconnect('a')], [warning('e', '1d', Date.now() + 20 * HOUR, { grantId: 'ge' as never })]);
    n.flush();
    expect(delivered.map((batch) => batch.map((x) => x.kind))).toEqual([['disconnection', 'expiring']]);
    await vi.advanceTimersByTimeAsync(10_000);
    expect(delivered).toHaveLength(1);
    n.stop();
  });

  it('releases what quiet hours held when they end, with no check needed', async () => {
    settings = QUIET_NIGHTS;
    vi.setSystemTime(utc(23));
    const n = notifier();
    n.push([disconnect('a', 'password_changed', { grant: 'g1', at: utc(23) }), disconnect('b', 'access_revoked', { grant: 'g2', at: utc(23) })]);
    n.flush();
    expect(delivered).toEqual([]);
    await vi.advanceTimersByTimeAsync(8 * HOUR - 1);
    expect(delivered).toEqual([]);
    await vi.advanceTimersByTimeAsync(1);
    expect(delivered).toHaveLength(1);
    expect(delivered[0]?.map((x) => x.kind)).toEqual(['summary']);
    n.stop();
  });

  it('escalates failing checks on time, with no check needed', async () => {
    const n = notifier();
    n.push([tr({ account: 'u', from: 'connected', to: 'unverified', reason: 'rate_limited', at: Date.now() })]);
    n.flush();
    await vi.advanceTimersByTimeAsync(3 * HOUR - 1);
    expect(delivered).toEqual([]);
    await vi.advanceTimersByTimeAsync(1);
    expect(delivered.map((batch) => batch.map((x) => x.kind))).toEqual([['cannot_verify']]);
    n.stop();
  });

  it('primes from the accounts at start-up', async () => {
    const n = notifier();
    n.prime([view('u', 'unverified', { unverifiedSince: Date.now() - 2 * HOUR }), view('old', 'unverified', { unverifiedSince: Date.now() - 9 * HOUR })]);
    await vi.advanceTimersByTimeAsync(HOUR);
    expect(delivered.map((batch) => batch.map((x) => x.accountId))).toEqual([['u']]);
    n.stop();
  });

  it('keeps going when showing fails, without repeating the news', () => {
    const errors: string[] = [];
    const log = { debug() {}, info() {}, warn() {}, error: (m: string) => errors.push(m), child: () => log };
    let calls = 0;
    const n = notifier({
      deliver: () => {
        calls += 1;
        throw new Error('no notification daemon');
      },
      log,
    });
    n.push([disconnect('a')]);
    n.flush();
    n.push([tr({ account: 'a', from: 'needs_reconnect', to: 'needs_reconnect', reason: 'password_changed' })]);
    n.flush();
    expect(calls).toBe(1);
    expect(errors).toEqual(['could not show notifications']);
    n.stop();
  });

  it('does nothing after stop', async () => {
    const n = notifier();
    n.push([tr({ account: 'u', from: 'connected', to: 'unverified', reason: 'rate_limited', at: Date.now() })]);
    n.flush();
    n.stop();
    n.push([disconnect('a')]);
    await vi.advanceTimersByTimeAsync(4 * HOUR);
    expect(delivered).toEqual([]);
    expect(vi.getTimerCount()).toBe(0);
  });

  it('honours a custom batch window', async () => {
    const n = notifier({ batchWindowMs: 10 * MIN });
    n.push([disconnect('a')]);
    await vi.advanceTimersByTimeAsync(10 * MIN - 1);
    expect(delivered).toEqual([]);
    await vi.advanceTimersByTimeAsync(1);
    expect(delivered).toHaveLength(1);
    n.stop();
  });
});
