import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Writable } from 'node:stream';
import { HistoryWriter } from '../../../../../main/core/history/history.writer';
import { exportEvents } from '../../../../../main/core/history/export/events.export';
import { exportUptime } from '../../../../../main/core/history/export/uptime.export';
import { runRetention } from '../../../../../main/core/history/retention';
import { HistoryEventSchema, type HistoryEventInput } from '../../../../../shared/domain/history-event';
import type { AccountId, GrantId } from '../../../../../shared/domain/ids';
import { addGrant, openTestDatabase, type TestDatabase } from '../../../../fixtures/history/history-db';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const DAY0 = Date.UTC(2026, 10, 26);
const NOW = DAY0 + 2 * DAY + 2 * HOUR;

/** A Writable that collects text and, when slow, takes a macrotask per chunk so its buffer really fills. */
class Collector extends Writable {
  text = '';
  drains = 0;
  constructor(slow: boolean) {
    super({ highWaterMark: 64, decodeStrings: false });
    this.on('drain', () => (this.drains += 1));
    this.slow = slow;
  }
  private readonly slow: boolean;
  override _write(chunk: string | Buffer, _enc: BufferEncoding, done: (error?: Error) => void): void {
    this.text += chunk.toString();
    if (this.slow) setTimeout(done, 0);
    else done();
  }
}

describe('history export', () => {
  let t: TestDatabase;
  beforeEach(() => {
    t = openTestDatabase();
    addGrant(t.db, 'g-fb', 'facebook', ['fb-1']);
    addGrant(t.db, 'g-x', 'twitter', ['x-1']);
    const events: HistoryEventInput[] = [];
    for (let at = DAY0; at < NOW; at += HOUR / 2) {
      events.push({ kind: 'check', at, accountId: 'fb-1' as AccountId, outcome: 'ok', latencyMs: 100, reason: null });
      events.push({ kind: 'check', at: at + 1, accountId: 'x-1' as AccountId, outcome: 'ok', latencyMs: 300, reason: null });
    }
    events.push({
      kind: 'status_changed',
      at: DAY0 + DAY + 5 * HOUR,
      accountId: 'fb-1' as AccountId,
      from: 'connected',
      to: 'needs_action',
      reason: 'page_restricted',
      providerCode: 'OAuthException',
      providerSubcode: null,
      message: '=HYPERLINK("http://x","go"), then "quotes"\nand a new line',
      traceId: 'Ab,9',
    });
    events.push({
      kind: 'status_changed',
      at: DAY0 + DAY + 7 * HOUR,
      accountId: 'fb-1' as AccountId,
      from: 'needs_action',
      to: 'connected',
      reason: null,
      providerCode: null,
      providerSubcode: null,
      message: null,
      traceId: null,
    });
    events.push({
      kind: 'permission_drift',
      at: DAY0 + 3 * HOUR,
      grantId: 'g-fb' as GrantId,
      missingScopes: ['pages_manage_posts', 'pages_read_engagement'],
      declinedScopes: [],
    });
    events.push({ kind: 'expiry_warning', at: DAY0 + 4 * HOUR, grantId: 'g-x' as GrantId, threshold: '1h', expiresAt: DAY0 + 5 * HOUR });
    new HistoryWriter(t.db).recordMany(events.sort((a, b) => a.at - b.at));
  });
  afterEach(() => t.dispose());

  it('writes CSV with a header, escaped cells and a formula guard, oldest first', async () => {
    const out = new Collector(false);
    const n = await exportEvents(t.db, { accountId: 'fb-1', kinds: ['status_changed', 'permission_drift'] }, 'csv', out);
    expect(n).toBe(3);
    const lines = out.text.split('\r\n');
    expect(lines[0]).toBe(
      'id,at,kind,account_id,grant_id,provider,outcome,latency_ms,reason,from_status,to_status,provider_code,provider_subcode,message,trace_id,threshold,expires_at,missing_scopes,declined_scopes',
    );
    expect(lines[1]).toMatch(/^\d+,2026-11-26T03:00:00.000Z,permission_drift,,g-fb,facebook,,,,,,,,,,,,pages_manage_posts pages_read_engagement,$/);
    expect(out.text).toContain(
      `,2026-11-27T05:00:00.000Z,status_changed,fb-1,g-fb,facebook,,,page_restricted,connected,needs_action,OAuthException,,"'=HYPERLINK(""http://x"",""go""), then ""quotes""\nand a new line","Ab,9",,,,\r\n`,
    );
    expect(out.text.endsWith('\r\n')).toBe(true);
  });

  it('writes JSON as one array of HistoryEvents, and honours every filter', async () => {
    const out = new Collector(false);
    await exportEvents(t.db, { provider: 'twitter', since: DAY0 + DAY, until: DAY0 + DAY + 2 * HOUR }, 'json', out);
    const parsed = (JSON.parse(out.text) as unknown[]).map((e) => HistoryEventSchema.parse(e));
    expect(parsed.map((e) => [e.kind, e.accountId, e.at])).toEqual([0, 1, 2, 3].map((i) => ['check', 'x-1', DAY0 + DAY + i * (HOUR / 2) + 1]));
    const empty = new Collector(false);
    expect(await exportEvents(t.db, { accountId: 'nobody' }, 'json', empty)).toBe(0);
    expect(JSON.parse(empty.text)).toEqual([]);
  });

  it('waits for a slow output instead of buffering everything, and loses nothing', async () => {
    const slow = new Collector(true);
    const n = await exportEvents(t.db, {}, 'json', slow);
    const total = (t.db.prepare('SELECT COUNT(*) AS n FROM events').get() as { n: number }).n;
    expect(n).toBe(total);
    expect(slow.drains).toBeGreaterThan(total / 2);
    const ids = (JSON.parse(slow.text) as { id: number; at: number }[]).map((e) => e.at);
    expect(ids).toEqual([...ids].sort((a, b) => a - b));
    expect(ids).toHaveLength(total);
  });

  it("stops with the output's error when the output fails, and releases its listeners", async () => {
    let written = 0;
    const failing = new Writable({
      highWaterMark: 64,
      write(_chunk, _enc, done) {
        written += 1;
        setTimeout(() => done(written > 5 ? new Error('disk full') : undefined), 0);
      },
    });
    await expect(exportEvents(t.db, {}, 'csv', failing)).rejects.toThrow('disk full');
    expect(failing.listenerCount('error')).toBe(0);
    expect(failing.listenerCount('drain')).toBe(0);
    // The connection is free again (the row iterator was closed).
    expect(() => t.db.prepare('SELECT 1').get()).not.toThrow();
  });

  it('exports daily uptime from rollups and raw checks alike, one row per account and day', async () => {
    runRetention(t.db, { now: NOW, keepDays: 1, horizonMs: HOUR });
    const out = new Collector(false);
    expect(await exportUptime(t.db, { accountId: 'fb-1' }, 'json', out, NOW, HOUR)).toBe(3);
    const days = JSON.parse(out.text) as Record<string, unknown>[];
    expect(days.map((d) => [d.date, d.source, d.observedMs, d.upMs, d.checksOk, d.latencyAvgMs])).toEqual([
      ['2026-11-26', 'rollup', DAY, DAY, 48, 100],
      ['2026-11-27', 'rollup', DAY, DAY - 2 * HOUR, 48, 100],
      ['2026-11-28', 'raw', 2 * HOUR, 2 * HOUR, 4, 100],
    ]);
    const csv = new Collector(false);
    await exportUptime(t.db, { since: DAY0 + DAY, until: DAY0 + 2 * DAY }, 'csv', csv, NOW, HOUR);
    expect(csv.text.split('\r\n')).toEqual([
      'date,account_id,provider,observed_ms,up_ms,uptime,checks_ok,checks_transient,checks_permanent,latency_avg_ms,latency_max_ms,source',
      `2026-11-27,fb-1,facebook,${DAY},${DAY - 2 * HOUR},${Number(((DAY - 2 * HOUR) / DAY).toFixed(6))},48,0,0,100,100,rollup`,
      `2026-11-27,x-1,twitter,${DAY},${DAY},1,48,0,0,300,300,rollup`,
      '',
    ]);
  });
});
