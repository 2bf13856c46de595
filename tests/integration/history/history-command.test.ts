import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Readable, Writable } from 'node:stream';
import { runCli } from '../../../main/cli/run-cli';
import { historyCommand } from '../../../main/cli/commands/history.command';
import type { CliIo } from '../../../main/cli/cli-command';
import { openDatabase } from '../../../main/core/history/database';
import { HistoryEventSchema } from '../../../shared/domain/history-event';
import { tempDir } from '../../fixtures/history/history-db';
import { seedHistory } from '../../fixtures/history/seed-history';
import { DAY, HOUR, SEED_NOW, type SeedPlan } from '../../fixtures/history/seed-plan';

function capture(stdout?: Writable): { io: CliIo; out: () => string; err: () => string } {
  let out = '';
  let err = '';
  const io: CliIo = {
    stdout: stdout ?? { write: (t: string) => (out += t) },
    stderr: { write: (t: string) => (err += t) },
    stdin: Readable.from([]),
    env: {},
    // Nobody presses Ctrl+C here (a resolved promise would mean they already did).
    stopSignal: new Promise<void>(() => undefined),
  };
  return { io, out: () => out, err: () => err };
}

describe('tether history', () => {
  let dir: string;
  let remove: () => void;
  let plan: SeedPlan;
  beforeAll(() => {
    ({ dir, remove } = tempDir());
    const db = openDatabase({ dataDir: dir });
    plan = seedHistory(db, { accounts: 12, accountsPerGrant: 3, days: 20, now: SEED_NOW, mode: 'window', keepDays: 5, horizonMs: HOUR }).plan;
    db.close();
  });
  afterAll(() => remove());

  const run = async (...args: string[]) => {
    const c = capture();
    const code = await runCli(['history', ...args, '--data-dir', dir], c.io, [historyCommand]);
    return { code, out: c.out(), err: c.err() };
  };

  it("exports one account's status changes as JSON HistoryEvents, oldest first", async () => {
    // Account 5 is flaky (a weekly outage) and has no daily blips: two changes per outage.
    const r = await run('--account', plan.accountId(5), '--kind', 'status_changed', '--format', 'json');
    expect(r.code).toBe(0);
    expect(r.err).toBe('');
    const events = (JSON.parse(r.out) as unknown[]).map((e) => HistoryEventSchema.parse(e));
    const outages = plan.outages(5);
    expect(outages.length).toBeGreaterThan(1);
    expect(events).toHaveLength(outages.length * 2);
    expect(events.every((e) => e.kind === 'status_changed' && e.accountId === plan.accountId(5))).toBe(true);
    expect(events.map((e) => e.at)).toEqual([...events.map((e) => e.at)].sort((a, b) => a - b));
    expect(events[0]?.at).toBe(outages[0]?.start);
  });

  it('filters by network, kinds (repeated or comma-separated) and dates, in CSV', async () => {
    const since = new Date((plan.today - 2) * DAY).toISOString().slice(0, 10);
    const r = await run('--network', 'twitter', '--kind', 'token_refreshed,expiry_warning', '--kind', 'permission_drift', '--since', since);
    expect(r.code).toBe(0);
    const lines = r.out.trimEnd().split('\r\n');
    expect(lines[0]?.startsWith('id,at,kind,')).toBe(true);
    const rows = lines.slice(1).map((l) => l.split(','));
    // X grants refresh every 2 hours: 12 a day for two full days and today until 08:30 (5), per X grant.
    const xGrants = Array.from({ length: plan.grantCount() }, (_, g) => g).filter((g) => plan.providerOfGrant(g) === 'twitter').length;
    expect(rows).toHaveLength(xGrants * (12 * 2 + 5));
    expect(rows.every((r) => r[2] === 'token_refreshed' && r[5] === 'twitter' && (r[1] ?? '') >= since)).toBe(true);
  });

  it('exports daily uptime with --uptime, from rollups and raw checks', async () => {
    const r = await run('--uptime', '--account', plan.accountId(0), '--format', 'json', '--until', '2026-11-27');
    expect(r.code).toBe(0);
    const days = JSON.parse(r.out) as { date: string; observedMs: number; upMs: number; source: string }[];
    expect(days).toHaveLength(20);
    expect(days.at(-1)?.date).toBe('2026-11-27');
    expect(days.every((d) => d.source === 'rollup' && d.observedMs === DAY)).toBe(true);
    const down = days.reduce((sum, d) => sum + d.observedMs - d.upMs, 0);
    expect(down).toBe(plan.downMs(0, plan.periodStart, plan.today * DAY));
  });

  it('writes through a real stream, waiting when it is full', async () => {
    let text = '';
    let waits = 0;
    const slow = new Writable({
      highWaterMark: 128,
      write(chunk: Buffer, _enc, done) {
        text += chunk.toString();
        setImmediate(done);
      },
    });
    slow.on('drain', () => (waits += 1));
    const c = capture(slow);
    expect(await runCli(['history', '--account', plan.accountId(1), '--data-dir', dir], c.io, [historyCommand])).toBe(0);
    const rows = text.trimEnd().split('\r\n').length - 1;
    expect(rows).toBeGreaterThan(5 * 48);
    expect(waits).toBeGreaterThan(rows / 2);
  });

  it('refuses bad dates, unknown kinds and networks with one line and exit 2', async () => {
    for (const [args, message] of [
      [['--since', '2026-02-30'], /^tether history: --since: "2026-02-30" is not a date/],
      [['--until', 'last tuesday'], /^tether history: --until: "last tuesday" is not a date/],
      [['--since', '2026-03-02', '--until', '2026-03-01'], /--since must be before --until/],
      [['--kind', 'coffee'], /unknown --kind "coffee"/],
      [['--network', 'myspace'], /--network must be one of facebook, instagram, twitter/],
      [['--format', 'xml'], /--format must be csv or json/],
      [['--uptime', '--kind', 'check'], /--kind applies to events/],
      [['--bogus'], /--bogus/],
    ] as const) {
      const r = await run(...args);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.err).toMatch(message);
      expect(r.err.trimEnd().split('\n')).toHaveLength(1);
      expect(r.out).toBe('');
    }
  });

  it('says so when the data folder has no history, without creating one', async () => {
    const empty = tempDir();
    const c = capture();
    expect(await runCli(['history', '--data-dir', empty.dir], c.io, [historyCommand])).toBe(2);
    expect(c.err()).toMatch(/no Tether history in/);
    empty.remove();
  });
});
