import { describe, expect, it } from 'vitest';
import { UsageCounters } from '../../../../../main/simulator/state/usage-counters';

const limits = { graph: { appCallsPerHour: 4, userCallsPerHour: 100, pageCallsPerHour: 2 }, x: { usersMePer15Min: 2, refreshTokenLifetimeDays: 180 } };

describe('Graph buckets', () => {
  it('reports percentages over a rolling hour and the minutes to regain access', () => {
    const usage = new UsageCounters(limits);
    const t0 = 1_000_000;
    expect(usage.countGraph('app', t0).percent).toEqual({ call_count: 25, total_time: 15, total_cputime: 10 });
    usage.countGraph('app', t0 + 60_000);
    usage.countGraph('app', t0 + 120_000);
    expect(usage.countGraph('app', t0 + 180_000).exceeded).toBe(false);
    const over = usage.countGraph('app', t0 + 240_000);
    expect(over.exceeded).toBe(true);
    expect(over.percent.call_count).toBe(125);
    expect(over.regainMinutes).toBe(56);
    expect(usage.countGraph('app', t0 + 3_660_001).percent.call_count).toBe(100);
    expect(usage.countGraph('page:1', t0).percent.call_count).toBe(50);
  });
});

describe('X windows', () => {
  it('counts down per user in fixed 15-minute windows', () => {
    const usage = new UsageCounters(limits);
    const t0 = 5_000_000;
    expect(usage.countX('u1', 'users/me', t0)).toEqual({ limit: 2, remaining: 1, reset: Math.ceil((t0 + 900_000) / 1000), exceeded: false });
    expect(usage.countX('u1', 'users/me', t0 + 1).remaining).toBe(0);
    expect(usage.countX('u1', 'users/me', t0 + 2).exceeded).toBe(true);
    expect(usage.countX('u2', 'users/me', t0 + 2).exceeded).toBe(false);
    expect(usage.countX('u1', 'users/me', t0 + 900_000).remaining).toBe(1);
    expect(usage.snapshot(t0 + 900_000).x['u1 users/me']).toEqual({ used: 1, limit: 2, resetsAt: t0 + 1_800_000 });
  });
});
