import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ValidationScheduler, type GrantRunResult, type SweepProgress } from '../../../../../main/core/validation/scheduler';
import type { ScheduledGrant } from '../../../../../main/core/accounts/scheduled-grant';
import { RateLimitGovernor } from '../../../../../main/core/providers/rate-limit-governor';
import { XQuota } from '../../../../../main/core/providers/twitter/x-quota';
import type { GrantId } from '../../../../../shared/domain/ids';

const MIN = 60_000;
const clock = { now: () => Date.now() };
const grant = (id: string, network: ScheduledGrant['network'] = 'facebook', accountCount = 3): ScheduledGrant => ({ id: id as GrantId, network, accountCount });

interface Harness {
  scheduler: ValidationScheduler;
  runs: Array<{ id: string; at: number; trigger: string }>;
  progress: SweepProgress[];
  governor: RateLimitGovernor;
}

function harness(
  grants: ScheduledGrant[],
  result: (g: ScheduledGrant) => GrantRunResult | Promise<GrantRunResult> = () => ({ kind: 'ok' }),
  random = () => 0.5,
  extra: { concurrency?: Partial<Record<'facebook' | 'twitter' | 'instagram', number>> } = {},
): Harness {
  const runs: Harness['runs'] = [];
  const progress: SweepProgress[] = [];
  const governor = new RateLimitGovernor();
  const scheduler = new ValidationScheduler({
    clock,
    governor,
    listGrants: () => grants,
    runGrant: async (g, trigger) => {
      runs.push({ id: g.id, at: Date.now(), trigger });
      return result(g);
    },
    intervalMs: () => 30 * MIN,
    jitter: 0.1,
    random,
    onProgress: (p) => progress.push(p),
    ...extra,
  });
  return { scheduler, runs, progress, governor };
}

beforeEach(() => {
  vi.useFakeTimers();
  vi.setSystemTime(new Date('2026-11-28T09:00:00Z'));
});
afterEach(() => vi.useRealTimers());

describe('ValidationScheduler', () => {
  it('checks every grant at start-up, then every interval', async () => {
    const h = harness([grant('a'), grant('b')]);
    await h.scheduler.start();
    expect(h.runs.map((r) => [r.id, r.trigger])).toEqual([
      ['a', 'startup'],
      ['b', 'startup'],
    ]);
    await vi.advanceTimersByTimeAsync(30 * MIN - 1);
    expect(h.runs).toHaveLength(2);
    await vi.advanceTimersByTimeAsync(1);
    expect(h.runs.slice(2).map((r) => [r.id, r.trigger])).toEqual([
      ['a', 'interval'],
      ['b', 'interval'],
    ]);
    h.scheduler.stop();
  });

  it('keeps jitter within ±10% of the interval', async () => {
    for (const [random, expected] of [
      [0, 27 * MIN],
      [0.999999, 33 * MIN],
    ] as const) {
      const h = harness(
        [grant('a')],
        () => ({ kind: 'ok' }),
        () => random,
      );
      await h.scheduler.start();
      const due = (h.scheduler.nextRunAt('a' as GrantId) ?? 0) - Date.now();
      expect(Math.abs(due - expected)).toBeLessThan(1000);
      h.scheduler.stop();
    }
  });

  it('backs off exponentially on transient failures, up to a cap, and resets after a success', async () => {
    let fail = true;
    const h = harness(
      [grant('a')],
      () => (fail ? { kind: 'transient', retryAfterMs: null } : { kind: 'ok' }),
      () => 0.999999,
    );
    await h.scheduler.start();
    const delays: number[] = [];
    for (let i = 0; i < 8; i += 1) {
      const due = h.scheduler.nextRunAt('a' as GrantId) ?? 0;
      delays.push(Math.round((due - Date.now()) / 1000));
      await vi.advanceTimersByTimeAsync(due - Date.now());
    }
    expect(delays.slice(0, 6)).toEqual([30, 60, 120, 240, 480, 960]);
    expect(Math.max(...delays)).toBeLessThanOrEqual(30 * 60);
    expect(delays.at(-1)).toBe(30 * 60);
    fail = false;
    await vi.advanceTimersByTimeAsync((h.scheduler.nextRunAt('a' as GrantId) ?? 0) - Date.now());
    expect((h.scheduler.nextRunAt('a' as GrantId) ?? 0) - Date.now()).toBeGreaterThan(29 * MIN);
    h.scheduler.stop();
  });

  it('waits at least as long as the network asked (Retry-After / reset)', async () => {
    const h = harness([grant('a', 'twitter')], () => ({ kind: 'transient', retryAfterMs: 12 * MIN }));
    await h.scheduler.start();
    expect((h.scheduler.nextRunAt('a' as GrantId) ?? 0) - Date.now()).toBe(12 * MIN);
    h.scheduler.stop();
  });

  it('slows down as usage rises and pauses a network until its reset', async () => {
    const t0 = Date.now();
    const h = harness([grant('fb'), grant('x', 'twitter')]);
    h.governor.observe('facebook', { percent: 75 }, Date.now());
    await h.scheduler.start();
    const fbDelay = (h.scheduler.nextRunAt('fb' as GrantId) ?? 0) - Date.now();
    expect(fbDelay).toBe(30 * MIN * 4.5);
    const resetAt = t0 + 31 * MIN + 5 * 60 * MIN;
    h.governor.observe('twitter', { blockedUntil: resetAt }, Date.now());
    await vi.advanceTimersByTimeAsync(30 * MIN);
    expect(h.runs.filter((r) => r.id === 'x')).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(6 * 60 * MIN);
    expect(h.runs.filter((r) => r.id === 'x').length).toBeGreaterThan(1);
    expect(h.runs.filter((r) => r.id === 'x')[1]?.at).toBe(resetAt);
    h.scheduler.stop();
  });

  it('never runs two checks of one grant at once, and caps concurrency per network', async () => {
    let active = 0;
    let peak = 0;
    const release: Array<() => void> = [];
    const grants = Array.from({ length: 6 }, (_, i) => grant(`g${i}`, 'twitter', 1));
    const h = harness(
      grants,
      () => {
        active += 1;
        peak = Math.max(peak, active);
        return new Promise<GrantRunResult>((resolve) =>
          release.push(() => {
            active -= 1;
            resolve({ kind: 'ok' });
          }),
        );
      },
      () => 0.5,
      { concurrency: { twitter: 2 } },
    );
    const started = h.scheduler.start();
    const again = h.scheduler.checkNow(['g0' as GrantId]);
    await vi.advanceTimersByTimeAsync(0);
    while (release.length > 0) {
      release.shift()?.();
      await vi.advanceTimersByTimeAsync(0);
    }
    await Promise.all([started, again]);
    expect(peak).toBe(2);
    expect(h.runs.filter((r) => r.id === 'g0')).toHaveLength(1);
    h.scheduler.stop();
  });

  it('checks everything on wake and when the network comes back, and reports progress by account', async () => {
    const h = harness([grant('a', 'facebook', 4), grant('b', 'twitter', 1)]);
    await h.scheduler.start();
    h.progress.length = 0;
    await h.scheduler.signal('wake');
    await h.scheduler.signal('online');
    expect(h.runs.map((r) => r.trigger)).toEqual(['startup', 'startup', 'wake', 'wake', 'online', 'online']);
    const wake = h.progress.slice(0, 3);
    expect(wake[0]).toEqual({ trigger: 'wake', done: 0, total: 5, finished: false });
    expect(wake.at(-1)).toEqual({ trigger: 'wake', done: 5, total: 5, finished: true });
    h.scheduler.stop();
  });

  it('treats a throwing check as transient, never as a crash', async () => {
    const h = harness([grant('a')], () => {
      throw new Error('bug');
    });
    await expect(h.scheduler.start()).resolves.toBeUndefined();
    expect((h.scheduler.nextRunAt('a' as GrantId) ?? 0) - Date.now()).toBeLessThanOrEqual(30_000);
    h.scheduler.stop();
  });

  it('schedules nothing after stop', async () => {
    const h = harness([grant('a')]);
    await h.scheduler.start();
    h.scheduler.stop();
    await vi.advanceTimersByTimeAsync(5 * 60 * MIN);
    expect(h.runs).toHaveLength(1);
  });

  it('comes back to a deferred grant at its usual cadence, or sooner when the pause ends sooner, with no backoff', async () => {
    let calls = 0;
    const h = harness([grant('a', 'twitter', 1)], () => {
      calls += 1;
      if (calls === 1) return { kind: 'deferred', at: Date.now() + 3 * 60 * MIN };
      if (calls === 2) return { kind: 'deferred', at: Date.now() + 10 * MIN };
      return { kind: 'ok' };
    });
    await h.scheduler.start();
    expect(h.scheduler.nextRunAt('a' as GrantId)).toBe(Date.now() + 30 * MIN);
    await vi.advanceTimersByTimeAsync(30 * MIN);
    expect(h.scheduler.nextRunAt('a' as GrantId)).toBe(Date.now() + 10 * MIN);
    await vi.advanceTimersByTimeAsync(10 * MIN);
    expect(h.runs.map((r) => r.trigger)).toEqual(['startup', 'interval', 'interval']);
    expect(h.scheduler.nextRunAt('a' as GrantId)).toBe(Date.now() + 30 * MIN);
    h.scheduler.stop();
  });

  it("spaces X checks by the plan's daily cap when the user's interval is shorter, and tells when each is due", async () => {
    const scheduled: Array<[string, number]> = [];
    const governor = new RateLimitGovernor();
    const capped = new RateLimitGovernor({
      x: new XQuota({
        clock,
        settings: () => ({ plan: 'capped', monthlyBudgetUsd: null, checkIntervalMinutes: 30 }),
        accounts: () => [],
      }),
    });
    for (const g of [governor, capped]) {
      const scheduler = new ValidationScheduler({
        clock,
        governor: g,
        listGrants: () => [grant('x', 'twitter', 1), grant('f', 'facebook', 2)],
        runGrant: async () => ({ kind: 'ok' }),
        intervalMs: () => 30 * MIN,
        jitter: 0,
        onScheduled: (id, at) => scheduled.push([id, at - Date.now()]),
      });
      await scheduler.start();
      scheduler.stop();
    }
    // Default plan (pay-per-use): the user's 30 minutes. Capped at 25 a day: 24 h over 19 reads.
    expect(scheduled).toEqual([
      ['x', 30 * MIN],
      ['f', 30 * MIN],
      ['x', Math.ceil((24 * 60 * MIN) / 19)],
      ['f', 30 * MIN],
    ]);
  });

  it('says when every check under way has finished', async () => {
    let release: () => void = () => undefined;
    const gate = new Promise<void>((resolve) => {
      release = resolve;
    });
    const h = harness([grant('a')], async () => {
      await gate;
      return { kind: 'ok' };
    });
    const started = h.scheduler.start();
    let idle = false;
    void h.scheduler.whenIdle().then(() => {
      idle = true;
    });
    await vi.advanceTimersByTimeAsync(0);
    expect(idle).toBe(false);
    release();
    await started;
    await vi.advanceTimersByTimeAsync(0);
    expect(idle).toBe(true);
    await expect(h.scheduler.whenIdle()).resolves.toBeUndefined();
    h.scheduler.stop();
  });
});
