import { afterEach, describe, expect, it } from 'vitest';
import BetterSqlite3 from 'better-sqlite3';
import { randomBytes } from 'node:crypto';
import { closeSync, existsSync, openSync, readFileSync, readdirSync, statSync, truncateSync, writeFileSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { DATABASE_FILE, openHistoryDatabase, type OpenedDatabase } from '../../../../../main/core/history/database';
import { fileStamp } from '../../../../../main/core/history/corrupt-file';
import { HistoryWriter } from '../../../../../main/core/history/history.writer';
import type { Logger } from '../../../../../main/core/logging/create-logger';
import type { AccountId } from '../../../../../shared/domain/ids';
import { addGrant, tempDir } from '../../../../fixtures/history/history-db';

const NOW = Date.UTC(2026, 10, 28, 8, 30, 0);
const STAMPED = `${DATABASE_FILE}.corrupt-2026-11-28T08-30-00Z`;

/** A logger that keeps its warnings. */
function recordingLogger(): Logger & { warnings: string[] } {
  const warnings: string[] = [];
  const log: Logger & { warnings: string[] } = {
    warnings,
    debug: () => undefined,
    info: () => undefined,
    warn: (message) => void warnings.push(message),
    error: () => undefined,
    child: () => log,
  };
  return log;
}

/** A real database with 3000 events, checkpointed and closed, so the main file holds everything. Returns a leaf page of the events table. */
function realDatabase(dir: string): number {
  const { db } = openHistoryDatabase({ dataDir: dir });
  addGrant(db, 'g1', 'facebook', ['a1']);
  const writer = new HistoryWriter(db);
  writer.recordMany(
    Array.from({ length: 3000 }, (_, i) => ({
      kind: 'check' as const,
      at: i * 1000,
      accountId: 'a1' as AccountId,
      outcome: 'ok' as const,
      latencyMs: i % 500,
      reason: null,
    })),
  );
  db.pragma('wal_checkpoint(TRUNCATE)');
  const page = db.prepare(`SELECT pageno FROM dbstat WHERE name = 'events' AND pagetype = 'leaf' ORDER BY pageno LIMIT 1 OFFSET 5`).get() as { pageno: number };
  db.close();
  return page.pageno;
}

describe('openHistoryDatabase', () => {
  const cleanups: (() => void)[] = [];
  const opened: OpenedDatabase[] = [];
  afterEach(() => {
    opened.splice(0).forEach((o) => o.db.open && o.db.close());
    cleanups.splice(0).forEach((f) => f());
  });
  const dataDir = (): string => {
    const { dir, remove } = tempDir();
    cleanups.push(remove);
    return dir;
  };
  const open = (dir: string, log?: Logger): OpenedDatabase => {
    const result = openHistoryDatabase({ dataDir: dir, now: () => NOW, log });
    opened.push(result);
    return result;
  };
  const expectFreshAndWorking = (result: OpenedDatabase): void => {
    expect(result.db.pragma('quick_check', { simple: true })).toBe('ok');
    expect(result.db.prepare('SELECT COUNT(*) AS n FROM events').get()).toEqual({ n: 0 });
    addGrant(result.db, 'g9', 'twitter', ['a9']);
    expect(() => new HistoryWriter(result.db).record({ kind: 'reconnected', at: 1, grantId: 'g9' as never })).not.toThrow();
  };

  it('opens a healthy database as it is, and says nothing was recovered', () => {
    const dir = dataDir();
    realDatabase(dir);
    const result = open(dir);
    expect(result.recovered).toBeNull();
    expect(result.db.prepare('SELECT COUNT(*) AS n FROM events').get()).toEqual({ n: 3000 });
    expect(readdirSync(dir).filter((f) => f.includes('corrupt'))).toEqual([]);
  });

  it('moves a file of random bytes aside, byte for byte, starts fresh, and tells where the old file went', () => {
    const dir = dataDir();
    const garbage = randomBytes(16384);
    writeFileSync(join(dir, DATABASE_FILE), garbage);
    const log = recordingLogger();
    const result = open(dir, log);
    expect(result.recovered).toEqual({ path: join(dir, STAMPED), files: [join(dir, STAMPED)], reason: 'file is not a database' });
    expect(readFileSync(join(dir, STAMPED)).equals(garbage)).toBe(true);
    expect(log.warnings).toHaveLength(1);
    expectFreshAndWorking(result);
  });

  it('moves a short text file aside too', () => {
    const dir = dataDir();
    writeFileSync(join(dir, DATABASE_FILE), 'these are my notes, not a database\n');
    const result = open(dir);
    expect(result.recovered?.path).toBe(join(dir, STAMPED));
    expect(readFileSync(join(dir, STAMPED), 'utf8')).toBe('these are my notes, not a database\n');
    expectFreshAndWorking(result);
  });

  it('moves a truncated real database aside', () => {
    const dir = dataDir();
    realDatabase(dir);
    const path = join(dir, DATABASE_FILE);
    truncateSync(path, Math.floor(statSync(path).size / 2));
    const truncated = readFileSync(path);
    const result = open(dir);
    expect(result.recovered?.path).toBe(join(dir, STAMPED));
    expect(result.recovered?.reason).toMatch(/malformed|damaged|corrupt|quick_check|page/i);
    expect(readFileSync(join(dir, STAMPED)).equals(truncated)).toBe(true);
    expectFreshAndWorking(result);
  });

  it('catches damage inside a page that SQLite would otherwise open (quick_check)', () => {
    const dir = dataDir();
    const page = realDatabase(dir);
    const path = join(dir, DATABASE_FILE);
    // Scribble over the start of one leaf page of the events (its header and cell pointers); the file header is intact.
    const fd = openSync(path, 'r+');
    writeSync(fd, Buffer.alloc(64, 0xa5), 0, 64, (page - 1) * 4096);
    closeSync(fd);
    expect(() => {
      const probe = new BetterSqlite3(path);
      try {
        probe.prepare('SELECT 1').get();
      } finally {
        probe.close();
      }
    }).not.toThrow();
    const damaged = readFileSync(path);
    const result = open(dir);
    expect(result.recovered?.reason).toMatch(/malformed|damaged/);
    expect(readFileSync(join(dir, STAMPED)).equals(damaged)).toBe(true);
    expectFreshAndWorking(result);
  });

  it('moves the -wal and -shm companions with the database, and never overwrites an earlier corrupt copy', () => {
    const dir = dataDir();
    const base = join(dir, DATABASE_FILE);
    writeFileSync(`${base}`, randomBytes(8192));
    writeFileSync(`${base}-wal`, 'wal bytes');
    writeFileSync(`${base}-shm`, 'shm bytes');
    writeFileSync(join(dir, STAMPED), 'an earlier corrupt copy');
    const result = open(dir);
    const target = join(dir, `${STAMPED}-2`);
    expect(result.recovered?.files).toEqual([target, `${target}-wal`, `${target}-shm`]);
    expect(readFileSync(`${target}-wal`, 'utf8')).toBe('wal bytes');
    // The -shm is SQLite's shared-memory index, rebuilt from the WAL by any reader: it is moved, its bytes don't matter.
    expect(existsSync(`${target}-shm`)).toBe(true);
    expect(readFileSync(join(dir, STAMPED), 'utf8')).toBe('an earlier corrupt copy');
    expectFreshAndWorking(result);
  });

  it('stamps names without characters Windows forbids', () => {
    expect(fileStamp(NOW)).toBe('2026-11-28T08-30-00Z');
    expect(fileStamp(NOW + 999)).toBe('2026-11-28T08-30-00Z');
  });
});
